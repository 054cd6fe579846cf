"""Sentence bounds from the text: end punctuation followed by space and a capital (or an opening quote,
a digit), and every paragraph break; known abbreviations ('Dr.', 'U.S.', 'vs.', 'et al.') and initials
do not end a sentence. Pure regex work (no token loop), so it costs a fraction of the tokenizer."""

from __future__ import annotations

import re

#: a sentence end: end punctuation (closing quotes or brackets after it) before space and a capital, or a
#: line break. One leading character class, so that ``re`` skips to the candidates by its first character
#: (``[.!?…][\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])\s+|\n\s*``, written so, tried every offset).
_CANDIDATE = re.compile(
    r"[.!?…\n](?:(?<=\n)\s*|(?<=[.!?…])[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])\s+)"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:Dr|Mr|Ms|Mrs|Prof|St|vs|Vs|No|Inc|Jr|Sr|al|e\.g|i\.e|U\.S|U\.K|Fig|approx|Mt|Gov|Sen|Rep|Jan|Feb|"
    r"Aug|Sept|Sep|Oct|Nov|Dec|Ph\.D|M\.D)|\b[A-Z])$"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence, surrounding white space excluded."""
    bounds: list[tuple[int, int]] = []
    pos = 0
    for m in _CANDIDATE.finditer(text):
        start = m.start()
        if text[start] == "." and _ABBREVIATION.search(text, max(0, start - 8), start):
            continue
        _add(text, pos, start if text[start].isspace() else m.end(), bounds)
        pos = m.end()
    _add(text, pos, len(text), bounds)
    return bounds


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        lead = len(segment) - len(segment.lstrip())
        out.append((start + lead, start + lead + len(stripped)))
