from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from review_helpers import SEED


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory, nlp: object) -> tuple[Path, str]:
    """A database holding the seed article's record (ingested once); tests copy it."""
    from extractor.review.decisions import ingest_for_review
    from extractor.store import open_store

    path = tmp_path_factory.mktemp("review") / "seed.db"
    with open_store(path) as store:
        ids = ingest_for_review(SEED, store)
    return path, ids[0]


@pytest.fixture()
def db(seed_db: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    """A fresh copy of the seed database for one test."""
    path, article_id = seed_db
    copy = tmp_path / "trials.db"
    shutil.copy(path, copy)
    return copy, article_id
