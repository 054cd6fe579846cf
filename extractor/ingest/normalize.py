"""Raw article text -> canonical text, by named cleaning rules.

The canonical text is what the record stores as ``source.text`` and what every evidence offset indexes,
so every rule here runs *before* NLP and nothing after it changes the text. Rules, in order:

- ``unicode``: NFC; non-breaking and odd spaces to a space; zero-width characters and soft hyphens out;
  CR/LF and CR to LF.
- ``markdown_link``: ``[words](url)`` -> ``words``.
- boilerplate lines (``patterns/boilerplate.jsonl``): ``drop_line`` patterns remove a whole line;
  ``truncate_after`` patterns end the article at that line (a press release's contact block), except
  for lines after it that a ``keep_after_end`` pattern matches (the funding statement), or the sentences
  of such a line that one matches.
- ``join_broken_paragraph``: a paragraph that stops mid-sentence and a next one that starts in lower
  case are one sentence split by the scraper ("89 people in each\\n\\ngroup dying").
- ``whitespace``: trailing spaces off, runs of spaces folded, at most one blank line between paragraphs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from extractor import patterns
from extractor.patterns import scan

_SPACE_CHARS = (
    r"\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v"  # (of them, only \t \f \v are ASCII)
)
_INVISIBLE_CHARS = r"\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACES = re.compile(f"[{_SPACE_CHARS}]")
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_ODD = re.compile(f"[{_SPACE_CHARS}{_INVISIBLE_CHARS}]")  # either kind of character
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:[^()\s]{0,2000})\)")
_MULTISPACE = re.compile(r" {2,}")
_BLANKS = re.compile(r"\n{3,}")
_URL_LINE = re.compile(r"^\W*<?(https?://[^\s>]+)>?\W*$")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
#: where a sentence ends inside a line and the next one starts (not after an initial: 'Jeffrey M. Gelfand')
_LATER_SENTENCE = re.compile(r"(?<=[a-z\d)\"”’][.!?])\s+(?=[A-Z])")


@dataclass
class Canonical:
    """The canonical text and what the cleaning did."""

    text: str
    rules: list[str] = field(default_factory=list)  # names of the rules that changed something
    urls: list[str] = field(default_factory=list)  # URLs found on lines of their own (dropped)


LineTest = Callable[[str], "re.Match[str] | None"]


@cache
def boilerplate_tests() -> tuple[LineTest, LineTest, LineTest]:
    """One test for all drop_line patterns, one for all truncate_after patterns and one for all
    keep_after_end patterns (a line is tested once). A union whose every alternative starts with ``^`` is
    tried at the line's start only (``match``: the same answer as ``search``, without trying every offset).

    The keep_after_end patterns read whole sentences ('^.{0,200}?\\b(this|the|our) ... (funded|supported)'),
    about 100 µs a line as one union: each is tried only on a line whose lower case holds one of the strings
    its every match needs (``scan``'s ``needs``: 'funded', 'presented' ...), which most lines after a press
    release's end lack. The drop_line and truncate_after patterns are short tests at the line's start,
    cheaper as one union than the lower-casing the needs would ask for."""

    def union(found: list[patterns.Pattern]) -> LineTest:
        # (a case-sensitive pattern, 'By Steven Reinberg' but not 'BY ...', keeps its case in the union)
        regex = re.compile(
            "|".join(f"(?-i:{p.source})" if p.case else f"(?:{p.source})" for p in found),
            re.IGNORECASE,
        )
        anchored = all(
            b.startswith("^") for p in found for b in patterns.top_level_branches(p.source)
        )
        return regex.match if anchored else regex.search

    def gated(label: str) -> LineTest:
        tests = [(p.plan, union([p])) for p in patterns.load("boilerplate", label)]

        def test(line: str) -> re.Match[str] | None:
            lower = scan.lower_keeping_offsets(line)
            for plan, found in tests:
                if scan.present(plan, lower):
                    m = found(line)
                    if m is not None:
                        return m
            return None

        return test

    def plain(label: str) -> LineTest:
        return union(patterns.load("boilerplate", label))

    return plain("drop_line"), plain("truncate_after"), gated("keep_after_end")


def canonicalize(raw: str, title: str | None = None) -> Canonical:
    """Clean ``raw`` into canonical text; ``title`` (when given apart) becomes the first paragraph."""
    rules: list[str] = []
    text = unicodedata.normalize("NFC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # (each substitution only where its characters can be: most articles are ASCII, without tabs)
    if text.isascii():
        cleaned = _SPACES.sub(" ", text) if ("\t" in text or "\f" in text or "\v" in text) else text
    elif _ODD.search(text) is None:
        cleaned = text
    else:
        cleaned = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    if cleaned != text:
        rules.append("unicode")
    text = cleaned

    linked = _MD_LINK.sub(r"\1", text) if "](" in text else text
    if linked != text:
        rules.append("markdown_link")
    text = linked

    drop, truncate, keep = boilerplate_tests()
    kept: list[str] = []
    urls: list[str] = []
    lines = text.split("\n")
    ended = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if ended:
            # After the end marker only a funding statement stays (as a paragraph of its own): the line, or
            # the sentences of it that are one ('... co-authors include A and B. The work was supported by C.')
            if stripped and keep(stripped):
                kept.extend(["", line.rstrip(), ""])
            elif stripped and _LATER_SENTENCE.search(stripped):
                found = [s for s in _LATER_SENTENCE.split(stripped)[1:] if keep(s)]
                if found:
                    kept.extend(["", " ".join(found), ""])
            continue
        if not stripped:
            kept.append("")
            continue
        if len(stripped) < 400:
            # An end-of-release marker only counts once the article is under way.
            if i > 3 and truncate(stripped):
                rules.append("truncate_after")
                ended = True
                continue
            url = _URL_LINE.match(stripped)
            if url:
                urls.append(url.group(1))
            if drop(stripped):
                rules.append("drop_line")
                continue
        kept.append(line.rstrip())

    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", "\n".join(kept))]
    paragraphs = [_MULTISPACE.sub(" ", p) if "  " in p else p for p in paragraphs if p]
    joined: list[str] = []
    for para in paragraphs:
        if (
            joined
            and para[:1].islower()
            and not _SENTENCE_END.search(joined[-1])
            and len(joined[-1]) > 40
        ):
            joined[-1] = joined[-1] + " " + para
            rules.append("join_broken_paragraph")
        else:
            joined.append(para)

    if title:
        title = _MULTISPACE.sub(" ", _SPACES.sub(" ", unicodedata.normalize("NFC", title))).strip()
        if title and not (joined and joined[0].startswith(title[: max(20, len(title) // 2)])):
            joined.insert(0, title)
    out = "\n\n".join(joined)
    if "\n\n\n" in out:
        out = _BLANKS.sub("\n\n", out)
    out = out.strip()
    return Canonical(text=out, rules=sorted(set(rules)), urls=urls)
