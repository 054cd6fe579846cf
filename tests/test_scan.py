"""The literal pre-filters (extractor/patterns/scan.py) find exactly what the regexes find on their own."""

from __future__ import annotations

import bisect
import itertools
import json
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import patterns
from extractor.checks.cues import all_cues
from extractor.patterns import scan
from extractor.patterns.scan import lower_same_length

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ALL = [p for name in patterns.names() for p in patterns.load(name)] + list(all_cues())


@cache
def _texts() -> list[str]:
    """The corpus articles' texts (the seed's .txt and the real-news .json files)."""
    out = []
    for path in sorted((CORPUS / "articles").iterdir()):
        raw = path.read_text("utf-8")
        out.append(json.loads(raw)["text"] if path.suffix == ".json" else raw)
    assert len(out) > 60
    return out


def _by_regex(p: patterns.Pattern, target: str, start: int = 0, end: int | None = None) -> list:
    end = len(target) if end is None else end
    return [m.span() for m in scan.finditer_regex(p.fast, p.lead, target, start, end)]


def _by_scan(p: patterns.Pattern, target: str, start: int = 0, end: int | None = None) -> list:
    return [m.span() for m in patterns.finditer_fast(p.fast, p.lead, target, start, end)]


def _stretches(target: str) -> list[tuple[int, int]]:
    """Every other line of a text: sorted stretches with gaps, as the trigger hits give them."""
    bounds = [0] + [m.end() for m in re.finditer(r"\n", target)] + [len(target)]
    return list(itertools.pairwise(bounds))[::2]


def _spans_by_scan(p: patterns.Pattern, target: str, spans: list[tuple[int, int]]) -> list:
    return [m.span() for m in p.finditer_spans(target, spans)]


def _spans_by_regex(p: patterns.Pattern, target: str, spans: list[tuple[int, int]]) -> list:
    return [span for s, e in spans for span in _by_regex(p, target, s, e)]


def _plan(source: str, lead: str | None = r"\b") -> scan.Plan:
    return scan.plan(re.compile(source), re.compile(lead) if lead else None)


def test_word_alternatives_are_looked_up_by_word() -> None:
    p = _plan(r"randomi[sz]ed|placebo")
    assert p.keys == (("placeb", "placebo"), ("random", "randomised"), ("random", "randomized"))
    assert p.finds == ()


def test_short_words_need_a_known_end() -> None:
    assert _plan(r"(?:is|was)\s+linked").keys == (
        ("is" + scan.END, "is"),
        ("was" + scan.END, "was"),
    )
    assert _plan(r"(?:is|was)linked", None).finds == (
        "islinked",
        "waslinked",
    )  # may start inside a word
    assert not _plan(
        r"(?:is|was)\w*", None
    ).indexed  # 'is' inside any word: too common to be worth it
    assert not _plan(r"or\w*").indexed  # 'or...' of any length: too common to be worth it


def test_a_negated_class_without_word_characters_ends_the_word() -> None:
    # '[^\\S\\n]' (a space that is no line break), the patterns' usual gap, ends the word like '\\s' does: 'out'
    # is looked up as the word 'out', not as every word that starts with it ('outcome', 'outside')
    p = _plan(r"(?:out|note)[^\S\n]+in")
    assert p.keys == (("note" + scan.END, "note"), ("out" + scan.END, "out")) and not p.ranges
    target = "outcomes out in notes, note in"
    assert [target[i : i + 4] for i in scan.candidates(p, target)] == ["out ", "note"]
    # a negated class that lets a word character through does not
    assert _plan(r"out[^a]in").keys == (("out", "out"),)


def test_a_short_start_that_may_go_on_is_a_range_of_keys() -> None:
    p = _plan(r"rand\w*|trials?")
    assert p.keys == (("rand", "rand"), ("trial", "trial"), ("trials", "trials"))
    lo, hi, check = p.ranges[0]
    assert (lo, hi, check) == (scan.key_number("rand"), scan.key_number("rand", scan.KEY_CAP), None)
    target = "randomized trial, grand rand trials: randy"
    assert [target[i : i + 4] for i in scan.candidates(p, target)] == [
        "rand",
        "tria",
        "rand",
        "tria",
        "rand",
    ]


