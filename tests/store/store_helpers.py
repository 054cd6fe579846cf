"""Small inputs for the database tests: a few corpus articles, and the seed story with edits."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
SEED = CORPUS / "articles" / "000_3561bdc1841b2c94.txt"

#: Every table's columns, in order (pinned: a change needs a migration and docs/database.md).
COLUMNS = {
    "articles": [
        "id", "title", "url", "published", "sha256", "text", "words", "origin", "first_seen",
        "updated_at", "seq",
    ],
    "trials": [
        "id", "name", "registry_ids", "design", "phase", "condition", "total_n", "finding",
        "articles", "first_published", "last_published", "checks_failed", "disagreements",
        "updated_at",
    ],
    "records": [
        "id", "article_id", "extractor_version", "schema_version", "sha256", "is_trial_report",
        "trial_id", "trial_name", "design", "phase", "condition", "total_n", "follow_up_value",
        "follow_up_unit", "follow_up_statistic", "finding", "checks_failed", "checks_warned",
        "summary", "record_json", "created_at",
    ],
    "trial_keys": ["record_id", "key"],
    "arms": [
        "record_id", "idx", "label", "intervention", "n", "n_received", "n_crossed_over",
        "n_reported",
    ],
    "outcomes": [
        "record_id", "idx", "name", "role", "effect_type", "effect_value", "effect_ci_low",
        "effect_ci_high", "effect_p", "p_value", "direction",
    ],
    "arm_results": ["record_id", "outcome_idx", "idx", "arm", "value", "unit", "events"],
    "checks": [
        "record_id", "idx", "check_id", "name", "status", "severity", "message", "paths",
    ],
    "evidence": ["record_id", "path", "idx", "char_start", "char_end", "text"],
    "disagreements": [
        "id", "trial_id", "check_id", "name", "severity", "field", "message", "values_json",
    ],
    "review_decisions": [
        "id", "article_id", "sha256", "extractor_version", "path", "action", "old_value",
        "new_value", "reviewer", "decided_at", "note",
    ],
}  # fmt: skip

#: A few corpus articles (FakeHealth JSON objects with ids).
SAMPLE = ("news_reviews_00020.json", "news_reviews_00037.json", "news_reviews_00055.json")


def corpus_article(name: str) -> dict[str, Any]:
    obj: dict[str, Any] = json.loads((CORPUS / "articles" / name).read_text("utf-8"))
    return {k: obj[k] for k in ("id", "title", "url", "publish_date", "text") if k in obj}


def seed_article(ident: str, **replace: str) -> dict[str, Any]:
    """The seed story (ECOG-ACRIN E2018) as a JSON object, with phrases replaced (old=new)."""
    text = SEED.read_text("utf-8")
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new)
    return {"id": ident, "text": text}


def write_jsonl(
    path: Path, rows: list[dict[str, Any]], bad_lines: dict[int, str] | None = None
) -> Path:
    """Rows as JSON Lines; ``bad_lines`` maps a 0-based line position to raw text put there."""
    lines = [json.dumps(r) for r in rows]
    for at, line in sorted((bad_lines or {}).items()):
        lines.insert(at, line)
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path
