"""One shared test runs every check's cases (tests/checks/cases/<CODE>.yml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.checks import CATALOGUE, run_checks
from extractor.record.models import Evidence, Source, Trial, TrialRecord

CASES_DIR = Path(__file__).parent / "cases"


def record_for(case: dict[str, Any]) -> TrialRecord:
    """A record from a case: ``trial``, ``published``, and for checks that read the article, ``text``,
    ``title``, ``url`` and ``evidence`` (record path -> quoted words, located in ``text``)."""
    text = case.get("text", "")
    evidence: dict[str, list[Evidence]] = {}
    for path, quotes in (case.get("evidence") or {}).items():
        spans = []
        for quote in quotes:
            start = text.find(quote)
            assert start >= 0, f"evidence {quote!r} for {path} is not in the case's text"
            spans.append(Evidence(start=start, end=start + len(quote), text=quote))
        evidence[path] = spans
    return TrialRecord(
        source=Source(
            id="case",
            sha256="0" * 64,
            text=text,
            published=case.get("published"),
            title=case.get("title"),
            url=case.get("url"),
        ),
        is_trial_report=True,
        trial=Trial.model_validate(case.get("trial") or {}),
        evidence=evidence,
    )


def all_cases() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(CASES_DIR.glob("*.yml")):
        for case in yaml.safe_load(path.read_text("utf-8")):
            out.append((path.stem, case))
    return out


@pytest.mark.parametrize(
    ("code", "case"), all_cases(), ids=[f"{c}-{k['name']}" for c, k in all_cases()]
)
def test_case(code: str, case: dict[str, Any]) -> None:
    result = CATALOGUE[code].run(record_for(case))
    assert result.status == case["expect"], result.message


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_check_is_documented_and_has_cases(code: str) -> None:
    check = CATALOGUE[code]
    assert check.name and check.severity in ("error", "warning", "info")
    assert "Fails:" in check.doc and "Passes:" in check.doc, (
        f"{code}'s docstring needs a failing and a passing example"
    )
    statuses = {case["expect"] for c, case in all_cases() if c == code}
    assert "pass" in statuses and statuses & {"fail", "warn"} and "skip" in statuses


def test_case_files_name_real_checks() -> None:
    assert {p.stem for p in CASES_DIR.glob("*.yml")} <= set(CATALOGUE)


def test_no_checks_for_non_trials() -> None:
    record = TrialRecord(source=Source(id="x", sha256="0", text=""), is_trial_report=False)
    assert run_checks(record) == []


numbers = st.one_of(st.none(), st.integers(min_value=0, max_value=10**6))


@settings(max_examples=150, deadline=None)
@given(
    randomized=numbers,
    enrolled=numbers,
    n1=numbers,
    n2=numbers,
    rec=numbers,
    start=st.one_of(st.none(), st.integers(1900, 2100)),
    end=st.one_of(st.none(), st.integers(1900, 2100)),
    p=st.one_of(st.none(), st.floats(allow_nan=True)),
    fu=st.one_of(st.none(), st.floats(min_value=0, max_value=1e6)),
)
def test_checks_never_raise(randomized, enrolled, n1, n2, rec, start, end, p, fu) -> None:
    trial = {
        "enrollment": {
            "randomized": randomized,
            "enrolled": enrolled,
            "randomized_subset": True,
            "period": {"start": start, "end": end},
        },
        "arms": [
            {"label": "a", "n": n1, "n_received": rec},
            {"label": "b", "n": n2, "n_crossed_over": rec},
        ],
        "outcomes": [
            {
                "name": "x",
                "direction": "no_difference",
                "p_value": p,
                "arm_results": [{"arm": "a", "events": rec}],
            }
        ],
        "follow_up": {"value": fu, "unit": "years"} if fu is not None else None,
    }
    record = record_for({"trial": trial, "published": "2020-01-01"})
    results = run_checks(record)
    assert len(results) == len(CATALOGUE)
    assert all(r.status in ("pass", "fail", "warn", "skip") for r in results)
