"""Which build of ``extractor.patterns.scan`` runs: the compiled one, when it is fresh, else ``scan.py``.

``setup.py`` compiles ``scan.py`` with mypyc where it can, and writes a stamp (``scan.native.json``) with the
sha256 of the source it compiled. Python would import a compiled module in preference to the ``scan.py`` beside
it even after that file was edited (an editable install): here the compiled module is taken only when the
stamp matches the source, and ``scan.py`` is loaded from source otherwise. Both give the same results
(``tests/test_native.py``); the compiled one is faster. ``TRIALFACTS_PURE_PYTHON=1`` in the environment
chooses the source always.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

PACKAGE = "extractor.patterns"
NAME = f"{PACKAGE}.scan"
HERE = Path(__file__).parent
SOURCE = HERE / "scan.py"
STAMP = HERE / "scan.native.json"
#: set (to anything but "") to run scan.py from source whatever was built
PURE_ENV = "TRIALFACTS_PURE_PYTHON"

#: how the running ``scan`` was built: "mypyc <version>" (compiled) or "python" (from source), with the
#: reason when a compiled build exists but is not used; set by ``install_scan``
build = "python"


def fresh_stamp(source: Path = SOURCE, stamp: Path = STAMP) -> str | None:
    """The compiler named in ``stamp`` when the stamp records ``source``'s sha256 (the build is of this very
    file), else None (no stamp, an unreadable one, or a stale one)."""
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
        current = hashlib.sha256(source.read_bytes()).hexdigest()
    except (OSError, ValueError):
        return None
    if not isinstance(recorded, dict) or recorded.get("sha256") != current:
        return None
    return str(recorded.get("compiler") or "compiled")


def _from_source() -> ModuleType:
    """``scan.py`` loaded from source under its own name (bypassing a compiled module beside it)."""
    spec = importlib.util.spec_from_file_location(NAME, SOURCE)
    if spec is None or spec.loader is None:  # pragma: no cover - scan.py ships with the package
        raise ImportError(f"cannot load {SOURCE}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[NAME] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[NAME]
        raise
    return module


def install_scan() -> ModuleType:
    """Import ``extractor.patterns.scan`` once, the build chosen as the module docstring says, and record which
    in ``build``. Every later ``import`` of it, in any form, gets this module."""
    global build
    if NAME in sys.modules:
        return sys.modules[NAME]
    module: ModuleType | None = None
    compiler = None if os.environ.get(PURE_ENV) else fresh_stamp()
    if compiler is not None:
        try:
            module = importlib.import_module(NAME)
        except ImportError as exc:  # a half-built extension: run the source
            build = f"python (compiled build not importable: {exc})"
        else:  # "python" when the stamp outlived its build
            build = "python" if (module.__file__ or "").endswith(".py") else compiler
    elif os.environ.get(PURE_ENV):
        build = f"python ({PURE_ENV} is set)"
    elif STAMP.exists():
        build = "python (the compiled build is older than scan.py: reinstall to compile it again)"
    if module is None:
        module = _from_source()
    setattr(sys.modules[PACKAGE], "scan", module)  # noqa: B010 - the package's attribute, as import sets it
    return module