def test_a_look_ahead_without_word_characters_ends_the_word() -> None:
    p = _plan(r"(?:one|ten)(?![\w-])")
    assert p.keys == (("one" + scan.END, "one"), ("ten" + scan.END, "ten")) and not p.ranges
    target = "one tent, ten-fold, ten ones"
    assert [
        m.span()
        for m in patterns.finditer_fast(
            re.compile(r"(?:one|ten)(?![\w-])"), re.compile(r"\b"), target
        )
    ] == [
        (0, 3),
        (20, 23),
    ]


def test_what_follows_a_group_ends_the_words_of_its_alternatives() -> None:
    # a capturing group is read with what follows it, as a non-capturing one is: the '\\b' after '(?P<type>...)'
    # ends 'hr' and 'or', which are then looked up as whole words (too short to look up otherwise)
    for source in (r"(?P<type>hazard\s+ratio|hr|or)\b\s*=", r"(?:hazard\s+ratio|hr|or)\b\s*="):
        p = _plan(source, r"\b")
        assert p.keys == (
            ("hazard", "hazard"),
            ("hr" + scan.END, "hr"),
            ("or" + scan.END, "or"),
        ), source
    target = "hr= or = horrible = hazard ratio = or"
    regex = re.compile(r"(?P<type>hazard\s+ratio|hr|or)\b\s*=")
    assert (
        [m.span() for m in patterns.finditer_fast(regex, re.compile(r"\b"), target)]
        == [m.span() for m in regex.finditer(target)]
        == [(0, 3), (4, 8), (20, 34)]
    )


def test_optional_start_gives_both_ways() -> None:
    p = _plan(r"(?:statistically\s+)?significant")
    assert {t for _, t in p.keys or ()} == {"statistically", "significant"}


def test_numbers_at_a_word_start_use_the_digit_list() -> None:
    p = _plan(r"\d+\s+of\s+\d+", r"(?<![\w.,])")
    assert p.keys == ((scan.DIGIT, ""),)
    assert not _plan(r"\d+ of", None).indexed  # could start inside a number


def test_non_word_starts_are_found() -> None:
    assert _plan(r"\$\s?\d", None).finds == ("$",)


def test_needs_skips_texts_without_the_word() -> None:
    p = _plan(r"(?P<label>\w+)\s+group", None)
    assert not p.indexed and p.needs == ("group",)
    assert not scan.present(p, "no such word here")


def test_a_rare_character_is_preferred_as_a_need_to_common_words() -> None:
    # every match holds '%' or 'percent', and 'lower', 'less' or 'higher': the percentage is the rarer in news
    p = _plan(r"\d+\s*(?:%|percent)\s+(?:lower|less|higher)", None)
    assert p.needs == ("%", "percent")
    assert scan.span_needs(re.compile(r"\d+\s*(?:%|percent)\s+(?:lower|less|higher)")) == (
        "%",
        "percent",
    )


def test_case_sensitive_patterns_use_the_lower_cased_index() -> None:
    regex = re.compile(r"Dr\.\s+[A-Z]")
    text = "Said dr. smith and Dr. Jones, DR. X."
    assert [m.span() for m in patterns.finditer_fast(regex, re.compile(r"\b"), text)] == [
        m.span() for m in regex.finditer(text)
    ]


@pytest.mark.parametrize("pattern", ALL, ids=[p.id for p in ALL])
def test_same_matches_as_the_regex_on_the_corpus(pattern: patterns.Pattern) -> None:
    for text in _texts():
        target = text if pattern.case else lower_same_length(text)
        assert _by_scan(pattern, target) == _by_regex(pattern, target)
        mid = len(target) // 3
        assert _by_scan(pattern, target, mid, 2 * mid) == _by_regex(pattern, target, mid, 2 * mid)
        spans = _stretches(target)
        assert _spans_by_scan(pattern, target, spans) == _spans_by_regex(pattern, target, spans)


