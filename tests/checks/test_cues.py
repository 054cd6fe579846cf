"""The cue patterns' examples, the text helpers the checks share, and the new checks on the real corpus."""

from __future__ import annotations

import pytest

from extractor.checks.arithmetic import percent_agrees
from extractor.checks.cues import (
    all_cues,
    cues,
    find,
    first_paragraph_end,
    negated,
    parse_rows,
    sentence_at,
    sentences,
    to_int,
)
from extractor.errors import PatternError

CUES = all_cues()


@pytest.mark.parametrize("cue", CUES, ids=[c.id for c in CUES])
def test_cue_examples(cue) -> None:
    assert cue.match_examples, f"{cue.id} has no match examples"
    for text in cue.match_examples:
        assert cue.regex.search(text), f"{cue.id} should match {text!r}"
    for text in cue.no_match_examples:
        assert not cue.regex.search(text), f"{cue.id} should not match {text!r}"


def test_bad_rows_are_named() -> None:
    with pytest.raises(PatternError, match="2: missing or empty 'pattern'"):
        parse_rows('{"id": "a", "label": "x", "pattern": "a"}\n{"id": "b", "label": "x"}')
    with pytest.raises(PatternError, match="duplicate id 'a'"):
        parse_rows(
            '{"id": "a", "label": "x", "pattern": "a"}\n{"id": "a", "label": "x", "pattern": "b"}'
        )
    with pytest.raises(PatternError, match="does not compile"):
        parse_rows('{"id": "a", "label": "x", "pattern": "(unclosed"}')
    with pytest.raises(PatternError, match="no cue labelled"):
        cues("no-such-label")


def test_find_gives_offsets_into_the_text() -> None:
    text = "Mild side effects occurred. The safety profile was good."
    spans = find("harms", text)
    assert [s.text for s in spans] == ["side effects", "safety"]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_cue_evidence_is_quoted_without_the_spaces_at_its_ends() -> None:
    """A cue whose pattern takes the space after its last word ('does not prove that ') is quoted without it."""
    text = "The study does not prove that coffee helps, the authors said."
    spans = [s for label in {c.label for c in all_cues()} for s in find(label, text)]
    assert any(s.text == "does not prove that" for s in spans)
    for s in spans:
        assert s.text == s.text.strip() and text[s.start : s.end] == s.text


def test_sentences_keep_decimals_and_titles_together() -> None:
    text = "Dr. Roe said the HR was 0.70 (p = 0.01). Survival rose.\nNext line"
    bounds = sentences(text)
    assert [text[a:b] for a, b in bounds] == [
        "Dr. Roe said the HR was 0.70 (p = 0.01).",
        "Survival rose.",
        "Next line",
    ]
    assert text[slice(*sentence_at(text, text.index("Survival")))] == "Survival rose."


def test_negation_looks_three_words_back() -> None:
    text = "This does not prove that coffee prevents cancer, but tea prevents it."
    assert negated(text, text.index("prevents"))
    assert not negated(text, text.rindex("prevents"))


def test_first_paragraph_skips_title_and_byline() -> None:
    text = "Title here\n\nJune 8, 2020 By A. Writer\n\nThe first real paragraph is, at more than sixty characters, long enough to count.\n\nMore."
    end = first_paragraph_end(text, "Title here")
    assert text[:end].endswith("long enough to count.")


@pytest.mark.parametrize(
    ("x", "y", "pct", "approx", "ok"),
    [
        (45, 256, "18", None, True),  # 17.58 rounds to 18
        (45, 256, "17", None, True),  # truncated
        (45, 256, "17.6", None, True),
        (45, 256, "17.4", None, False),
        (45, 256, "28", None, False),
        (45, 256, "20", "about", False),
        (45, 256, "18.5", "about", True),
        (45, 256, "15", "more than", True),
        (45, 256, "15", "less than", False),
    ],
)
def test_percent_rounding(x: int, y: int, pct: str, approx: str | None, ok: bool) -> None:
    assert percent_agrees(x, y, pct, approx) is ok


def test_to_int() -> None:
    assert to_int("3,479") == 3479
    assert to_int("3.5") is None


NEW_ERROR_CHECKS = {
    "ARI001",
    "ARI002",
    "ARI003",
    "TIM005",
    "STA005",
    "STA006",
    "STA007",
    "STA008",
    "STA009",
}


def test_new_error_checks_do_not_fail_on_the_unmodified_corpus(corpus_records) -> None:
    """None fails on the unmodified corpus today; a new failure there is most likely a false alarm
    (a cue matching the wrong words): look at it before accepting it."""
    failing = [
        (rid, c.id, c.message)
        for rid, record in corpus_records.items()
        for c in record.checks
        if c.id in NEW_ERROR_CHECKS and c.status == "fail"
    ]
    assert failing == []
