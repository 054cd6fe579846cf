"""Sentence bounds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.components.sentences import _CANDIDATE, split_sentences


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "Dr. Smith of the U.S. trial said so. J. Doe agreed.\nNext paragraph"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Dr. Smith of the U.S. trial said so.",
        "J. Doe agreed.",
        "Next paragraph",
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab A1.!?…\n \"”’')]([“‘", max_size=60))
def test_sentence_end_candidates_as_the_plain_alternation_finds_them(text: str) -> None:
    plain = re.compile(r"[.!?…][\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])\s+|\n\s*")
    assert [m.span() for m in _CANDIDATE.finditer(text)] == [m.span() for m in plain.finditer(text)]
