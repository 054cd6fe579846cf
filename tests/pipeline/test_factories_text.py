"""Text helpers of the pipeline components."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.pipeline.factories import whole_occurrences


def _by_regex(text: str, word: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]


def test_whole_occurrences_of_a_short_form() -> None:
    text = "PFS rose; mPFS and PFS-2 differ, (PFS) too, ePFS PFS."
    assert list(whole_occurrences(text, "PFS")) == [(0, 3), (34, 37), (49, 52)]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab_-. (1é٣", max_size=40),
    st.text(alphabet="ab-_.(", min_size=1, max_size=4),
)
def test_whole_occurrences_are_what_the_regex_finds(text: str, word: str) -> None:
    assert list(whole_occurrences(text, word)) == _by_regex(text, word)
