"""The consoles every command prints with: the one place their settings live.

Output to stdout never wraps long lines (a pipe gets whole lines); errors on stderr soft-wrap so each
stays one line. Rich itself decides colour: only on a terminal.
"""

from __future__ import annotations

from rich.console import Console


def stdout() -> Console:
    return Console(soft_wrap=False, highlight=False)


def stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)