def test_search_agrees_with_re_on_the_triggers() -> None:
    texts = [lower_same_length(t) for t in _texts()[:20]]
    for name in patterns.names():
        trig = patterns.trigger(name)
        if trig is None:
            continue
        for branch in patterns.top_level_branches(trig.pattern):
            regex = re.compile(branch)
            for text in texts:
                for pos in (0, len(text) // 2):
                    want = regex.search(text, pos)
                    got = scan.search(regex, text, pos)
                    assert (got and got.span()) == (want and want.span()), (name, branch)


_WORDS = sorted(
    {w for p in ALL for ex in p.match_examples for w in re.findall(r"\w+|\W", ex)}
    | {"", " ", "\n", "-", "1,200", "(n=4)", "’", "İ"}
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=60), st.integers(0, 40), st.integers(0, 400))
def test_same_matches_on_random_text(words: list[str], start: int, length: int) -> None:
    text = " ".join(words)
    for pattern in ALL:
        target = text if pattern.case else lower_same_length(text)
        end = min(len(target), start + length)
        assert _by_scan(pattern, target, start, end) == _by_regex(pattern, target, start, end)
        # stretches end where a word ends (they are runs of sentences): ``finditer_spans``'s precondition
        spans = [
            (0, _word_end(target, start)),
            (min(start + 5, len(target)), _word_end(target, end)),
        ]
        spans = [(s, e) for s, e in spans if s <= e]
        assert _spans_by_scan(pattern, target, spans) == _spans_by_regex(pattern, target, spans)


def _word_end(text: str, pos: int) -> int:
    """``pos``, or the end of the word it falls inside."""
    pos = min(pos, len(text))
    while 0 < pos < len(text) and re.match(r"\w", text[pos]) and re.match(r"\w", text[pos - 1]):
        pos += 1
    return pos


def test_a_window_that_ends_inside_a_word() -> None:
    """``regex.match(text, pos, end)`` reads ``end`` as the text's end, so a whole-word pattern matches the
    cut-off start of a longer word there ('slash' of 'slashes'); ``finditer`` finds that match too."""
    text = "the new drug slashes costs and cuts risks"
    for regex in (
        re.compile(r"\b(?:slash|halve)\b"),
        re.compile(r"\bcut\b"),
        re.compile(r"\bslash"),
    ):
        for end in range(len(text) + 1):
            want = [m.span() for m in regex.finditer(text, 0, end)]
            got = [m.span() for m in scan.finditer(regex, None, text, 0, end, _fallback)]
            assert got == want, (regex.pattern, end)


def _fallback(regex, lead, target, start, end):  # type: ignore[no-untyped-def]
    return regex.finditer(target, start, end)


def _reference_index(text: str) -> dict[int, list[int]]:
    """The word index built the slow, obvious way: ``re``'s own ``\\w+`` runs."""
    out: dict[int, list[int]] = {scan.DIGIT_KEY: []}
    for m in re.finditer(r"\w+", text):
        out.setdefault(scan.key_number(m.group()[: scan.KEY_CHARS]), []).append(m.start())
        if m.group()[0].isdecimal():
            out[scan.DIGIT_KEY].append(m.start())
    return out


def test_word_index_files_every_word_as_re_reads_it() -> None:
    for text in _texts():
        lower = lower_same_length(text)
        assert scan.WordIndex(lower).by_key == _reference_index(lower)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_word_index_on_any_text(text: str) -> None:
    assert scan.WordIndex(text).by_key == _reference_index(text)


def test_a_look_behind_that_wants_a_word_character_is_no_word_start() -> None:
    p = _plan(r"(?<![^\w])abc", None)  # 'abc' right after a word character: inside a word
    assert not p.keys and p.finds == ("abc",)
    assert [
        m.span() for m in patterns.finditer_fast(re.compile(r"(?<![^\w])abc"), None, "xabc abc")
    ] == [(1, 4)]


def test_an_inline_ignorecase_group_gives_no_literals() -> None:
    regex = re.compile(r"\b(?i:trial)s?")
    assert not scan.plan(regex).keys and scan.plan(regex).needs is None
    assert [m.span() for m in patterns.finditer_fast(regex, None, "A TRIAL, trials")] == [
        m.span() for m in regex.finditer("A TRIAL, trials")
    ]


ANCHORED = [p for p in ALL if isinstance(p.extra.get("anchor"), dict)]


