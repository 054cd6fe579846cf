"""The JSON Schema of the record, exported from the pydantic models (``trialfacts schema``).

``schemas/trial_record.schema.json`` is this function's output; ``tests/record/test_schema.py`` fails when
the file drifts from the models. Regenerate with ``trialfacts schema > schemas/trial_record.schema.json``.
"""

from __future__ import annotations

import json

from extractor.record.models import SCHEMA_VERSION, TrialRecord


def schema() -> dict[str, object]:
    s = TrialRecord.model_json_schema(mode="serialization")
    s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    s["$id"] = f"https://trialfacts.example/schemas/trial_record.v{SCHEMA_VERSION}.schema.json"
    return s


def schema_json() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"
