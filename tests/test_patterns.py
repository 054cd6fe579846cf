"""Every pattern's examples: each 'match' string matches, each 'no_match' string does not."""

from __future__ import annotations

import pytest

from extractor import patterns
from extractor.components.text import lower_same_length, trigger_parts
from extractor.errors import PatternError

ALL = [(name, p) for name in patterns.names() for p in patterns.load(name)]


@pytest.mark.parametrize(("name", "pattern"), ALL, ids=[p.id for _, p in ALL])
def test_examples(name: str, pattern: patterns.Pattern) -> None:
    assert pattern.match_examples, f"{pattern.id} has no match example"
    for text in pattern.match_examples:
        assert pattern.search(text), f"{pattern.id} should match {text!r}"
    for text in pattern.no_match_examples:
        m = pattern.search(text)
        assert not m, f"{pattern.id} should not match {text!r} (matched {m.group(0)!r})"


@pytest.mark.parametrize(("name", "pattern"), ALL, ids=[p.id for _, p in ALL])
def test_fast_form_agrees(name: str, pattern: patterns.Pattern) -> None:
    """The lower-cased fast form finds the same spans as the case-insensitive pattern."""
    for text in pattern.match_examples + pattern.no_match_examples:
        target = text if pattern.case else lower_same_length(text)
        assert [m.span() for m in pattern.regex.finditer(text)] == [
            m.span() for m in pattern.finditer_fast(target)
        ]


@pytest.mark.parametrize(("name", "pattern"), ALL, ids=[p.id for _, p in ALL])
def test_trigger_hits_every_match_example(name: str, pattern: patterns.Pattern) -> None:
    """A file's trigger must hit wherever one of its patterns matches, or the gate would hide the match.
    (The gate reads the trigger as ``trigger_parts`` splits it: its word alternatives at word starts.)"""
    parts = trigger_parts(name)
    if not parts:
        return
    for text in pattern.match_examples:
        lower = lower_same_length(text)
        assert any(p.search(lower) for p in parts), f"trigger of {name} misses {text!r}"


def test_ids_unique_across_files() -> None:
    ids = [p.id for _, p in ALL]
    assert len(ids) == len(set(ids))


def test_every_pattern_has_a_description() -> None:
    assert all(p.desc for _, p in ALL)


def test_loaders_return_fresh_lists() -> None:
    first = patterns.load("design")
    first.clear()
    assert patterns.load("design")


def test_unknown_macro_is_an_error() -> None:
    with pytest.raises(PatternError):
        patterns.expand("<<NO_SUCH_MACRO>>")


def test_unknown_file_is_an_error() -> None:
    with pytest.raises(PatternError):
        patterns.load("no_such_file")


ANCHORED = [(name, p) for name, p in ALL if p.extra.get("anchor") == "number"]


@pytest.mark.parametrize(("name", "pattern"), ANCHORED, ids=[p.id for _, p in ANCHORED])
def test_number_anchored_patterns_start_at_a_number(name: str, pattern: patterns.Pattern) -> None:
    """Patterns tried only where trial_numbers found a number must match starting there."""
    from extractor.components.numbers import find_numbers

    for text in pattern.match_examples:
        lower = lower_same_length(text)
        m = next(pattern.finditer_fast(lower), None)
        starts = {p for n in find_numbers(text) for p in (n.start, n.value_start)}
        assert m is not None and m.start() in starts, (
            f"{pattern.id}: {text!r} does not start at a number"
        )