@pytest.mark.parametrize("pattern", ANCHORED, ids=[p.id for p in ANCHORED])
def test_keyword_anchored_patterns_same_matches_by_their_literal_starts(
    pattern: patterns.Pattern,
) -> None:
    """A keyword-anchored pattern with a literal start is tried only where that start is, one that starts
    with ``\\b`` only at word boundaries: the same matches as trying every offset of each window."""
    from extractor.components import text as text_module

    keyword, lead = text_module.anchor_keyword(pattern.extra["anchor"]["regex"], pattern.case)
    back = int(pattern.extra["anchor"]["back"])
    for text in _texts():
        target = text if pattern.case else lower_same_length(text)
        for s, e in [(0, len(target)), *_stretches(target)]:
            every = scan.finditer_near(
                pattern.fast,
                pattern.lead,
                target,
                keyword,
                lead,
                back,
                s,
                e,
                None,
                scan.finditer_regex,
            )
            entry = text_module.entry(pattern)
            assert entry.route == scan.ROUTE_KEYWORD
            got = scan.match_patterns((entry,), target, target, None, [(s, e)], False)
            assert [m.span() for _, m in got] == [m.span() for m in every]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1_ -.,\n’İéß٣"), max_size=60))
def test_word_boundaries_are_where_re_finds_a_boundary(text: str) -> None:
    assert scan.word_boundaries(text) == [m.start() for m in re.finditer(r"\b", text)]


def test_the_disease_keyword_is_indexed() -> None:
    """The condition patterns find their disease word first: a list of some 200 diseases must still be looked
    up in the word index (past ``MAX_STRINGS`` it would be searched for at every offset)."""
    from extractor.components import text as text_module

    for pattern in patterns.load("condition"):
        anchor = pattern.extra.get("anchor")
        if isinstance(anchor, dict):
            keyword, lead = text_module.anchor_keyword(anchor["regex"], pattern.case)
            assert scan.plan(keyword, lead).indexed, pattern.id


def test_patterns_that_start_alike_share_one_plan() -> None:
    # different regexes, the same literal starts: one Plan, so their candidates are found once a text
    a = _plan(r"patients?\s+(?:were|had)\s+\d+", None)
    b = _plan(r"patients?\s+in\s+the\s+\w+\s+group", None)
    assert a is b
    text = "the patients in the drug group; patient were 12 years old"
    assert scan.candidates(a, text) == scan.candidates(b, text) == [4, 32]
    # different starts, different plans
    assert _plan(r"people\s+in", None) is not a


def test_shared_plans_keep_what_unindexed_patterns_need() -> None:
    # an unindexed pattern's 'needs' decide whether it runs at all: plans with other needs are not shared
    a = _plan(r"\w+\s+trial", None)
    b = _plan(r"\w+\s+study", None)
    assert not a.indexed and not b.indexed
    assert a.needs == ("trial",) and b.needs == ("study",)
    assert a is not b
    assert _plan(r"\w+\s+trials?", None) is a  # the same needs: shared


@pytest.mark.parametrize("pattern", ALL, ids=[p.id for p in ALL])
def test_every_match_contains_one_of_the_strings_its_regex_needs(pattern: patterns.Pattern) -> None:
    """``span_needs`` may skip a stretch (or its end) that lacks them only because no match can lack them."""
    needs = scan.span_needs(pattern.fast)
    if needs is None:
        return
    for text in _texts():
        target = text if pattern.case else lower_same_length(text)
        for m in pattern.fast.finditer(target):
            assert any(s in m.group() for s in needs), (pattern.id, m.group(), needs)


def test_span_needs_and_the_last_one_in_a_stretch() -> None:
    regex = re.compile(r"\d+\s+(?:were|was)\s+(?:randomi[sz]ed|assigned)\b")
    assert scan.span_needs(regex) == ("assigned", "randomi")
    text = "12 were assigned; 30 were randomized. 5 were seen."
    assert scan.last_need(("assigned", "randomi"), text, 0, len(text)) == text.index("randomi")
    assert scan.last_need(("assigned", "randomi"), text, 0, 20) == text.index("assigned")
    assert scan.last_need(("assigned", "randomi"), text, 37, len(text)) == -1
    # strings shorter than MIN_LITERAL, too many strings, or any case: nothing is looked for
    assert scan.span_needs(re.compile(r"\d+ (?:a|b)")) is None
    assert (
        scan.span_needs(
            re.compile(
                "|".join(
                    ["apple", "berry", "cherry", "damson", "elder", "fig", "grape", "kiwi", "lemon"]
                )
            )
        )
        is None
    )
    assert scan.span_needs(re.compile(r"assigned", re.IGNORECASE)) is None


