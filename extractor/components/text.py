"""Shared helpers for components: sentence lookup and pattern matching over the whole text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractor import patterns


@dataclass
class TextView:
    """The canonical text with its sentence bounds (from the ``trial_sections`` component)."""

    text: str
    sentences: list[tuple[int, int]]
    title_end: int = 0  # end of the first paragraph (the headline), 0 when there is none

    def __post_init__(self) -> None:
        self._starts = [s for s, _ in self.sentences]

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


def matches(view: TextView, name: str, label: str | None = None) -> Iterator[tuple[patterns.Pattern, re.Match[str]]]:
    """Every match of the patterns in ``name`` (with ``label``) that stays inside one paragraph."""
    for pat in patterns.load(name, label):
        for m in pat.regex.finditer(view.text):
            if "\n" in m.group(0).strip():
                continue
            yield pat, m


def clean_phrase(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:.-–—\"'“”’")


def group_span(m: re.Match[str], group: str) -> tuple[int, int] | None:
    if m.group(group) is None:
        return None
    return m.span(group)
