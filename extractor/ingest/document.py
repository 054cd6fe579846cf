"""SourceDocument: one article as read, before normalisation."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class SourceDocument:
    """An article as it arrives: its own id, metadata and raw body text (title kept apart)."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    origin: str | None = None  # where it was read: a path, 'path:line', or '<stdin>'


@dataclass(frozen=True)
class InputProblem:
    """An input (or one line of it) that could not be read; reading goes on with the rest."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_id(text: str) -> str:
    """The id of an input that has none: a prefix of its canonical text's sha256."""
    return "sha256:" + sha256_hex(text)[:16]
