"""Ingest into SQLite: idempotent, replaces changed articles and old extractor versions, skips bad lines,
links articles about one trial and records where they disagree; queries, search and export."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from store_helpers import COLUMNS, SAMPLE, corpus_article, seed_article, write_jsonl

import extractor.api
import extractor.store.ingestion
from extractor.record.models import TrialRecord
from extractor.store import RecordToStore, StoreError, TrialFilter, ingest, open_store
from extractor.store.sqlite import TABLES, SQLiteStore


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}
    finally:
        conn.close()


def test_reingesting_the_same_input_adds_nothing(
    sample_jsonl: Path, tmp_path: Path, nlp: Any
) -> None:
    db = tmp_path / "t.db"
    first = ingest([sample_jsonl], db)
    assert (first.read, first.new, first.updated, first.unchanged, first.failed) == (3, 3, 0, 0, 0)
    before = snapshot(db)
    again = ingest([sample_jsonl], db)
    assert (again.read, again.new, again.updated, again.unchanged) == (3, 0, 0, 3)
    assert again.words == 0  # nothing was extracted
    assert snapshot(db) == before
    with open_store(db) as store:
        assert store.counts()["articles"] == store.counts()["records"] == 3
        assert store.integrity_problems() == []


def test_a_changed_article_replaces_its_record(tmp_path: Path, nlp: Any) -> None:
    db = tmp_path / "t.db"
    ingest([write_jsonl(tmp_path / "v1.jsonl", [seed_article("seed")])], db)
    changed = seed_article("seed", **{"Northwestern": "Zanzibar", "median of 53": "median of 60"})
    summary = ingest([write_jsonl(tmp_path / "v2.jsonl", [changed])], db)
    assert (summary.new, summary.updated, summary.unchanged) == (0, 1, 0)
    with SQLiteStore(str(db)) as store:
        assert store.counts()["articles"] == store.counts()["records"] == 1
        row = store.conn.execute(
            "SELECT r.follow_up_value, a.sha256 = r.sha256 FROM records r JOIN articles a "
            "ON a.id = r.article_id"
        ).fetchone()
        assert tuple(row) == (60.0, 1)
        assert [r["article_id"] for r in store.search("Zanzibar")] == ["seed"]
        assert store.search("Northwestern") == []
        assert store.integrity_problems() == []


def test_a_new_extractor_version_replaces_the_record(
    sample_jsonl: Path, tmp_path: Path, nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "t.db"
    ingest([sample_jsonl], db)
    monkeypatch.setattr(extractor.api, "extractor_version", lambda: "99.0.0")
    monkeypatch.setattr(extractor.store.ingestion, "extractor_version", lambda: "99.0.0")
    summary = ingest([sample_jsonl], db)
    assert (summary.new, summary.updated, summary.unchanged) == (0, 3, 0)
    assert ingest([sample_jsonl], db).unchanged == 3
    with SQLiteStore(str(db)) as store:
        versions = [r[0] for r in store.conn.execute("SELECT extractor_version FROM records")]
        assert versions == ["99.0.0"] * 3
        assert store.integrity_problems() == []


def test_bad_lines_are_reported_with_their_number_and_skipped(tmp_path: Path, nlp: Any) -> None:
    rows = [corpus_article(n) for n in SAMPLE]
    path = write_jsonl(tmp_path / "bad.jsonl", rows, {1: "{not json", 3: '{"id": "no-text"}'})
    seen: list[str] = []
    summary = ingest(
        [path],
        tmp_path / "t.db",
        observer=extractor.store.ingestion.Observer(on_problem=seen.append),
    )
    assert (summary.read, summary.new, summary.failed) == (5, 3, 2)
    assert seen == summary.problems
    assert seen[0].startswith(f"{path}:2: not JSON")
    assert seen[1] == f"{path}:4: no 'text' field"


def test_the_same_id_with_two_texts_in_one_run_keeps_the_first(tmp_path: Path, nlp: Any) -> None:
    rows = [seed_article("s"), seed_article("s", Northwestern="Zanzibar"), seed_article("s")]
    summary = ingest([write_jsonl(tmp_path / "dup.jsonl", rows)], tmp_path / "t.db")
    assert (summary.new, summary.unchanged, summary.failed) == (1, 1, 1)
    assert "id 's' was already read with another text" in summary.problems[0]


def test_two_articles_about_one_trial_link_and_their_disagreement_is_stored(
    tmp_path: Path, nlp: Any
) -> None:
    rows = [
        seed_article("e2018-a"),
        seed_article("e2018-b", **{"median of 53 months": "median of 60 months"}),
        corpus_article(SAMPLE[0]),
    ]
    db = tmp_path / "t.db"
    ingest([write_jsonl(tmp_path / "pair.jsonl", rows)], db)
    with open_store(db) as store:
        detail = store.trial("E2018")
        assert detail["trial"]["name"] == "ECOG-ACRIN E2018"
        assert detail["trial"]["articles"] == 2
        assert [s["article_id"] for s in detail["sources"]] == ["e2018-a", "e2018-b"]
        assert [d["id"] for d in detail["disagreements"]] == ["SRC002"]
        assert (
            "53 months (median) in e2018-a; 60 months (median) in e2018-b"
            in (detail["disagreements"][0]["message"])
        )
        assert store.trial("ecog-acrin e2018")["trial"]["id"] == detail["trial"]["id"]
        assert store.trial("e2018-b")["trial"]["id"] == detail["trial"]["id"]  # by article id
        failing = store.trials(TrialFilter(failing=True))
        assert [t["id"] for t in failing] == [detail["trial"]["id"]]
        assert store.counts()["trials"] == 2


def _seed_record(nlp: Any, ident: str, **trial: Any) -> RecordToStore:
    record = extractor.api.extract_text(
        (seed_article(ident)["text"]), id=ident, nlp=nlp
    ).model_dump(mode="json")
    record["trial"].update(trial)
    return RecordToStore(record=record, record_json=json.dumps(record))


def test_registry_ids_and_names_link_transitively(tmp_path: Path, nlp: Any) -> None:
    with open_store(tmp_path / "t.db") as store:
        store.write([_seed_record(nlp, "a", registry_ids=[])])  # by name
        store.write([_seed_record(nlp, "b", name=None, registry_ids=["NCT01242800"])])
        assert store.counts()["trials"] == 2
        # one article gives both the name and the registry id: the two trials are one
        store.write([_seed_record(nlp, "c", registry_ids=["nct01242800"])])
        assert store.counts()["trials"] == 1
        detail = store.trial("NCT01242800")
        assert detail["trial"]["registry_ids"] == ["NCT01242800"]
        assert detail["trial"]["articles"] == 3
        store.write([_seed_record(nlp, "d", enrollment={"total": 250}, finding="benefit")])
        found = {d["id"]: d for d in store.trial("E2018")["disagreements"]}
        assert sorted(found) == ["SRC001", "SRC003"]
        assert found["SRC001"]["values"] == [
            {"value": 256, "articles": ["a", "b", "c"]},
            {"value": 250, "articles": ["d"]},
        ]
        assert store.integrity_problems() == []


def test_an_ambiguous_or_unknown_trial_is_one_clear_error(tmp_path: Path, nlp: Any) -> None:
    with open_store(tmp_path / "t.db") as store:
        store.write([_seed_record(nlp, "a", name="ALPHA-1", registry_ids=["NCT00000001"])])
        store.write([_seed_record(nlp, "b", name="ALPHA-2", registry_ids=["NCT00000002"])])
        with pytest.raises(StoreError, match=r"'ALPHA' matches 2 trials: #1 ALPHA-1, #2 ALPHA-2"):
            store.trial("ALPHA")
        with pytest.raises(StoreError, match="no trial matches 'BETA'"):
            store.trial("BETA")
        assert store.trial("#2")["trial"]["name"] == "ALPHA-2"


def test_full_text_search(sample_jsonl: Path, tmp_path: Path, nlp: Any) -> None:
    db = tmp_path / "t.db"
    ingest([sample_jsonl], db)
    with open_store(db) as store:
        hits = store.search("encephaloduroarteriosynangiosis")
        assert [h["article_id"] for h in hits] == ["news_reviews_00020"]
        assert "[" in hits[0]["snippet"]
        assert store.search('"stroke recurrence"')[0]["article_id"] == "news_reviews_00020"
        trials = store.trials(TrialFilter(search="encephaloduroarteriosynangiosis"))
        assert len(trials) == 1
        with pytest.raises(StoreError, match="bad search query"):
            store.search('"unclosed')


def test_review_decisions(sample_jsonl: Path, tmp_path: Path, nlp: Any) -> None:
    db = tmp_path / "t.db"
    ingest([sample_jsonl], db)
    with open_store(db) as store:
        rid = store.add_review(
            "news_reviews_00020", "trial.enrollment.total", "edit", "ana", 52, 53, "typo"
        )
        assert rid == 1
        with pytest.raises(StoreError, match="accept, reject or edit"):
            store.add_review("news_reviews_00020", "trial.name", "maybe", "ana")  # type: ignore[arg-type]
        with pytest.raises(StoreError, match="no record of article"):
            store.add_review("nope", "trial.name", "accept", "ana")


def test_export_csv_and_jsonl(sample_jsonl: Path, tmp_path: Path, nlp: Any) -> None:
    db = tmp_path / "t.db"
    ingest([sample_jsonl], db)
    with open_store(db) as store:
        counts = store.counts()
        csv_files = store.export(tmp_path / "csv", "csv")
        jsonl_files = store.export(tmp_path / "jsonl", "jsonl")
    assert [p.name for p in csv_files] == [f"{t}.csv" for t in TABLES]
    assert [p.name for p in jsonl_files] == [f"{t}.jsonl" for t in TABLES]
    for path in csv_files:
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        assert rows[0] == COLUMNS[path.stem]
        assert len(rows) - 1 == counts[path.stem]
    for path in jsonl_files:
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        assert len(rows) == counts[path.stem]
        assert all(list(r) == COLUMNS[path.stem] for r in rows)
    records = [
        json.loads(x) for x in (tmp_path / "jsonl" / "records.jsonl").read_text().splitlines()
    ]
    for row in records:
        assert isinstance(row["is_trial_report"], bool)
        assert TrialRecord.model_validate(row["record_json"]).source.id == row["article_id"]
    checks = [json.loads(x) for x in (tmp_path / "jsonl" / "checks.jsonl").read_text().splitlines()]
    assert all(isinstance(c["paths"], list) for c in checks)


def test_the_database_is_a_plain_sqlite_file(sample_jsonl: Path, tmp_path: Path, nlp: Any) -> None:
    """What datasette needs: ordinary tables any SQLite client can open and read."""
    db = tmp_path / "t.db"
    ingest([sample_jsonl], db)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(TABLES) <= tables
    for table in TABLES:
        conn.execute(f"SELECT * FROM {table}").fetchall()
    hits = conn.execute(
        "SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
        "WHERE articles_fts MATCH 'stroke'"
    ).fetchall()
    assert ("news_reviews_00020",) in hits
    # datasette's own FTS detection must not pick the index up (it would join on rowid, not seq)
    detected = conn.execute(
        "SELECT name FROM sqlite_master WHERE rootpage = 0 AND ("
        "sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"articles\"%' "
        "OR sql LIKE '%VIRTUAL TABLE%USING FTS%content=[articles]%' "
        "OR (tbl_name = 'articles' AND sql LIKE '%VIRTUAL TABLE%USING FTS%'))"
    ).fetchall()
    assert detected == []
    conn.close()


def test_worker_processes_give_the_same_records(
    sample_jsonl: Path, tmp_path: Path, nlp: Any
) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    ingest([sample_jsonl], one, jobs=1)
    summary = ingest([sample_jsonl], two, jobs=2, batch_size=1)
    assert (summary.new, summary.failed) == (3, 0)
    assert 1 <= len(summary.worker_peak_rss_mb) <= 2
    assert all(mb < 1024 for mb in summary.worker_peak_rss_mb.values())
    query = "SELECT article_id, record_json FROM records ORDER BY article_id"
    a, b = sqlite3.connect(one), sqlite3.connect(two)
    assert a.execute(query).fetchall() == b.execute(query).fetchall()
    a.close()
    b.close()


def test_one_job_extracts_in_a_worker_when_the_input_is_large(
    sample_jsonl: Path, tmp_path: Path, nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    here, worker = tmp_path / "here.db", tmp_path / "worker.db"
    small = ingest([sample_jsonl], here, jobs=1)
    assert set(small.worker_peak_rss_mb) == {os.getpid()}  # under WORKER_FROM_BYTES: extracted here
    monkeypatch.setattr(extractor.store.ingestion, "WORKER_FROM_BYTES", 1)
    summary = ingest([sample_jsonl], worker, jobs=1, batch_size=2)
    assert (summary.new, summary.failed, summary.jobs) == (3, 0, 1)
    assert len(summary.worker_peak_rss_mb) == 1
    assert os.getpid() not in summary.worker_peak_rss_mb
    query = "SELECT article_id, record_json FROM records ORDER BY article_id"
    a, b = sqlite3.connect(here), sqlite3.connect(worker)
    assert a.execute(query).fetchall() == b.execute(query).fetchall()
    a.close()
    b.close()
    assert ingest([sample_jsonl], worker, jobs=1).unchanged == 3  # a rerun starts no extraction


def test_input_bytes_counts_files_not_standard_input(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("x" * 1000)
    assert extractor.store.ingestion._input_bytes([path, "-"]) == 1000


def test_the_writer_finishes_what_a_worker_built_as_extraction_would(
    sample_jsonl: Path, nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extractor.api import extract_path, source_of
    from extractor.ingest.readers import iter_path

    items = [(source_of(d), "line") for d in iter_path(sample_jsonl)]
    chunk = extractor.store.ingestion._extract_chunk(items, nlp, 64, finish=False)
    assert chunk.records == [] and len(chunk.built) == 3
    assert all(r.checks == [] and r.summary == "" for r, _, _ in chunk.built)
    extractor.store.ingestion._finish(chunk)
    expected = [r.model_dump_json() for r in extract_path(sample_jsonl, nlp)]
    assert [j for j, _, _ in chunk.records] == expected
    assert chunk.built == [] and chunk.failures == []

    # a record whose checks fail is reported and left out; the others are finished one by one
    bad = items[1][0].id
    finish_many = extractor.api.finish_many

    def failing(records: list[TrialRecord]) -> list[TrialRecord]:
        if any(r.source.id == bad for r in records):
            raise RuntimeError("boom")
        return finish_many(records)

    monkeypatch.setattr(extractor.api, "finish_many", failing)
    chunk = extractor.store.ingestion._extract_chunk(items, nlp, 64, finish=False)
    extractor.store.ingestion._finish(chunk)
    assert [j for j, _, _ in chunk.records] == [expected[0], expected[2]]
    assert chunk.failures == ["line: extraction failed (RuntimeError: boom)"]


def test_a_worker_without_a_pipeline_fails_its_tasks_not_the_pool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import extractor.pipeline
    from extractor.errors import ModelError

    def broken(use_model: bool = False) -> Any:
        raise ModelError("the model's weights do not match their recorded sha256")

    monkeypatch.setattr(extractor.pipeline, "make_nlp", broken)
    monkeypatch.setattr(extractor.store.ingestion, "_worker_error", None)
    extractor.store.ingestion._init_worker(True)  # does not raise: the pool would only respawn it
    with pytest.raises(ModelError, match="sha256"):
        extractor.store.ingestion._worker_ready()
    with pytest.raises(ModelError, match="sha256"):
        extractor.store.ingestion._worker_chunk(([], 64, True))
