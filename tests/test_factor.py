"""Word lists rewritten as tries (extractor/patterns/factor.py) match exactly what they matched as written."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import patterns
from extractor.patterns import scan
from extractor.patterns.factor import factor_alternations
from extractor.patterns.scan import lower_same_length
from tests.test_scan import ALL, _texts


@pytest.mark.parametrize(
    ("written", "factored"),
    [
        ("(?:breast|bladder|brain|lung)", "(?:b(?:r(?:east|ain)|ladder)|lung)"),
        ("(?:trial|trials)", "trial(?:|s)"),  # the shorter first, as written
        ("(?P<x>foo|far|bar)", "(?P<x>f(?:oo|ar)|bar)"),  # a named group keeps its name and place
        # a branch that does not start with a literal (empty, a group, a class) may match where any other
        # does: it keeps its place, and the runs on either side are grouped apart
        ("a|ab|b|(?:x)|ac", "a(?:|b)|b|x|ac"),
        ("(?:ab|[a-z]c|ad)", "(?:ab|[a-z]c|ad)"),
        # an optional or repeated first character is no literal start
        ("(?:a?b|ac)", "(?:a?b|ac)"),
        ("(?:a{2}|ab)", "(?:a{2}|ab)"),
        # escaped punctuation is a literal; look-behinds and quantified groups keep their form
        (r"(?:\.5|\.7)", r"\.(?:5|7)"),
        ("(?<=ab|ac)x", "(?<=ab|ac)x"),
        ("(?:ab|ac)+", "(?:a(?:b|c))+"),
        ("(?:ab|ac){1,2}?d", "(?:a(?:b|c)){1,2}?d"),
        # classes (with ']' and '|' inside) and escapes are read whole
        (r"(?:[]|]a|\|b|\|c)", r"(?:[]|]a|\|(?:b|c))"),
        (r"(?:\u2019s|\u2019d)", r"(?:\u2019s|\u2019d)"),
    ],
)
def test_rewrites(written: str, factored: str) -> None:
    assert factor_alternations(written) == factored
    re.compile(factored)


@pytest.mark.parametrize("pattern", ALL, ids=[p.id for p in ALL])
def test_same_matches_as_written_on_the_corpus(pattern: patterns.Pattern) -> None:
    if pattern.fast is None:
        return
    written = re.compile(scan.written_source(pattern.fast))
    for text in _texts()[::3]:
        target = text if pattern.case else lower_same_length(text)
        want = [(m.span(), m.groups()) for m in written.finditer(target)]
        assert [(m.span(), m.groups()) for m in pattern.fast.finditer(target)] == want


def test_parts_rewritten_already_are_put_back_as_given() -> None:
    # two branches that start with the same macro are not grouped by its first character: its mark is no
    # literal (grouping them broke the marks, and the macro with them)
    part = "(?:ab|ac)"
    given = "(?:a(?:b|c))"
    assert factor_alternations(f"(?:{part}x|{part}y|zz|zw)", {part: given}) == (
        f"(?:{given}x|{given}y|z(?:z|w))"
    )
    # an escaped '(' is not the part's group
    assert factor_alternations(r"\(?:ab|ac)", {"(?:ab|ac)": given}) == r"\(?:ab|ac)"


def test_the_pre_filter_reads_the_pattern_as_written() -> None:
    factored = patterns.split_lead(r"\b(?:allocated|assigned|given)\s+to\b")[0]
    assert factored.pattern == r"(?:a(?:llocated|ssigned)|given)\s+to\b"
    assert scan.written_source(factored) == r"(?:allocated|assigned|given)\s+to\b"
    # the strings every match needs are read whole: 'allocated', not 'llocated'
    assert scan.span_needs(factored) == ("allocated", "assigned", "given")


_WORDS = st.text(alphabet="abc ", min_size=0, max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=8), st.text(alphabet="abc .", max_size=40))
def test_same_matches_on_random_lists(words: list[str], text: str) -> None:
    written = "(?:" + "|".join(map(re.escape, words)) + ")(?:b|c)?"
    want = [(m.span(), m.group()) for m in re.finditer(written, text)]
    assert [(m.span(), m.group()) for m in re.finditer(factor_alternations(written), text)] == want
