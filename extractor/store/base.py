"""The storage interface: everything ingest and the ``trialfacts db`` commands need from a database.

One small protocol, ``Store``, and one way to get one, ``open_store(url)``. Today the only backend is
SQLite (a file path, ``sqlite:///path``, or ``:memory:``); a ``postgresql://`` URL is recognised and
refused with one clear line, so a server backend can be added later behind the same methods.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Protocol

from extractor.errors import TrialfactsError

ExportFormat = Literal["csv", "jsonl"]
ReviewAction = Literal["accept", "reject", "edit"]


class StoreError(TrialfactsError):
    """The database cannot be opened or used (bad URL, missing file, newer schema, bad query)."""


@dataclass(frozen=True)
class StoredVersion:
    """What the database holds for one article: the text it was extracted from and by which version."""

    sha256: str
    extractor_version: str


@dataclass(frozen=True)
class RecordToStore:
    """One extracted record on its way into the database.

    ``record`` is the TrialRecord as JSON data (``model_dump(mode="json")``) and ``record_json`` the same
    record serialised, stored as is; ``origin`` is where the article was read (``path:line``); ``words`` its
    text's words, when counted already (an ingest counts them where the record was extracted).
    """

    record: Mapping[str, Any]
    record_json: str
    origin: str | None = None
    #: the words of the article's text (``len(text.split())``), when the caller counted them already
    words: int | None = None


@dataclass(frozen=True)
class TrialFilter:
    condition: str | None = (
        None  # substring, case-insensitive, of the trial's or any source's condition
    )
    design: str | None = None  # exact, e.g. "rct"
    failing: bool = False  # only trials with a failing check or a cross-source disagreement
    search: str | None = None  # an FTS5 query over the article text and title
    limit: int | None = None


class Store(Protocol):
    """The operations trialfacts performs on a database; each write is one transaction."""

    url: str

    def stored_versions(self, ids: Sequence[str]) -> dict[str, StoredVersion]:
        """For each of ``ids`` already stored with a record: its sha256 and extractor version."""
        ...

    def write(self, records: Sequence[RecordToStore]) -> None:
        """Store a batch in one transaction: each record replaces its article's previous record, and
        the trials they report are linked and their cross-source checks recomputed."""
        ...

    def trials(self, where: TrialFilter) -> list[dict[str, Any]]:
        """Trials matching a filter, most-reported first."""
        ...

    def trial(self, query: str) -> dict[str, Any]:
        """One trial with every article that reported it and their disagreements; StoreError when
        ``query`` (trial number, registry id, article id or name) matches none or several."""
        ...

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles whose title or text match an FTS5 query, best first, with a snippet."""
        ...

    def export(self, out_dir: Path, fmt: ExportFormat) -> list[Path]:
        """Write one file per table (CSV or JSON Lines) into ``out_dir``; return the paths."""
        ...

    def add_review(
        self,
        article_id: str,
        path: str,
        action: ReviewAction,
        reviewer: str,
        old_value: Any = None,
        new_value: Any = None,
        note: str | None = None,
    ) -> int:
        """Record a human review decision about one value of an article's current record."""
        ...

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        ...

    def integrity_problems(self) -> list[str]:
        """What is wrong with the database (corruption, orphan or duplicate rows); [] when fine."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def sqlite_path(url: str) -> str:
    """The SQLite file a URL names, or StoreError for a URL this version cannot open."""
    url = url.strip()
    if not url:
        raise StoreError("no database given (pass --db FILE)")
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url  # a plain path (or :memory:)
    scheme = scheme.lower()
    if scheme in ("postgresql", "postgres") or scheme.startswith("postgresql+"):
        raise StoreError(
            f"{scheme}:// databases are not supported yet; use a SQLite file path (e.g. --db trials.db)"
        )
    if scheme == "sqlite":
        path = rest[1:] if rest.startswith("/") else rest  # sqlite:///rel.db, sqlite:////abs.db
        return path or ":memory:"
    raise StoreError(
        f"unsupported database URL scheme '{scheme}://'; use a SQLite file path (e.g. --db trials.db)"
    )


def open_store(url: str | Path, *, create: bool = True) -> Store:
    """Open (and migrate forward) the database at ``url``.

    ``create=False`` refuses a SQLite file that does not exist yet (for the read-only commands).
    """
    from extractor.store.sqlite import SQLiteStore

    path = sqlite_path(str(url))
    if not create and path != ":memory:" and not Path(path).is_file():
        raise StoreError(
            f"{path}: no such database (build one with `trialfacts ingest ... --db {path}`)"
        )
    return SQLiteStore(path)