def test_indexed_walk_stops_at_a_stretchs_last_needed_string() -> None:
    """``finditer_spans`` tries an indexed pattern only up to each stretch's last needed string (when the stretch
    holds two or more candidates): the same matches as the regex, stretch by stretch, and none past it."""
    regex = re.compile(r"the\s+(?:\w+\s+)?(?:trial|study)\b")
    lead = re.compile(r"\b")
    p = scan.plan(regex, lead)
    assert p.indexed and scan.span_needs(regex) == ("study", "trial")
    text = "the new trial and the cat and the dog. the study, the end. the mouse and the horse."
    spans = [(0, 38), (39, 58), (59, len(text))]
    found = [m.span() for m in scan.finditer_spans(regex, lead, text, spans, scan.finditer_regex)]
    expected = [m.span() for s, e in spans for m in regex.finditer(text, s, e)]
    assert found == expected == [(0, 13), (39, 48)]


NUMBER_ANCHORED = [p for p in ALL if p.extra.get("anchor") == "number"]


@pytest.mark.parametrize("pattern", NUMBER_ANCHORED, ids=[p.id for p in NUMBER_ANCHORED])
def test_number_anchored_patterns_find_what_every_number_finds(pattern: patterns.Pattern) -> None:
    """``scan.finditer_anchored`` skips the numbers after a stretch's last needed string: the same matches as
    trying the pattern at every number."""
    from extractor.components.numbers import find_numbers

    for text in _texts():
        target = text if pattern.case else lower_same_length(text)
        anchors = sorted({p for n in find_numbers(text) for p in (n.start, n.value_start)})
        spans = _stretches(target)
        want = []
        for s, e in spans:
            done = s
            for pos in anchors:
                if pos < s or pos >= e or pos < done:
                    continue
                m = pattern.fast.match(target, pos, e)
                if m is not None and (pattern.lead is None or pattern.lead.match(target, pos)):
                    done = max(m.end(), pos + 1)
                    want.append(m.span())
        found = scan.finditer_anchored(pattern.fast, pattern.lead, target, anchors, spans)
        got = [m.span() for m in found]
        assert got == want


@given(
    st.lists(st.integers(min_value=0, max_value=200)),
    st.integers(-5, 205),
    st.integers(0, 30),
    st.integers(-1, 30),
)
def test_written_out_bisect_with_bounds_agrees_with_the_library(
    keys: list[int], value: int, lo: int, hi: int
) -> None:
    """``_first_at_least(keys, value, lo, hi)`` is ``bisect_left`` on [lo, hi) (``hi`` -1: the end)."""
    keys.sort()
    lo = min(lo, len(keys))
    hi = -1 if hi < 0 else min(max(hi, lo), len(keys))
    want = bisect.bisect_left(keys, value, lo, len(keys) if hi < 0 else hi)
    assert scan._first_at_least(keys, value, lo, hi) == want


@settings(deadline=None)
@given(
    st.lists(st.sampled_from(["trial", "trials", "atrial", "x", ".", " ", "\n"]), max_size=30),
    st.lists(st.integers(0, 80), max_size=8),
)
def test_hit_sentences_files_each_trigger_hit_under_its_sentence(
    words: list[str], starts: list[int]
) -> None:
    """Walking the sentence starts along the ascending candidates files each hit as a binary search does:
    under the last sentence that starts at or before it (the first one for a hit before every start)."""
    text = "".join(words)
    starts = sorted(set(starts))
    trigger = re.compile(r"\btrial")
    p = scan.plan(trigger)
    assert p.indexed
    hit: set[int] = set()
    scan.hit_sentences(p, trigger, text, starts, hit)
    want = {max(0, bisect.bisect_right(starts, m.start()) - 1) for m in trigger.finditer(text)}
    assert hit == want


@given(st.lists(st.integers(min_value=0, max_value=(1 << 60) - 1)), st.integers(0, 1 << 60))
def test_written_out_bisect_and_startswith_agree_with_the_library(
    keys: list[int], value: int
) -> None:
    """The pre-filter's own binary search and prefix test give what ``bisect`` and ``str.startswith`` give."""
    keys.sort()
    assert scan._first_at_least(keys, value) == bisect.bisect_left(keys, value)
    for k in keys[:3]:
        assert scan._first_at_least(keys, k) == bisect.bisect_left(keys, k)
    text = "randomised and randomized, random."
    for pos in range(
        len(text)
    ):  # (candidates are offsets inside the text; literals are never empty)
        for literals in [("randomized",), ("randomised", "random"), ("x", "random."), ("d.",)]:
            assert scan._starts_with(text, literals, pos) == text.startswith(literals, pos)
