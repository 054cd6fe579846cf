"""The database schema, as numbered migrations applied in order.

A database records the migrations it has had in ``schema_migrations`` and its version in
``PRAGMA user_version``. Opening a database applies the missing migrations, each in one transaction;
a database newer than this trialfacts is refused. Never edit a released migration: add the next one.
``docs/database.md`` documents every table and column (a test keeps the two in step).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from extractor.store.base import StoreError


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


_CORE = (
    """CREATE TABLE schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
    )""",
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT,
        url TEXT,
        published TEXT,
        sha256 TEXT NOT NULL,
        text TEXT NOT NULL,
        words INTEGER NOT NULL,
        origin TEXT,
        first_seen TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE trials (
        id INTEGER PRIMARY KEY,
        name TEXT,
        registry_ids TEXT NOT NULL DEFAULT '[]',
        design TEXT,
        phase TEXT,
        condition TEXT,
        total_n INTEGER,
        finding TEXT,
        articles INTEGER NOT NULL DEFAULT 0,
        first_published TEXT,
        last_published TEXT,
        checks_failed INTEGER NOT NULL DEFAULT 0,
        disagreements INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        extractor_version TEXT NOT NULL,
        schema_version TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        is_trial_report INTEGER NOT NULL,
        trial_id INTEGER REFERENCES trials(id) ON DELETE SET NULL,
        trial_name TEXT,
        design TEXT,
        phase TEXT,
        condition TEXT,
        total_n INTEGER,
        follow_up_value REAL,
        follow_up_unit TEXT,
        follow_up_statistic TEXT,
        finding TEXT,
        checks_failed INTEGER NOT NULL,
        checks_warned INTEGER NOT NULL,
        summary TEXT NOT NULL,
        record_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (article_id, extractor_version)
    )""",
    "CREATE INDEX records_trial_id ON records(trial_id)",
    """CREATE TABLE trial_keys (
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        PRIMARY KEY (record_id, key)
    )""",
    "CREATE INDEX trial_keys_key ON trial_keys(key)",
    """CREATE TABLE arms (
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        label TEXT NOT NULL,
        intervention TEXT,
        n INTEGER,
        n_received INTEGER,
        n_crossed_over INTEGER,
        n_reported TEXT NOT NULL,
        PRIMARY KEY (record_id, idx)
    )""",
    """CREATE TABLE outcomes (
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        name TEXT,
        role TEXT,
        effect_type TEXT,
        effect_value REAL,
        effect_ci_low REAL,
        effect_ci_high REAL,
        effect_p REAL,
        p_value REAL,
        direction TEXT,
        PRIMARY KEY (record_id, idx)
    )""",
    """CREATE TABLE arm_results (
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        outcome_idx INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        arm TEXT,
        value REAL,
        unit TEXT,
        events INTEGER,
        PRIMARY KEY (record_id, outcome_idx, idx)
    )""",
    """CREATE TABLE checks (
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        check_id TEXT NOT NULL,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        severity TEXT NOT NULL,
        message TEXT NOT NULL,
        paths TEXT NOT NULL,
        PRIMARY KEY (record_id, idx)
    )""",
    "CREATE INDEX checks_status ON checks(status, check_id)",
    """CREATE TABLE evidence (
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        idx INTEGER NOT NULL,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (record_id, path, idx)
    )""",
    """CREATE TABLE disagreements (
        id INTEGER PRIMARY KEY,
        trial_id INTEGER NOT NULL REFERENCES trials(id) ON DELETE CASCADE,
        check_id TEXT NOT NULL,
        name TEXT NOT NULL,
        severity TEXT NOT NULL,
        field TEXT NOT NULL,
        message TEXT NOT NULL,
        values_json TEXT NOT NULL
    )""",
    "CREATE INDEX disagreements_trial_id ON disagreements(trial_id)",
    """CREATE TABLE review_decisions (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL,
        extractor_version TEXT NOT NULL,
        path TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'edit')),
        old_value TEXT,
        new_value TEXT,
        reviewer TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        note TEXT
    )""",
    "CREATE INDEX review_decisions_article_id ON review_decisions(article_id)",
)

# Full-text search. The index is an FTS5 table over articles' title and text with the articles table as
# its external content (the text is not stored twice). FTS5 needs a stable integer row id, and SQLite
# may renumber the implicit rowid of a table whose key is text on VACUUM, so articles get their own
# `seq`; triggers keep the index in step with every insert, update and delete.
# Keep `content='articles'` in single quotes: datasette auto-detects `content="articles"` and would then
# search by matching articles.rowid to the index's rowid, which is `seq` here, not rowid.
_FTS = (
    "ALTER TABLE articles ADD COLUMN seq INTEGER",
    "UPDATE articles SET seq = rowid",
    "CREATE UNIQUE INDEX articles_seq ON articles(seq)",
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='seq', tokenize='porter unicode61'
    )""",
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text, seq ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, records, trials and their parts; review decisions", _CORE),
    Migration(2, "full-text search over article title and text (FTS5)", _FTS),
)

LATEST = MIGRATIONS[-1].version


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST, *, where: str = "database") -> int:
    """Apply the missing migrations up to ``target``, each in its own transaction; return the version.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    current = user_version(conn)
    if current > LATEST:
        raise StoreError(
            f"{where}: schema version {current} is newer than this trialfacts knows ({LATEST}); "
            "upgrade trialfacts"
        )
    for migration in MIGRATIONS:
        if migration.version <= current or migration.version > target:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if user_version(conn) >= migration.version:  # another process got there first
                conn.execute("COMMIT")
                continue
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, now()),
            )
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        current = migration.version
    return current


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
