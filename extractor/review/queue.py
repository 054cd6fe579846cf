"""The review queue: the records of a database that still have unreviewed facts, worst first.

Order: failing checks of severity error first, then any failing checks, then warnings, then the
number of unreviewed facts (most first); ties by article id. Counts are taken from the records as
reviewed (decisions applied), so a corrected value that makes a check pass moves its record down.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractor.record.models import TrialRecord
from extractor.review.decisions import (
    Decision,
    apply_decisions,
    fact_paths,
    latest,
    load_decisions,
)
from extractor.store.base import Store, StoreError


@dataclass(frozen=True)
class QueueItem:
    article_id: str
    title: str | None
    errors_failing: int  # checks failing with severity error
    failing: int  # checks failing (any severity)
    warnings: int  # checks warning
    unreviewed: int  # facts without an applicable decision
    facts: int

    def sort_key(self) -> tuple[int, int, int, int, str]:
        return (
            -self.errors_failing,
            -self.failing,
            -self.warnings,
            -self.unreviewed,
            self.article_id,
        )


def queue_item(record: TrialRecord, decisions: list[Decision]) -> QueueItem:
    facts = fact_paths(record)
    decided = latest(decisions, record)
    reviewed = apply_decisions(record, decisions)
    return QueueItem(
        article_id=record.source.id,
        title=record.source.title,
        errors_failing=sum(c.status == "fail" and c.severity == "error" for c in reviewed.checks),
        failing=sum(c.status == "fail" for c in reviewed.checks),
        warnings=sum(c.status == "warn" for c in reviewed.checks),
        unreviewed=sum(p not in decided for p in facts),
        facts=len(facts),
    )


def review_queue(store: Store, include_done: bool = False) -> list[QueueItem]:
    """The trial-report records of ``store`` with unreviewed facts (all with ``include_done``), in
    review order."""
    conn = getattr(store, "conn", None)
    if conn is None:
        raise StoreError(f"{store.url}: the review queue needs a SQLite database")
    items = []
    rows = conn.execute(
        "SELECT article_id, record_json FROM records WHERE is_trial_report = 1 ORDER BY article_id"
    )
    for article_id, record_json in rows.fetchall():
        record = TrialRecord.model_validate_json(record_json)
        item = queue_item(record, load_decisions(store, article_id))
        if item.facts and (include_done or item.unreviewed):
            items.append(item)
    return sorted(items, key=QueueItem.sort_key)
