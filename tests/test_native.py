"""The compiled pre-filter (setup.py, extractor/patterns/_native.py): taken only when built from this scan.py,
and the same records as scan.py run from source.

The compiled module's own correctness is what tests/test_scan.py checks (every pattern's matches against
the regex's, on the corpus and on random text): those tests run whichever build ``_native`` chose, the
compiled one after ``pip install -e .`` with a C compiler at hand (``.ci/run`` insists on it).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import extractor.patterns  # noqa: F401 - chooses the build
from extractor.api import extract_text
from extractor.patterns import _native, scan

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _stamp(path: Path, source: Path, compiler: str = "mypyc 9.9") -> Path:
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    path.write_text(json.dumps({"source": source.name, "sha256": digest, "compiler": compiler}))
    return path


def test_a_stamp_of_this_very_source_names_its_compiler(tmp_path: Path) -> None:
    source = tmp_path / "scan.py"
    source.write_text("X = 1\n")
    stamp = _stamp(tmp_path / "scan.native.json", source)
    assert _native.fresh_stamp(source, stamp) == "mypyc 9.9"


def test_a_stamp_of_an_older_source_is_stale(tmp_path: Path) -> None:
    source = tmp_path / "scan.py"
    source.write_text("X = 1\n")
    stamp = _stamp(tmp_path / "scan.native.json", source)
    source.write_text("X = 2\n")  # edited after the build
    assert _native.fresh_stamp(source, stamp) is None


def test_no_stamp_or_a_broken_one_is_no_build(tmp_path: Path) -> None:
    source = tmp_path / "scan.py"
    source.write_text("X = 1\n")
    assert _native.fresh_stamp(source, tmp_path / "missing.json") is None
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert _native.fresh_stamp(source, broken) is None
    listed = tmp_path / "list.json"
    listed.write_text("[1, 2]")
    assert _native.fresh_stamp(source, listed) is None


def test_the_running_build_is_the_compiled_one_exactly_when_a_fresh_stamp_says_so() -> None:
    fresh = _native.fresh_stamp() is not None and not os.environ.get(_native.PURE_ENV)
    compiled = not (scan.__file__ or "").endswith(".py")
    assert compiled == fresh
    assert _native.build.startswith("mypyc") == fresh
    # every way of importing it gives the one module
    import extractor.patterns.scan as by_name
    from extractor.patterns.scan import WordIndex

    assert by_name is scan
    assert WordIndex is scan.WordIndex


def _records(env: dict[str, str], paths: list[Path]) -> list[dict]:
    code = (
        "import json, sys\n"
        "import extractor.patterns._native as n\n"
        "from extractor.api import extract_text\n"
        "import extractor.patterns\n"
        "print(json.dumps([n.build, extractor.patterns.scan.__file__]))\n"
        "for p in sys.argv[1:]:\n"
        "    print(extract_text(json.load(open(p, encoding='utf-8'))['text'], id=p).model_dump_json())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    ).stdout.splitlines()
    return [json.loads(line) for line in out]


def test_scan_py_from_source_gives_the_same_records() -> None:
    paths = sorted((CORPUS / "articles").glob("*.json"))[::12]
    env = {**os.environ, _native.PURE_ENV: "1"}
    (build, file), *records = _records(env, paths)
    assert build == f"python ({_native.PURE_ENV} is set)"
    assert file.endswith("scan.py")
    here = [
        json.loads(
            extract_text(json.loads(p.read_text("utf-8"))["text"], id=str(p)).model_dump_json()
        )
        for p in paths
    ]
    assert len(records) == len(paths) >= 6
    assert records == here
