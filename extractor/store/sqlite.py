"""The SQLite store: one file, no server, WAL journal; every batch written in one transaction.

The tables are described in ``docs/database.md`` and created by ``extractor.store.migrations``. A
process killed at any moment leaves the database as of its last committed batch.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from extractor.store.base import (
    ExportFormat,
    RecordToStore,
    ReviewAction,
    StoredVersion,
    StoreError,
    TrialFilter,
)
from extractor.store.linking import (
    NAME,
    REGISTRY,
    SourceFacts,
    disagreements,
    normalize_name,
    normalize_registry_id,
    record_keys,
)
from extractor.store.migrations import migrate, now

#: The tables a database holds and exports, in dependency order (parents first).
TABLES: tuple[str, ...] = (
    "articles",
    "trials",
    "records",
    "trial_keys",
    "arms",
    "outcomes",
    "arm_results",
    "checks",
    "evidence",
    "disagreements",
    "review_decisions",
)

#: Columns holding JSON text: decoded into JSON values in a JSON Lines export.
JSON_COLUMNS: dict[str, tuple[str, ...]] = {
    "trials": ("registry_ids",),
    "records": ("record_json",),
    "arms": ("n_reported",),
    "checks": ("paths",),
    "disagreements": ("values_json",),
    "review_decisions": ("old_value", "new_value"),
}
#: Integer columns that mean true/false: booleans in a JSON Lines export.
BOOL_COLUMNS: dict[str, tuple[str, ...]] = {"records": ("is_trial_report",)}

#: Tables whose rows belong to a record (deleted with it).
RECORD_PARTS: tuple[str, ...] = (
    "trial_keys",
    "arms",
    "outcomes",
    "arm_results",
    "checks",
    "evidence",
)

_MAX_PARAMS = 500


def _chunks(items: Sequence[str], size: int = _MAX_PARAMS) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _most_common(values: Iterable[Any]) -> Any:
    """The most frequent non-null value; ties go to the one seen first."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    best = max(counts.values())
    return next(v for v in counts if counts[v] == best)


