from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message=r".*\[W036\]")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "articles" / "000_3561bdc1841b2c94.txt"


@pytest.fixture(scope="session")
def nlp():
    from extractor.pipeline import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def seed_record(nlp):
    from extractor.api import extract_path

    return next(extract_path(SEED, nlp))


@pytest.fixture(scope="session")
def corpus_records(nlp):
    """Every corpus article's record, keyed by id (extracted once a test session)."""
    from extractor.api import extract_path

    out = {}
    for line in (CORPUS / "MANIFEST.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        out[row["id"]] = next(extract_path(CORPUS / row["path"], nlp))
    return out
