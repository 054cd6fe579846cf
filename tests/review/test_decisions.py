"""Record paths, validated edits, and applying review decisions (the audit trail stays as written)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from extractor.record.models import TrialRecord
from extractor.review.decisions import (
    Decision,
    PathError,
    ReviewValueError,
    apply_decisions,
    fact_paths,
    get_value,
    load_decisions,
    parse_input,
    parse_path,
    reviewed_record,
    save_decision,
    set_value,
    stored_record,
    with_value,
)
from extractor.store import open_store


def decision(record: TrialRecord, n: int, path: str, action: str, **kw: Any) -> Decision:
    data = record.model_dump(mode="json")
    fields: dict[str, Any] = {
        "id": n,
        "article_id": record.source.id,
        "sha256": record.source.sha256,
        "extractor_version": "0.1.0",
        "path": path,
        "action": action,
        "old_value": get_value(data, path),
        "new_value": None,
        "reviewer": "ann",
        "decided_at": "2025-01-01T00:00:00Z",
        "note": None,
    }
    fields.update(kw)
    return Decision(**fields)


def test_paths() -> None:
    assert parse_path("trial.arms[0].n") == ["trial", "arms", 0, "n"]
    assert parse_path("trial.outcomes[1].arm_results[0].events") == [
        "trial", "outcomes", 1, "arm_results", 0, "events"
    ]  # fmt: skip
    for bad in ("", "trial..n", "trial.arms[x]", "trial.0arms"):
        with pytest.raises(PathError):
            parse_path(bad)
    data = {"trial": {"arms": [{"n": 1}]}}
    set_value(data, "trial.arms[0].n", 5)
    assert get_value(data, "trial.arms[0].n") == 5
    with pytest.raises(PathError):
        get_value(data, "trial.arms[3].n")
    with pytest.raises(PathError):
        set_value(data, "trial.arms[0].nope", 1)


def test_edits_are_validated_by_the_model(seed_record: TrialRecord) -> None:
    edited = with_value(seed_record, "trial.arms[0].n", 120)
    assert edited.trial is not None and edited.trial.arms[0].n == 120
    assert seed_record.trial is not None and seed_record.trial.arms[0].n == 125  # a copy
    with pytest.raises(ReviewValueError, match="greater than or equal to 0"):
        with_value(seed_record, "trial.arms[0].n", -5)
    assert parse_input(seed_record, "trial.enrollment.total", "260")[0] == 260
    assert parse_input(seed_record, "trial.name", "2020")[0] == "2020"  # words stay words
    assert parse_input(seed_record, "trial.design", "observational")[0] == "observational"
    assert parse_input(seed_record, "trial.enrollment.analyzed", "null")[0] is None
    fu = parse_input(seed_record, "trial.follow_up", '{"value": 4, "unit": "years"}')[0]
    assert fu == {"value": 4.0, "unit": "years", "statistic": None}
    with pytest.raises(ReviewValueError):
        parse_input(seed_record, "trial.design", "a good one")
    with pytest.raises(ReviewValueError):
        parse_input(seed_record, "trial.enrollment.total", "many")
    with pytest.raises(ReviewValueError):
        parse_input(seed_record, "trial.arms[0].label", "null")  # required


def test_fact_paths(seed_record: TrialRecord) -> None:
    facts = fact_paths(seed_record)
    assert len(facts) == len(set(facts))
    assert set(seed_record.evidence) <= set(facts)
    assert "trial.follow_up" in facts and "trial.follow_up.value" not in facts
    assert "trial.outcomes[0].arm_results[0].unit" in facts  # a value without evidence
    assert facts.index("trial.arms[0].n") < facts.index("trial.arms[1].n")


def test_apply_decisions(seed_record: TrialRecord) -> None:
    r = seed_record
    decisions = [
        decision(r, 1, "trial.enrollment.randomized", "edit", new_value=300),
        decision(r, 2, "trial.arms[1].n_crossed_over", "reject"),
        decision(r, 3, "trial.name", "accept", new_value="ECOG-ACRIN E2018"),
        decision(r, 4, "trial.enrollment.randomized", "edit", new_value=256),  # latest wins
        decision(r, 5, "trial.enrollment.total", "edit", new_value=999, old_value=1),  # stale
        decision(r, 6, "trial.enrollment.enrolled", "edit", new_value=7, sha256="other"),
        decision(r, 7, "trial.arms[0].label", "reject"),  # required: the model refuses
        decision(r, 8, "trial.arms[0].n", "edit", new_value=100),
    ]
    out = apply_decisions(r, decisions)
    assert out.trial is not None and r.trial is not None
    assert out.trial.enrollment.randomized == 256
    assert out.trial.arms[1].n_crossed_over is None
    assert "trial.arms[1].n_crossed_over" not in out.evidence
    assert out.trial.enrollment.total == r.trial.enrollment.total
    assert out.trial.enrollment.enrolled == r.trial.enrollment.enrolled
    assert out.trial.arms[0].label == "surgery"
    assert out.trial.arms[0].n == 100
    arm001 = next(c for c in out.checks if c.id == "ARM001")  # checks rerun on reviewed values
    assert arm001.status == "fail" and "100" in arm001.message
    assert apply_decisions(r, []) is r
    assert r.trial.arms[0].n == 125  # the extracted record is not touched


def test_decisions_in_the_database(db: tuple[Path, str]) -> None:
    path, article_id = db
    with open_store(path) as store:
        record = stored_record(store, article_id)
        save_decision(store, record, "trial.enrollment.total", "edit", "ann", 300, "typo")
        save_decision(store, record, "trial.enrollment.total", "accept", "bob", 300)
        save_decision(store, record, "trial.arms[0].n", "reject", "bob")
        decisions = load_decisions(store, article_id)
        reviewed = reviewed_record(store, article_id)
    assert [(d.action, d.old_value, d.new_value, d.reviewer, d.note) for d in decisions] == [
        ("edit", 256, 300, "ann", "typo"),
        ("accept", 256, 300, "bob", None),
        ("reject", 125, None, "bob", None),
    ]
    assert reviewed.trial is not None
    assert reviewed.trial.enrollment.total == 300 and reviewed.trial.arms[0].n is None
    rows = sqlite3.connect(path).execute("SELECT count(*) FROM review_decisions").fetchone()
    assert rows == (3,)  # appended, never overwritten
