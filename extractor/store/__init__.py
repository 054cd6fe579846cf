"""The trial-results database: articles, their records and the trials they report, in SQLite.

>>> from extractor.store import ingest, open_store  # doctest: +SKIP
>>> summary = ingest(["articles.jsonl"], "trials.db", jobs=2)  # doctest: +SKIP
>>> with open_store("trials.db") as store:  # doctest: +SKIP
...     store.trial("E2018")["disagreements"]

The tables are documented in ``docs/database.md``.
"""

from extractor.store.base import (
    RecordToStore,
    Store,
    StoredVersion,
    StoreError,
    TrialFilter,
    open_store,
)
from extractor.store.ingestion import IngestSummary, Observer, ingest

__all__ = [
    "IngestSummary",
    "Observer",
    "RecordToStore",
    "Store",
    "StoreError",
    "StoredVersion",
    "TrialFilter",
    "ingest",
    "open_store",
]