class SQLiteStore:
    """``Store`` on a SQLite file (or ``:memory:``)."""

    def __init__(self, path: str) -> None:
        self.url = path
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=60.0)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the database ({exc})") from None
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 60000")
            if path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self.conn, where=path)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{path}: not a trialfacts database ({exc})") from None

    # -- context -------------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- ingest --------------------------------------------------------------------------------

    def stored_versions(self, ids: Sequence[str]) -> dict[str, StoredVersion]:
        out: dict[str, StoredVersion] = {}
        for chunk in _chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                "SELECT a.id, a.sha256, r.extractor_version FROM articles a "
                f"JOIN records r ON r.article_id = a.id AND r.sha256 = a.sha256 WHERE a.id IN ({marks})",
                tuple(chunk),
            )
            for row in rows:
                out[row[0]] = StoredVersion(row[1], row[2])
        return out

    def write(self, records: Sequence[RecordToStore]) -> None:
        if not records:
            return
        stamp = now()
        with self._transaction() as conn:
            seq = int(conn.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0])
            affected: set[int] = set()
            for item in records:
                seq = self._write_one(conn, item, seq, stamp, affected)
            self._refresh_trials(conn, affected, stamp)

    def _write_one(
        self,
        conn: sqlite3.Connection,
        item: RecordToStore,
        seq: int,
        stamp: str,
        affected: set[int],
    ) -> int:
        rec = item.record
        src = rec["source"]
        aid = src["id"]
        words = item.words if item.words is not None else len(src["text"].split())
        old = conn.execute(
            "SELECT sha256, title, url, published FROM articles WHERE id = ?", (aid,)
        )
        row = old.fetchone()
        if row is None:
            seq += 1
            conn.execute(
                "INSERT INTO articles (id, title, url, published, sha256, text, words, origin, "
                "first_seen, updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    aid,
                    src["title"],
                    src["url"],
                    src["published"],
                    src["sha256"],
                    src["text"],
                    words,
                    item.origin,
                    stamp,
                    stamp,
                    seq,
                ),
            )
        elif tuple(row) != (src["sha256"], src["title"], src["url"], src["published"]):
            conn.execute(
                "UPDATE articles SET title = ?, url = ?, published = ?, sha256 = ?, text = ?, "
                "words = ?, origin = ?, updated_at = ? WHERE id = ?",
                (
                    src["title"],
                    src["url"],
                    src["published"],
                    src["sha256"],
                    src["text"],
                    words,
                    item.origin,
                    stamp,
                    aid,
                ),
            )
        old_trials = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT trial_id FROM records WHERE article_id = ? AND trial_id IS NOT NULL",
                (aid,),
            )
        ]
        affected.update(old_trials)
        conn.execute("DELETE FROM records WHERE article_id = ?", (aid,))
        record_id = self._insert_record(conn, item, stamp)
        keys = record_keys(rec)
        if keys:
            trial_id = self._link(conn, record_id, keys, old_trials, stamp, affected)
            affected.add(trial_id)
        return seq

    def _insert_record(self, conn: sqlite3.Connection, item: RecordToStore, stamp: str) -> int:
        rec = item.record
        src = rec["source"]
        trial: Mapping[str, Any] = rec.get("trial") or {}
        follow: Mapping[str, Any] = trial.get("follow_up") or {}
        checks: list[Mapping[str, Any]] = list(rec.get("checks") or [])
        cur = conn.execute(
            "INSERT INTO records (article_id, extractor_version, schema_version, sha256, "
            "is_trial_report, trial_name, design, phase, condition, total_n, follow_up_value, "
            "follow_up_unit, follow_up_statistic, finding, checks_failed, checks_warned, summary, "
            "record_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                src["id"],
                rec.get("extractor_version") or "unknown",
                rec["schema_version"],
                src["sha256"],
                int(bool(rec["is_trial_report"])),
                trial.get("name"),
                trial.get("design"),
                trial.get("phase"),
                trial.get("condition"),
                (trial.get("enrollment") or {}).get("total"),
                follow.get("value"),
                follow.get("unit"),
                follow.get("statistic"),
                trial.get("finding"),
                sum(c["status"] == "fail" for c in checks),
                sum(c["status"] == "warn" for c in checks),
                rec.get("summary") or "",
                item.record_json,
                stamp,
            ),
        )
        rid = int(cur.lastrowid or 0)
        conn.executemany(
            "INSERT INTO arms VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    rid,
                    i,
                    a["label"],
                    a.get("intervention"),
                    a.get("n"),
                    a.get("n_received"),
                    a.get("n_crossed_over"),
                    json.dumps(a.get("n_reported") or []),
                )
                for i, a in enumerate(trial.get("arms") or [])
            ],
        )
        outcome_rows = []
        result_rows = []
        for i, o in enumerate(trial.get("outcomes") or []):
            effect: Mapping[str, Any] = o.get("effect") or {}
            ci = effect.get("ci") or (None, None)
            outcome_rows.append(
                (
                    rid,
                    i,
                    o.get("name"),
                    o.get("role"),
                    effect.get("type"),
                    effect.get("value"),
                    ci[0],
                    ci[1],
                    effect.get("p"),
                    o.get("p_value"),
                    o.get("direction"),
                )
            )
            for j, r in enumerate(o.get("arm_results") or []):
                result_rows.append(
                    (rid, i, j, r.get("arm"), r.get("value"), r.get("unit"), r.get("events"))
                )
        conn.executemany(
            "INSERT INTO outcomes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", outcome_rows
        )
        conn.executemany("INSERT INTO arm_results VALUES (?, ?, ?, ?, ?, ?, ?)", result_rows)
        conn.executemany(
            "INSERT INTO checks VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    rid,
                    i,
                    c["id"],
                    c["name"],
                    c["status"],
                    c["severity"],
                    c["message"],
                    json.dumps(c.get("paths") or []),
                )
                for i, c in enumerate(checks)
            ],
        )
        conn.executemany(
            "INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rid, path, i, span["start"], span["end"], span["text"])
                for path, spans in (rec.get("evidence") or {}).items()
                for i, span in enumerate(spans)
            ],
        )
        return rid

    def _link(
        self,
        conn: sqlite3.Connection,
        record_id: int,
        keys: list[str],
        old_trials: list[int],
        stamp: str,
        affected: set[int],
    ) -> int:
        """Attach a record to the trial its keys name, creating or merging trials as needed."""
        marks = ",".join("?" * len(keys))
        found = sorted(
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT r.trial_id FROM trial_keys k JOIN records r ON r.id = k.record_id "
                f"WHERE k.key IN ({marks}) AND r.trial_id IS NOT NULL",
                keys,
            )
        )
        if found:
            trial_id, merged = found[0], found[1:]
            for other in merged:  # this record bridges trials: they are one
                conn.execute(
                    "UPDATE records SET trial_id = ? WHERE trial_id = ?", (trial_id, other)
                )
                conn.execute("DELETE FROM trials WHERE id = ?", (other,))
                affected.discard(other)
        else:
            # keep the trial number of the article's previous record when that trial is now empty
            trial_id = 0
            for old in old_trials:
                if conn.execute(
                    "SELECT 1 FROM records WHERE trial_id = ? LIMIT 1", (old,)
                ).fetchone():
                    continue
                if conn.execute("SELECT 1 FROM trials WHERE id = ?", (old,)).fetchone():
                    trial_id = old
                    break
            if not trial_id:
                cur = conn.execute("INSERT INTO trials (updated_at) VALUES (?)", (stamp,))
                trial_id = int(cur.lastrowid or 0)
        conn.execute("UPDATE records SET trial_id = ? WHERE id = ?", (trial_id, record_id))
        conn.executemany(
            "INSERT INTO trial_keys (record_id, key) VALUES (?, ?)", [(record_id, k) for k in keys]
        )
        return trial_id

    def _refresh_trials(self, conn: sqlite3.Connection, trial_ids: set[int], stamp: str) -> None:
        """Recompute each trial's summary columns and cross-source checks; drop trials left empty."""
        for tid in sorted(trial_ids):
            rows = conn.execute(
                "SELECT r.*, a.published FROM records r JOIN articles a ON a.id = r.article_id "
                "WHERE r.trial_id = ? ORDER BY a.published IS NULL, a.published, r.article_id",
                (tid,),
            ).fetchall()
            if not rows:
                conn.execute("DELETE FROM trials WHERE id = ?", (tid,))
                continue
            registry = sorted(
                {
                    r[0].removeprefix(REGISTRY)
                    for r in conn.execute(
                        "SELECT DISTINCT k.key FROM trial_keys k JOIN records r ON r.id = k.record_id "
                        "WHERE r.trial_id = ? AND k.key LIKE 'reg:%'",
                        (tid,),
                    )
                }
            )
            names = Counter(r["trial_name"] for r in rows if r["trial_name"])
            name = max(names, key=lambda n: (names[n], len(n))) if names else None
            found = disagreements(
                [
                    SourceFacts(
                        article_id=r["article_id"],
                        total_n=r["total_n"],
                        follow_up_value=r["follow_up_value"],
                        follow_up_unit=r["follow_up_unit"],
                        follow_up_statistic=r["follow_up_statistic"],
                        finding=r["finding"],
                    )
                    for r in rows
                ]
            )
            conn.execute("DELETE FROM disagreements WHERE trial_id = ?", (tid,))
            conn.executemany(
                "INSERT INTO disagreements (trial_id, check_id, name, severity, field, message, "
                "values_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (tid, d.check_id, d.name, d.severity, d.field, d.message, json.dumps(d.values))
                    for d in found
                ],
            )
            published = [r["published"] for r in rows if r["published"]]
            conn.execute(
                "UPDATE trials SET name = ?, registry_ids = ?, design = ?, phase = ?, condition = ?, "
                "total_n = ?, finding = ?, articles = ?, first_published = ?, last_published = ?, "
                "checks_failed = ?, disagreements = ?, updated_at = ? WHERE id = ?",
                (
                    name,
                    json.dumps(registry),
                    _most_common(r["design"] for r in rows),
                    _most_common(r["phase"] for r in rows),
                    _most_common(r["condition"] for r in rows),
                    _most_common(r["total_n"] for r in rows),
                    _most_common(r["finding"] for r in rows),
                    len(rows),
                    min(published, default=None),
                    max(published, default=None),
                    sum(r["checks_failed"] for r in rows),
                    len(found),
                    stamp,
                    tid,
                ),
            )

    # -- review --------------------------------------------------------------------------------

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
        if action not in ("accept", "reject", "edit"):
            raise StoreError(f"review action must be accept, reject or edit, not '{action}'")
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT a.sha256, r.extractor_version FROM articles a "
                "JOIN records r ON r.article_id = a.id WHERE a.id = ?",
                (article_id,),
            ).fetchone()
            if row is None:
                raise StoreError(f"no record of article '{article_id}' in {self.url}")
            cur = conn.execute(
                "INSERT INTO review_decisions (article_id, sha256, extractor_version, path, action, "
                "old_value, new_value, reviewer, decided_at, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    row[0],
                    row[1],
                    path,
                    action,
                    json.dumps(old_value),
                    json.dumps(new_value),
                    reviewer,
                    now(),
                    note,
                ),
            )
            return int(cur.lastrowid or 0)

    # -- queries -------------------------------------------------------------------------------

    def trials(self, where: TrialFilter) -> list[dict[str, Any]]:
        sql = ["SELECT * FROM trials WHERE 1 = 1"]
        params: list[Any] = []
        if where.condition:
            like = f"%{where.condition.casefold()}%"
            sql.append(
                "AND (lower(condition) LIKE ? OR EXISTS (SELECT 1 FROM records r "
                "WHERE r.trial_id = trials.id AND lower(r.condition) LIKE ?))"
            )
            params += [like, like]
        if where.design:
            sql.append("AND design = ?")
            params.append(where.design)
        if where.failing:
            sql.append("AND (checks_failed > 0 OR disagreements > 0)")
        if where.search:
            sql.append(
                "AND id IN (SELECT r.trial_id FROM articles_fts f JOIN articles a ON a.seq = f.rowid "
                "JOIN records r ON r.article_id = a.id WHERE articles_fts MATCH ?)"
            )
            params.append(where.search)
        sql.append("ORDER BY articles DESC, id")
        if where.limit is not None:
            sql.append("LIMIT ?")
            params.append(where.limit)
        rows = self._query(" ".join(sql), params, where.search)
        return [self._trial_row(r) for r in rows]

    def _query(self, sql: str, params: Sequence[Any], fts: str | None) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if fts is not None and "locked" not in str(exc):
                raise StoreError(
                    f"bad search query {fts!r} ({exc}); see https://sqlite.org/fts5.html#full_text_query_syntax"
                ) from None
            raise

    @staticmethod
    def _trial_row(row: sqlite3.Row) -> dict[str, Any]:
        out = dict(row)
        out["registry_ids"] = json.loads(out["registry_ids"])
        return out

    def _resolve(self, query: str) -> list[int]:
        q = query.strip()
        if not q:
            raise StoreError("which trial? give a trial number, registry id, article id or name")
        number = q.removeprefix("#")
        if number.isdigit():
            hit = self.conn.execute("SELECT id FROM trials WHERE id = ?", (int(number),)).fetchone()
            if hit:
                return [hit[0]]
        attempts: list[tuple[str, tuple[Any, ...]]] = [
            (
                "SELECT DISTINCT r.trial_id FROM trial_keys k JOIN records r ON r.id = k.record_id "
                "WHERE k.key = ?",
                (REGISTRY + normalize_registry_id(q),),
            ),
            ("SELECT trial_id FROM records WHERE article_id = ?", (q,)),
            (
                "SELECT DISTINCT r.trial_id FROM trial_keys k JOIN records r ON r.id = k.record_id "
                "WHERE k.key = ?",
                (NAME + normalize_name(q),),
            ),
            (
                "SELECT id FROM trials WHERE lower(name) = ? UNION "
                "SELECT trial_id FROM records WHERE lower(trial_name) = ?",
                (q.casefold(), q.casefold()),
            ),
            (
                "SELECT id FROM trials WHERE instr(lower(name), ?) > 0 UNION "
                "SELECT trial_id FROM records WHERE instr(lower(trial_name), ?) > 0",
                (q.casefold(), q.casefold()),
            ),
        ]
        for sql, params in attempts:
            ids = sorted({r[0] for r in self.conn.execute(sql, params) if r[0] is not None})
            if ids:
                return ids
        return []

    def trial(self, query: str) -> dict[str, Any]:
        ids = self._resolve(query)
        if not ids:
            raise StoreError(f"no trial matches '{query}' in {self.url}")
        if len(ids) > 1:
            shown = ", ".join(
                f"#{r['id']} {r['name'] or '(unnamed)'}"
                for r in self.conn.execute(
                    f"SELECT id, name FROM trials WHERE id IN ({','.join('?' * len(ids[:6]))})",
                    ids[:6],
                )
            )
            more = f" and {len(ids) - 6} more" if len(ids) > 6 else ""
            raise StoreError(
                f"'{query}' matches {len(ids)} trials: {shown}{more}; give the trial number"
            )
        tid = ids[0]
        trial = self._trial_row(
            self.conn.execute("SELECT * FROM trials WHERE id = ?", (tid,)).fetchone()
        )
        sources = []
        for r in self.conn.execute(
            "SELECT r.id AS record_id, r.article_id, a.title, a.url, a.published, a.origin, "
            "r.extractor_version, r.trial_name, r.design, r.condition, r.total_n, r.follow_up_value, "
            "r.follow_up_unit, r.follow_up_statistic, r.finding, r.checks_failed, r.checks_warned, "
            "r.summary FROM records r JOIN articles a ON a.id = r.article_id WHERE r.trial_id = ? "
            "ORDER BY a.published IS NULL, a.published, r.article_id",
            (tid,),
        ):
            source = dict(r)
            record_id = source.pop("record_id")
            source["arms"] = [
                {"label": a["label"], "n": a["n"]}
                for a in self.conn.execute(
                    "SELECT label, n FROM arms WHERE record_id = ? ORDER BY idx", (record_id,)
                )
            ]
            source["checks"] = [
                {
                    "id": c["check_id"],
                    "status": c["status"],
                    "severity": c["severity"],
                    "message": c["message"],
                }
                for c in self.conn.execute(
                    "SELECT check_id, status, severity, message FROM checks "
                    "WHERE record_id = ? AND status IN ('fail', 'warn') ORDER BY idx",
                    (record_id,),
                )
            ]
            sources.append(source)
        found = [
            {
                "id": d["check_id"],
                "name": d["name"],
                "status": "warn",
                "severity": d["severity"],
                "field": d["field"],
                "message": d["message"],
                "values": json.loads(d["values_json"]),
            }
            for d in self.conn.execute(
                "SELECT * FROM disagreements WHERE trial_id = ? ORDER BY check_id", (tid,)
            )
        ]
        return {"trial": trial, "sources": sources, "disagreements": found}

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        rows = self._query(
            "SELECT a.id AS article_id, a.title, a.published, r.trial_id, "
            "snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet "
            "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            "LEFT JOIN records r ON r.article_id = a.id "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
            query,
        )
        return [dict(r) for r in rows]

    def counts(self) -> dict[str, int]:
        return {
            t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES
        }

    def integrity_problems(self) -> list[str]:
        """What is wrong with the database: SQLite's own checks, orphans, duplicates; [] when fine."""
        problems = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [
            f"foreign key: {tuple(r)}" for r in self.conn.execute("PRAGMA foreign_key_check")
        ]
        for table in RECORD_PARTS:
            orphans = self.conn.execute(
                f"SELECT count(*) FROM {table} t LEFT JOIN records r ON r.id = t.record_id "
                "WHERE r.id IS NULL"
            ).fetchone()[0]
            if orphans:
                problems.append(f"{table}: {orphans} rows whose record is gone")
        checks = (
            (
                "records without an article",
                "SELECT count(*) FROM records r LEFT JOIN articles a "
                "ON a.id = r.article_id WHERE a.id IS NULL",
            ),
            (
                "articles without a record",
                "SELECT count(*) FROM articles a WHERE NOT EXISTS "
                "(SELECT 1 FROM records r WHERE r.article_id = a.id)",
            ),
            (
                "articles with more than one record",
                "SELECT count(*) FROM (SELECT article_id FROM "
                "records GROUP BY article_id HAVING count(*) > 1)",
            ),
            (
                "trials without a record",
                "SELECT count(*) FROM trials t WHERE NOT EXISTS "
                "(SELECT 1 FROM records r WHERE r.trial_id = t.id)",
            ),
            (
                "trial reports without a trial",
                "SELECT count(*) FROM records WHERE trial_id IS NULL "
                "AND EXISTS (SELECT 1 FROM trial_keys k WHERE k.record_id = records.id)",
            ),
            (
                "records whose text is not their article's",
                "SELECT count(*) FROM records r JOIN "
                "articles a ON a.id = r.article_id WHERE r.sha256 != a.sha256",
            ),
            (
                "full-text index out of step",
                "SELECT (SELECT count(*) FROM articles) - "
                "(SELECT count(*) FROM articles_fts_docsize)",
            ),
        )
        for what, sql in checks:
            n = self.conn.execute(sql).fetchone()[0]
            if n:
                problems.append(f"{what}: {n}")
        return problems

    # -- export --------------------------------------------------------------------------------

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")]

    def export(self, out_dir: Path, fmt: ExportFormat) -> list[Path]:
        if fmt not in ("csv", "jsonl"):
            raise StoreError(f"export format must be csv or jsonl, not '{fmt}'")
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{out_dir}: cannot create the folder ({exc.strerror})") from None
        written = []
        for table in TABLES:
            columns = self.columns(table)
            order = ", ".join(
                r[1]
                for r in sorted(
                    (r for r in self.conn.execute(f"PRAGMA table_info({table})") if r[5]),
                    key=lambda r: r[5],
                )
            )
            rows = self.conn.execute(f"SELECT * FROM {table} ORDER BY {order}")
            target = out_dir / f"{table}.{fmt}"
            partial = target.with_name(target.name + ".partial")
            try:
                with partial.open("w", encoding="utf-8", newline="") as fh:
                    if fmt == "csv":
                        writer = csv.writer(fh)
                        writer.writerow(columns)
                        writer.writerows(["" if v is None else v for v in row] for row in rows)
                    else:
                        decode = JSON_COLUMNS.get(table, ())
                        bools = BOOL_COLUMNS.get(table, ())
                        for row in rows:
                            obj = dict(zip(columns, row, strict=True))
                            for c in decode:
                                if obj[c] is not None:
                                    obj[c] = json.loads(obj[c])
                            for c in bools:
                                obj[c] = bool(obj[c])
                            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
                os.replace(partial, target)
            except OSError as exc:
                raise StoreError(f"{target}: cannot write ({exc.strerror})") from None
            written.append(target)
        return written
