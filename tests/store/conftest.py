from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import SAMPLE, corpus_article, write_jsonl


@pytest.fixture()
def sample_jsonl(tmp_path: Path) -> Path:
    """Three corpus articles as a JSON Lines file."""
    return write_jsonl(tmp_path / "sample.jsonl", [corpus_article(n) for n in SAMPLE])
