"""Read inputs into SourceDocuments: .txt, .html, .json, .jsonl files, or stdin.

A whole input that cannot be read raises InputError (one clear line). In a JSON Lines file, a line that
cannot be read becomes an InputProblem with its line number, and reading goes on with the next line.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from extractor.errors import InputError
from extractor.ingest.document import InputProblem, SourceDocument
from extractor.ingest.html import from_html, looks_like_html

#: spaCy's default ``max_length``; news articles are a few thousand characters.
MAX_ARTICLE_CHARS = 1_000_000

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATELINE = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b")
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_MONTH_NUMBER = {m.lower()[:3]: i for i, m in enumerate(_MONTHS.split("|")[:12], 1)}

Item = SourceDocument | InputProblem


def decode(data: bytes, origin: str) -> str:
    """Bytes -> text: UTF-8 (with or without BOM), else Windows-1252; InputError for binary data."""
    if not data.strip():
        raise InputError(f"{origin}: empty input")
    head = data[:8192]
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    if b"\x00" in head or control > len(head) * 0.05:
        raise InputError(f"{origin}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def _check_size(text: str, origin: str) -> None:
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"{origin}: {len(text):,} characters is too long for one article "
            f"(the limit is {MAX_ARTICLE_CHARS:,}); split it or pass a .jsonl file"
        )


def parse_date(value: Any) -> str | None:
    """A publication date as YYYY-MM-DD from an epoch number, an ISO string or 'June 8, 2020'."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(float(value), tz=UTC).strftime("%Y-%m-%d")
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        iso = _ISO_DATE.search(value)
        if iso:
            return _valid_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        words = _DATELINE.search(value)
        if words:
            month = _MONTH_NUMBER[words.group(1).lower()[:3]]
            return _valid_date(int(words.group(3)), month, int(words.group(2)))
    return None


def _valid_date(year: int, month: int, day: int) -> str | None:
    try:
        return datetime(year, month, day).strftime("%Y-%m-%d")
    except ValueError:
        return None


def from_plain_text(
    text: str, *, id: str | None = None, origin: str | None = None
) -> SourceDocument:
    """A plain-text article: its first short line is the title; a dateline near the top is the date."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = None
    if lines and len(lines[0]) <= 250 and not lines[0].endswith("."):
        title = lines[0]
    published = None
    for line in lines[1:8]:
        if len(line) <= 200:
            published = parse_date(line)
            if published:
                break
    return SourceDocument(text=text, id=id, title=title, published=published, origin=origin)


def from_mapping(obj: Any, origin: str) -> SourceDocument:
    """A JSON object in the FakeHealth shape: id, title, text, url, publish_date (all but text optional)."""
    if not isinstance(obj, dict):
        raise InputError(f"{origin}: expected a JSON object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(f"{origin}: no 'text' field")
    if not text.strip():
        raise InputError(f"{origin}: empty 'text'")
    _check_size(text, origin)
    ident = obj.get("id")
    title = obj.get("title")
    url = obj.get("url")
    body_is_html = looks_like_html(text)
    if body_is_html:
        doc = from_html(text, url=url if isinstance(url, str) else None, origin=origin)
        text = doc.text
    published = parse_date(obj.get("publish_date", obj.get("published")))
    return SourceDocument(
        text=text,
        id=str(ident) if ident is not None and str(ident).strip() else None,
        title=title if isinstance(title, str) and title.strip() else None,
        url=url if isinstance(url, str) and url.strip() else None,
        published=published,
        origin=origin,
    )


def _iter_jsonl(text: str, origin: str) -> Iterator[Item]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputProblem(where, f"not JSON ({exc.msg})")
            continue
        try:
            yield from_mapping(obj, where)
        except InputError as exc:
            yield InputProblem(where, str(exc).removeprefix(where + ": "))


def _iter_json(text: str, origin: str) -> Iterator[Item]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{origin}: not JSON ({exc.msg} at line {exc.lineno})") from exc
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            where = f"{origin}[{i}]"
            try:
                yield from_mapping(item, where)
            except InputError as exc:
                yield InputProblem(where, str(exc).removeprefix(where + ": "))
    else:
        yield from_mapping(obj, origin)


def iter_text(text: str, origin: str, kind: str | None = None) -> Iterator[Item]:
    """Documents from already-decoded input; ``kind`` is txt/html/json/jsonl, sniffed when None."""
    if kind is None:
        head = text.lstrip()[:1]
        if head in "{[" and head:
            first = text.lstrip().split("\n", 1)[0].strip()
            kind = "jsonl" if head == "{" and _is_json(first) else "json"
        elif looks_like_html(text):
            kind = "html"
        else:
            kind = "txt"
    if kind == "jsonl":
        yield from _iter_jsonl(text, origin)
    elif kind == "json":
        yield from _iter_json(text, origin)
    elif kind == "html":
        _check_size(text, origin)
        try:
            yield from_html(text, origin=origin)
        except InputError as exc:
            raise InputError(f"{origin}: {exc}") from exc
    else:
        _check_size(text, origin)
        yield from_plain_text(text, origin=origin)


def _is_json(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


_KINDS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


def iter_path(path: str | Path) -> Iterator[Item]:
    """Documents from a file path, or from stdin when ``path`` is ``-``."""
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        yield from iter_text(decode(data, "<stdin>"), "<stdin>")
        return
    p = Path(path)
    origin = str(p)
    if p.is_dir():
        raise InputError(f"{origin}: is a folder; pass files (e.g. {origin}/*.txt)")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{origin}: no such file") from None
    except OSError as exc:
        raise InputError(f"{origin}: cannot be read ({exc.strerror})") from None
    kind = _KINDS.get(p.suffix.lower())
    yield from iter_text(decode(data, origin), origin, kind)
