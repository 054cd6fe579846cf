from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from extractor.record.models import Evidence, Source, TrialRecord
from extractor.record.schema_export import schema, schema_json
from tests.conftest import ROOT


def test_schema_file_matches_models() -> None:
    on_disk = (ROOT / "schemas" / "trial_record.schema.json").read_text("utf-8")
    assert on_disk == schema_json(), (
        "schemas/trial_record.schema.json drifted from the models: "
        "run `trialfacts schema > schemas/trial_record.schema.json`"
    )


def test_contract_v1_keys_present() -> None:
    props = schema()["properties"]
    for key in (
        "schema_version",
        "source",
        "is_trial_report",
        "trial",
        "evidence",
        "checks",
        "summary",
    ):
        assert key in props
    trial = schema()["$defs"]["Trial"]["properties"]
    for key in (
        "name",
        "registry_ids",
        "design",
        "phase",
        "blinding",
        "placebo_controlled",
        "condition",
        "population",
        "venue",
        "sponsor",
        "investigators",
        "enrollment",
        "arms",
        "follow_up",
        "outcomes",
        "finding",
        "conclusions",
        "other_studies",
    ):
        assert key in trial


def test_not_stated_is_none_not_a_sentinel() -> None:
    src = Source(id="x", sha256="0" * 64, text="t")
    record = TrialRecord(source=src, is_trial_report=False)
    data = json.loads(record.model_dump_json())
    assert data["trial"] is None and data["source"]["published"] is None


def test_enums_and_dates_validated() -> None:
    with pytest.raises(ValidationError):
        Source(id="x", sha256="0", text="t", published="08/06/2020")
    with pytest.raises(ValidationError):
        TrialRecord.model_validate(
            {
                "source": {"id": "x", "sha256": "0", "text": "t"},
                "is_trial_report": True,
                "trial": {"design": "randomised"},
            }
        )


def test_inconsistent_record_is_still_valid() -> None:
    """Cross-field rules are checks, not validators: arms that do not add up still make a record."""
    record = TrialRecord.model_validate(
        {
            "source": {"id": "x", "sha256": "0", "text": "t"},
            "is_trial_report": True,
            "trial": {
                "enrollment": {"randomized": 10},
                "arms": [{"label": "a", "n": 100}, {"label": "b", "n": 100}],
            },
        }
    )
    assert record.trial is not None


def test_evidence_model() -> None:
    assert Evidence(start=0, end=3, text="abc").end == 3
