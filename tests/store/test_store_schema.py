"""The schema: migrations create every table with pinned columns, migrate forward, and are documented."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from store_helpers import COLUMNS, ROOT

from extractor.store import StoreError, open_store
from extractor.store.base import sqlite_path
from extractor.store.migrations import LATEST, MIGRATIONS, migrate, user_version
from extractor.store.sqlite import TABLES, SQLiteStore


def test_migrations_create_every_table_with_its_columns(tmp_path: Path) -> None:
    with SQLiteStore(str(tmp_path / "t.db")) as store:
        assert user_version(store.conn) == LATEST == MIGRATIONS[-1].version
        assert set(TABLES) == set(COLUMNS)
        for table, columns in COLUMNS.items():
            assert store.columns(table) == columns, table
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert {"schema_migrations", "articles_fts"} <= names
        applied = [r[0] for r in store.conn.execute("SELECT version FROM schema_migrations")]
        assert applied == [m.version for m in MIGRATIONS]
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = str(tmp_path / "t.db")
    SQLiteStore(path).close()
    with SQLiteStore(path) as store:
        assert store.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == LATEST


def test_a_version_1_database_migrates_forward_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    assert user_version(conn) == 1
    conn.execute(
        "INSERT INTO articles (id, title, sha256, text, words, first_seen, updated_at) "
        "VALUES ('a1', 'Old title', 'abc', 'An aspirin trial in older adults.', 6, 'x', 'x')"
    )
    conn.close()
    with SQLiteStore(str(path)) as store:
        assert user_version(store.conn) == LATEST
        assert [r["article_id"] for r in store.search("aspirin")] == ["a1"]


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this trialfacts"):
        SQLiteStore(str(path))


def test_a_file_that_is_not_a_database_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database at all " * 100)
    with pytest.raises(StoreError, match="not a trialfacts database"):
        open_store(path)


def test_urls() -> None:
    assert sqlite_path("trials.db") == "trials.db"
    assert sqlite_path("sqlite:///rel/t.db") == "rel/t.db"
    assert sqlite_path("sqlite:////abs/t.db") == "/abs/t.db"
    assert sqlite_path(":memory:") == ":memory:"
    with pytest.raises(StoreError, match=r"^postgresql:// databases are not supported yet"):
        open_store("postgresql://user@host/trials")
    with pytest.raises(StoreError, match="unsupported database URL scheme"):
        open_store("mysql://host/db")
    with pytest.raises(StoreError, match="no such database"):
        open_store("/nonexistent/trials.db", create=False)


def test_docs_describe_every_table_and_column() -> None:
    doc = (ROOT / "docs" / "database.md").read_text("utf-8")
    for table, columns in COLUMNS.items():
        section = re.search(rf"^### `{table}`\n(.*?)(?=^### |\Z)", doc, re.S | re.M)
        assert section, f"docs/database.md has no section for {table}"
        documented = re.findall(r"^\| `(\w+)` \|", section.group(1), re.M)
        assert documented == columns, table
