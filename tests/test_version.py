"""The version records are stamped with: the package version and a fingerprint of the extraction."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import extractor
from extractor import extractor_version, fingerprint

PACKAGE = Path(extractor.__file__).parent


def test_record_version_is_the_package_version_and_a_fingerprint() -> None:
    version = extractor_version()
    assert re.fullmatch(re.escape(extractor.__version__) + r"\+[0-9a-f]{12}", version)
    assert version.endswith(fingerprint(PACKAGE))


def test_fingerprint_follows_the_extraction_not_the_front_ends(tmp_path: Path) -> None:
    root = tmp_path / "extractor"
    shutil.copytree(PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__"))
    before = fingerprint(root)
    assert before == fingerprint(PACKAGE)  # paths are read relative to the package
    # the command line, the database and the benchmark make no record: editing them keeps the records
    for front in ("cli.py", "store/sqlite.py", "bench.py"):
        (root / front).write_text((root / front).read_text() + "\n# edited\n")
    assert fingerprint(root) == before
    # nor does how the pre-filter was built (compiled or not: the same records)
    (root / "patterns" / "scan.native.json").write_text('{"sha256": "0", "compiler": "other"}')
    assert fingerprint(root) == before
    # a pattern file, a component or a check does
    for made in ("patterns/arms.jsonl", "components/arms.py", "checks/registry.py"):
        path = root / made
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        assert fingerprint(root) != before, made
        path.write_bytes(original)
    assert fingerprint(root) == before
    # so does a new data file
    (root / "patterns" / "extra.jsonl").write_text("")
    assert fingerprint(root) != before
