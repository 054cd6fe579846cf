"""End-to-end golden tests: the seed's record field by field, and evidence across the whole corpus."""

from __future__ import annotations

import json
import re

import pytest

from extractor.evaluate import text_match
from tests.conftest import CORPUS

SEED_GOLD = json.loads((CORPUS / "gold" / "000_3561bdc1841b2c94.json").read_text("utf-8"))


def words(label: str) -> set[str]:
    return set(re.findall(r"\w+", label.lower()))


def test_seed_is_a_trial_report(seed_record) -> None:
    assert seed_record.is_trial_report is True


@pytest.mark.parametrize(
    "field",
    [
        "name",
        "design",
        "phase",
        "blinding",
        "placebo_controlled",
        "finding",
        "sponsor",
        "registry_ids",
    ],
)
def test_seed_scalar_fields(seed_record, field: str) -> None:
    assert getattr(seed_record.trial, field) == SEED_GOLD["trial"][field]


def test_seed_venue_and_condition(seed_record) -> None:
    assert text_match(SEED_GOLD["trial"]["venue"], seed_record.trial.venue)
    assert text_match(SEED_GOLD["trial"]["condition"], seed_record.trial.condition)


def test_seed_enrollment(seed_record) -> None:
    e = seed_record.trial.enrollment
    g = SEED_GOLD["trial"]["enrollment"]
    assert (e.total, e.enrolled, e.randomized, e.analyzed) == (
        g["total"],
        g["enrolled"],
        g["randomized"],
        g["analyzed"],
    )
    assert (e.period.start, e.period.end) == (g["period"]["start"], g["period"]["end"])


def test_seed_arms(seed_record) -> None:
    got = seed_record.trial.arms
    gold = SEED_GOLD["trial"]["arms"]
    assert len(got) == len(gold)
    for g, a in zip(gold, got, strict=True):
        assert words(a.label) <= words(g["label"]), (a.label, g["label"])
        assert (a.n, a.n_received, a.n_crossed_over) == (
            g["n"],
            g["n_received"],
            g["n_crossed_over"],
        )


def test_seed_follow_up(seed_record) -> None:
    fu = seed_record.trial.follow_up
    assert fu.model_dump() == SEED_GOLD["trial"]["follow_up"]


def test_seed_outcomes(seed_record) -> None:
    got = {o.name: o for o in seed_record.trial.outcomes}
    for g in SEED_GOLD["trial"]["outcomes"]:
        o = got[g["name"]]
        assert o.direction == g["direction"]
        results = [(r.value, r.unit, r.events) for r in o.arm_results]
        expected = [(r.get("value"), r.get("unit"), r.get("events")) for r in g["arm_results"]]
        assert results == expected


def test_seed_investigator(seed_record) -> None:
    inv = seed_record.trial.investigators
    assert [(i.name, i.affiliation) for i in inv] == [
        (g["name"], g["affiliation"]) for g in SEED_GOLD["trial"]["investigators"]
    ]


def test_seed_conclusion_quoted(seed_record) -> None:
    for g in SEED_GOLD["trial"]["conclusions"]:
        assert any(
            c.speaker == g["speaker"] and c.text.startswith(g["starts_with"])
            for c in seed_record.trial.conclusions
        )


def test_seed_checks(seed_record) -> None:
    statuses = {c.id: c.status for c in seed_record.checks}
    for code, status in SEED_GOLD["checks"].items():
        assert statuses[code] == status, code
    assert not [c for c in seed_record.checks if c.status == "fail"]


def test_seed_summary_only_states_record_facts(seed_record) -> None:
    s = seed_record.summary
    for fact in (
        "ECOG-ACRIN E2018",
        "256",
        "125",
        "131",
        "53 months",
        "no difference in overall survival",
    ):
        assert fact in s
    numbers = set(re.findall(r"\d+", s))
    facts = seed_record.model_dump(exclude={"source", "summary", "evidence"})
    record_numbers = set(re.findall(r"\d+", json.dumps(facts)))
    counts = {str(n) for n in range(len(seed_record.checks) + 1)}
    assert numbers <= record_numbers | counts


def test_seed_source_metadata(seed_record) -> None:
    assert seed_record.source.published == "2020-06-08"
    assert seed_record.source.url == SEED_GOLD["url"]


def test_evidence_offsets_across_corpus(corpus_records) -> None:
    spans = 0
    for record in corpus_records.values():
        text = record.source.text
        for path, items in record.evidence.items():
            for e in items:
                assert text[e.start : e.end] == e.text, (record.source.id, path)
                # quoted words, not the spaces around them
                assert e.text == e.text.strip(), (record.source.id, path, e.text)
                spans += 1
        for item in record.checklist:
            for e in item.evidence:
                assert text[e.start : e.end] == e.text and e.text == e.text.strip(), (
                    record.source.id,
                    item.id,
                )
    assert spans > 200


def test_every_value_has_evidence(corpus_records) -> None:
    """Each stated scalar of the trial is backed by at least one span."""
    for record in corpus_records.values():
        t = record.trial
        if t is None:
            continue
        for field in (
            "name",
            "design",
            "phase",
            "blinding",
            "venue",
            "sponsor",
            "condition",
            "finding",
        ):
            if getattr(t, field) is not None:
                assert f"trial.{field}" in record.evidence, (record.source.id, field)
        for i, a in enumerate(t.arms):
            assert f"trial.arms[{i}].label" in record.evidence
            if a.n is not None:
                assert f"trial.arms[{i}].n" in record.evidence
        if t.enrollment.total is not None:
            assert "trial.enrollment.total" in record.evidence


def test_corpus_records_validate_and_round_trip(corpus_records) -> None:
    from extractor.record.models import TrialRecord

    for record in corpus_records.values():
        assert TrialRecord.model_validate_json(record.model_dump_json()) == record
