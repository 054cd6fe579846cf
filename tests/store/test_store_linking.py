"""Which records report the same trial, and the cross-source checks (pure functions)."""

from __future__ import annotations

from typing import Any

from extractor.store.linking import (
    SourceFacts,
    disagreements,
    normalize_name,
    record_keys,
    used_as_study_name,
)


def record(
    ident: str, text: str, name: str | None, registry: list[str] | None = None
) -> dict[str, Any]:
    return {
        "is_trial_report": True,
        "source": {"id": ident, "text": text},
        "trial": {"name": name, "registry_ids": registry or []},
    }


def facts(ident: str, **kw: Any) -> SourceFacts:
    base: dict[str, Any] = {
        "total_n": None,
        "follow_up_value": None,
        "follow_up_unit": None,
        "follow_up_statistic": None,
        "finding": None,
    }
    return SourceFacts(article_id=ident, **{**base, **kw})


def test_names_normalize() -> None:
    assert normalize_name("ECOG-ACRIN  E2018") == "ecog acrin e2018"
    assert normalize_name("FAME 2") == normalize_name("fame-2")


def test_a_name_links_only_when_the_text_calls_it_a_study() -> None:
    assert used_as_study_name("SPRINT", "Results of the SPRINT trial were released.")
    assert used_as_study_name("SCOT-HEART", "In the SCOT-HEART study, ...")
    assert used_as_study_name("E2018", "a randomized trial known as E2018, the results")
    assert not used_as_study_name("PD-1", "Drugs that block PD-1 shrink tumours.")
    assert not used_as_study_name("PD-1", "PD-1 inhibitors were tested in a trial of 300.")


def test_record_keys() -> None:
    text = "The SPRINT trial enrolled 9,361 adults."
    assert record_keys(record("a", text, "SPRINT", ["nct01206062"])) == [
        "name:sprint",
        "reg:NCT01206062",
    ]
    assert record_keys(record("b", "Blocking PCSK9 lowers LDL.", "PCSK9")) == ["article:b"]
    assert record_keys({"is_trial_report": False, "source": {"id": "c", "text": ""}}) == []


def test_sources_that_agree_raise_nothing() -> None:
    same = [
        facts("a", total_n=256, follow_up_value=53, follow_up_unit="months", finding="benefit"),
        facts("b", total_n=256, follow_up_value=1612, follow_up_unit="days", finding="benefit"),
        facts("c"),
    ]
    assert disagreements(same) == []
    assert disagreements(same[:1]) == []


def test_sources_that_disagree() -> None:
    found = disagreements(
        [
            facts("a", total_n=256, follow_up_value=53, follow_up_unit="months", finding="benefit"),
            facts("b", total_n=250, follow_up_value=5, follow_up_unit="years", finding="harm"),
            facts("c", total_n=256),
        ]
    )
    by_id = {d.check_id: d for d in found}
    assert sorted(by_id) == ["SRC001", "SRC002", "SRC003"]
    assert by_id["SRC001"].values == [
        {"value": 256, "articles": ["a", "c"]},
        {"value": 250, "articles": ["b"]},
    ]
    assert by_id["SRC001"].field == "trial.enrollment.total"
    assert "256 in a, c; 250 in b" in by_id["SRC001"].message
    assert by_id["SRC002"].values[0]["value"] == "53 months"
    assert all(d.severity == "warning" for d in found)
