"""trialfacts: health-news articles about clinical studies -> validated, evidence-linked trial records."""

import hashlib
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

try:
    __version__ = version("trialfacts")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0+source"

#: documents extracted together by default (``nlp.pipe``, the checks, an ingest transaction). On the real-news
#: file a batch of 64 extracts about 4% faster than one of 32 (``python -m extractor.bench --batch-size``):
#: each component's code and patterns serve more documents while they are in the CPU's caches.
BATCH_SIZE = 64

#: what the extraction fingerprint leaves out: the front ends and the database, which do not change a record
_NOT_EXTRACTION = ("bench.py", "cli", "compare.py", "console.py", "evaluate.py", "review", "store")
#: the stamp of the compiled pre-filter (setup.py): how scan.py was built, not what it does (the compiled and
#: the source build make the same records, so they carry the same fingerprint)
_BUILD_FILES = ("patterns/scan.native.json",)


@cache
def extractor_version() -> str:
    """The version a record is stamped with (``extractor_version``): the package version and, after a
    '+', a fingerprint of the files that make a record (the code, pattern data and cue lists under
    ``extractor/``, not the command line or the database): 12 hex digits of a sha256 over their paths and
    bytes. A database re-ingest keeps an article's record only while both its text and this are unchanged,
    so an extraction changed between releases (a working copy, a patched pattern file) still replaces the
    old records."""
    return f"{__version__}+{fingerprint(Path(__file__).parent)}"


def fingerprint(root: Path) -> str:
    """12 hex digits of a sha256 over the paths and bytes of the extraction's files under ``root`` (the
    package's directory)."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if (
            not path.is_file()
            or path.suffix not in (".py", ".json", ".jsonl", ".sha256")
            or "__pycache__" in rel
            or rel.startswith(_NOT_EXTRACTION)
            or rel in _BUILD_FILES
        ):
            continue
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


__all__ = ["BATCH_SIZE", "__version__", "extractor_version"]
