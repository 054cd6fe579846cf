"""Build script for the one part of trialfacts that is compiled; everything else is in pyproject.toml.

``extractor/patterns/scan.py`` (the pattern pre-filter: the word index, the candidate offsets and the walk
along them, the hottest pure-Python code of the pipeline) is compiled with mypyc when the build can: mypy is
in ``[build-system] requires`` and a C compiler is at hand. The result is the same module, about a third
faster (extraction as a whole about 5%), with the same records.

The compiled module is optional. Without a C compiler, when mypyc fails, or with ``TRIALFACTS_PURE_PYTHON=1``
in the environment, the package installs as pure Python and runs the same way. Next to the compiled module a
stamp (``scan.native.json``) records the sha256 of the ``scan.py`` it was built from; ``extractor.patterns``
imports the compiled module only when that matches the ``scan.py`` beside it, so an edited ``scan.py`` in an
editable install is never shadowed by a stale build (it runs as Python until the next ``pip install -e .``).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

SOURCE = "extractor/patterns/scan.py"
MODULE = "extractor.patterns.scan"
STAMP = "scan.native.json"


def native_extensions() -> list[Any]:
    """The mypyc extensions of ``SOURCE`` (optional ones: a failed compile leaves pure Python), or none."""
    if os.environ.get("TRIALFACTS_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:  # built without mypy (no build isolation): pure Python
        return []
    # the project's own mypy settings (pyproject.toml) name a pydantic plugin the build environment lacks:
    # none are read; numpy, not installed there either, is typed Any (its calls are Python calls anyway)
    options = ["--config-file", "", "--ignore-missing-imports"]
    try:
        extensions = mypycify([*options, SOURCE], opt_level="3")
    except (Exception, SystemExit) as exc:  # mypyc refused the module: pure Python, said plainly
        print(f"trialfacts: not compiling {SOURCE} ({exc}); it runs as pure Python")
        return []
    for extension in extensions:
        extension.optional = True  # no C compiler: build the package without it
    return extensions


class BuildExt(build_ext):
    """``build_ext`` that writes the stamp beside the compiled module once this run has built it and put it in
    place: in the build tree for a wheel, in the source tree for an editable install (``run`` has copied it
    there then). A failed build writes none, so an older module left beside the source keeps its own stamp."""

    compiled = False

    def build_extension(self, ext: Any) -> None:
        super().build_extension(
            ext
        )  # (an optional extension that fails raises here, caught by run)
        if ext.name == MODULE:
            self.compiled = True

    def run(self) -> None:
        super().run()
        if not self.compiled:
            return
        import mypy.version

        stamp = {
            "source": Path(SOURCE).name,
            "sha256": hashlib.sha256(Path(SOURCE).read_bytes()).hexdigest(),
            "compiler": f"mypyc {mypy.version.__version__}",
        }
        built = Path(self.get_ext_fullpath(MODULE))
        built.with_name(STAMP).write_text(json.dumps(stamp, indent=1) + "\n", encoding="utf-8")


setup(ext_modules=native_extensions(), cmdclass={"build_ext": BuildExt})
