"""kill -9 in the middle of an ingest leaves a consistent database; the same command then finishes it."""

from __future__ import annotations

import json
from pathlib import Path

from store_helpers import CORPUS, SEED, write_jsonl

from extractor.store.bench import database_state, kill_midway, run_ingest


def test_kill_9_midway_then_rerun_finishes_with_nothing_lost_or_duplicated(tmp_path: Path) -> None:
    articles = [
        json.loads(p.read_text("utf-8")) for p in sorted((CORPUS / "articles").glob("*.json"))
    ]
    articles.append({"id": "seed", "text": SEED.read_text("utf-8")})
    rows = [
        {**{k: a.get(k) for k in ("title", "url", "publish_date", "text")}, "id": f"{a['id']}~{i}"}
        for i in range(3)
        for a in articles
    ]
    path = write_jsonl(tmp_path / "in.jsonl", rows)
    db = tmp_path / "t.db"

    killed = kill_midway([path], db, jobs=2, batch_size=4, at=24)
    assert killed["killed"]
    assert 24 <= killed["killed_at"] < len(rows)
    assert killed["problems"] == []  # integrity, foreign keys, orphans, FTS in step
    assert killed["duplicate_records"] == 0
    assert killed["workers_left"] == 0

    rerun = run_ingest([path], db, jobs=2, batch_size=4)
    assert rerun["unchanged"] == killed["killed_at"]
    assert rerun["new"] == len(rows) - killed["killed_at"], rerun["problems"]
    after = database_state(db)
    assert after["counts"]["articles"] == after["counts"]["records"] == len(rows)
    assert after["duplicate_records"] == 0
    assert after["problems"] == []
