"""Shared helpers for components: sentence lookup and pattern matching over the text.

Matching is where the time goes, so it is gated: each pattern file has a cheap trigger regex
(``patterns/triggers.json``) scanned once over the lower-cased text; the file's patterns then run only
on the sentences the trigger hit, and (unless case-sensitive) on the lower-cased text without
IGNORECASE. Matches are handed out as ``TextMatch``, whose groups read the *original* text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from extractor import patterns
from extractor.patterns import scan
from extractor.patterns.scan import lower_same_length

_T = TypeVar("_T")

#: hit sentences closer than this (in characters) are scanned as one stretch
MERGE_GAP = 3


@dataclass
class TextView:
    """The canonical text with its sentence bounds (from the ``trial_sections`` component)."""

    text: str
    sentences: list[tuple[int, int]]
    title_end: int = 0  # end of the first paragraph (the headline), 0 when there is none
    #: the year the article was published, when its source says (``Source.published``)
    published_year: int | None = None
    #: where numbers start (set by ``trial_numbers``); patterns marked ``"anchor": "number"`` are tried only here
    number_starts: list[int] | None = None
    _lower: str | None = field(default=None, repr=False)
    _spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict, repr=False)
    #: what several components ask of the text and is worked out once (key -> answer; see its users)
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._starts = [s for s, _ in self.sentences]

    @property
    def lower(self) -> str:
        if self._lower is None:
            self._lower = lower_same_length(self.text)
        return self._lower

    def once(self, key: str, compute: Callable[[], _T]) -> _T:
        """``compute()``'s answer for this text, worked out on first asking and kept in ``memo`` under ``key``
        (what several components ask of a text, or one asks many times)."""
        if key not in self.memo:
            self.memo[key] = compute()
        answer: _T = self.memo[key]
        return answer

    def lead_end(self, n: int) -> int:
        """Where the first ``n`` sentences (the headline's among them) end: the end of the last sentence when the
        text has fewer, of the text when it has none."""
        if not self.sentences:
            return len(self.text)
        return self.sentences[min(n, len(self.sentences)) - 1][1]

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        if not self.sentences:
            return (0, len(self.text))
        return self.sentences[self.sentence_index(offset)]

    def same_sentence(self, a: int, b: int) -> bool:
        return self.sentence_index(a) == self.sentence_index(b)

    def in_title(self, offset: int) -> bool:
        return offset < self.title_end

    def spans_for(self, name: str) -> list[tuple[int, int]]:
        """The stretches of text (runs of sentences) where pattern file ``name``'s trigger hits."""
        if name not in self._spans:
            parts = trigger_parts(name)
            if not parts or not self.sentences:
                self._spans[name] = [(0, len(self.text))]
            else:
                hit: set[int] = set()
                for part in parts:
                    self._hit_sentences(part, hit)
                spans: list[tuple[int, int]] = []
                for i in sorted(hit):
                    s, e = self.sentences[i]
                    # Runs of hit sentences, and hits a short gap apart, make one stretch: fewer, longer
                    # regex calls cost less than many short ones. Matches still may not cross a paragraph.
                    if spans and s - spans[-1][1] <= MERGE_GAP:
                        spans[-1] = (spans[-1][0], e)
                    else:
                        spans.append((s, e))
                self._spans[name] = spans
        return self._spans[name]

    def _hit_sentences(self, trig: re.Pattern[str], hit: set[int]) -> None:
        """Add to ``hit`` the index of every sentence in which a match of ``trig`` starts."""
        lower = self.lower
        p = scan.plan(trig)
        if p.indexed:  # try the trigger only where its literal starts occur
            scan.hit_sentences(p, trig, lower, self._starts, hit)
            return
        m = scan.search(trig, lower)
        while m is not None:  # one search a sentence: skip to the end of the sentence hit
            i = self.sentence_index(m.start())
            hit.add(i)
            m = scan.search(trig, lower, max(self.sentences[i][1], m.end()))


@cache
def trigger_parts(name: str) -> tuple[re.Pattern[str], ...]:
    """Pattern file ``name``'s trigger as parts that are cheap to scan: its word alternatives read at word
    starts (``\\b`` before each, so that the word index finds them: 'random' hits 'randomized' and
    'non-randomized', no longer 'nonrandom'), its other literal alternatives ('%', '(n='), and one regex
    of the rest; in groups small enough for ``scan``'s pre-filter."""
    trig = patterns.trigger(name)
    if trig is None:
        return ()
    words: list[str] = []
    literal: list[str] = []
    rest: list[str] = []
    for branch in patterns.top_level_branches(trig.pattern):
        if scan.plan(re.compile(r"\b(?:" + branch + ")")).keys:
            words.append(branch)
        elif scan.plan(re.compile(branch)).indexed:
            literal.append(branch)
        else:
            rest.append(branch)
    groups = [r"\b(?:" + "|".join(words[i : i + 12]) + ")" for i in range(0, len(words), 12)]
    groups += ["|".join(literal[i : i + 12]) for i in range(0, len(literal), 12)]
    if rest:
        groups.append("|".join(rest))
    return tuple(re.compile(g) for g in groups)


class TextMatch:
    """A regex match whose groups are read from the original text (the regex may have run on its lower case)."""

    __slots__ = ("_m", "_text")

    def __init__(self, m: re.Match[str], text: str) -> None:
        self._m = m
        self._text = text

    def group(self, name: int | str = 0) -> str:
        """The group's words in the original text; "" when the group took no part in the match."""
        s, e = self._m.span(name)
        return "" if s < 0 else self._text[s:e]

    def span(self, name: int | str = 0) -> tuple[int, int]:
        return self._m.span(name)

    def start(self, name: int | str = 0) -> int:
        return self._m.start(name)

    def end(self, name: int | str = 0) -> int:
        return self._m.end(name)

    def groupdict(self) -> dict[str, str]:
        return {k: self.group(k) for k in self._m.groupdict()}


def matches(
    view: TextView, name: str, label: str | None = None, skip: str | None = None
) -> Iterator[tuple[patterns.Pattern, TextMatch]]:
    """Every match of the patterns in ``name`` (with ``label``; not those with label ``skip``) that stays inside
    one paragraph."""
    spans = view.spans_for(name)
    if not spans:
        return
    text = view.text
    pats, entries = _entries(name, label, skip)
    for index, m in scan.match_patterns(entries, text, view.lower, view.number_starts, spans, True):
        yield pats[index], TextMatch(m, text)


@cache
def _entries(
    name: str, label: str | None, skip: str | None
) -> tuple[tuple[patterns.Pattern, ...], tuple[scan.Entry, ...]]:
    """The patterns of ``name`` (with ``label``; not those with label ``skip``), and each as
    ``scan.match_patterns`` reads it (``entry``)."""
    pats = tuple(p for p in patterns.patterns_of(name, label) if skip is None or p.label != skip)
    return pats, tuple(entry(p, i) for i, p in enumerate(pats))


_ROUTES = {
    "indexed": scan.ROUTE_INDEXED,
    "number": scan.ROUTE_NUMBER,
    "keyword": scan.ROUTE_KEYWORD,
    "regex": scan.ROUTE_REGEX,
}


def entry(pat: patterns.Pattern, index: int = 0) -> scan.Entry:
    """``pat`` as ``scan.match_patterns`` reads it: how it is searched (its route), its fast form, lead and plan,
    and for a pattern that starts with a loose phrase (``anchor`` a dict: a label of a few words, then a
    keyword) its keyword, found first, with how far before it (``anchor["back"]``) a match may start."""
    route = _ROUTES[pat.route]
    if route != scan.ROUTE_KEYWORD:
        return scan.Entry(index, route, pat.fast, pat.lead, pat.plan, pat.case)
    anchor = pat.extra["anchor"]
    keyword, lead = anchor_keyword(anchor["regex"], pat.case)
    return scan.Entry(
        index,
        route,
        pat.fast,
        pat.lead,
        pat.plan,
        pat.case,
        keyword,
        lead,
        int(anchor["back"]),
        pat.starts_at_boundary,
    )


@cache
def anchor_keyword(
    source: str, case: bool = False
) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The anchor keyword as the patterns' fast form (lower-cased unless the pattern is case-sensitive), its
    leading assertion checked per match."""
    return patterns.split_lead(source, case)


def search_in(
    view: TextView, name: str, start: int, end: int, label: str | None = None
) -> Iterator[tuple[patterns.Pattern, TextMatch]]:
    """Matches of ``name``'s patterns inside [start, end) only (no trigger scan)."""
    return search_spans(view, name, [(start, end)], label)


def search_spans(
    view: TextView, name: str, spans: list[tuple[int, int]], label: str | None = None
) -> Iterator[tuple[patterns.Pattern, TextMatch]]:
    """``search_in`` over each of ``spans`` (sorted stretches that do not overlap) in turn, pattern by pattern:
    the same matches, a pattern's plan looked up and its candidates walked once for all the stretches."""
    text = view.text
    pats, entries = _entries(name, label, None)
    for index, m in scan.match_patterns(entries, text, view.lower, None, spans, False):
        yield pats[index], TextMatch(m, text)


def clean_phrase(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:.-–—\"'“”’")
