"""Memory housekeeping for batch work."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block (unless it was off already), back on after it.

    A batch creates tens of thousands of small objects (Docs, facts, records and their evidence) that all
    live until the batch is done. The collector would walk them again and again: each of its runs is
    triggered by new objects, and the objects that survive a run are promoted and walked by the next
    larger one. Nothing in a batch needs collecting before the batch ends (what is freed, reference
    counting frees at once), so the collector waits and then runs as usual. Over the real-news file, batch
    by batch as the benchmark runs it, the collector then runs 69 times instead of 968, for 0.22 s of
    CPU time instead of 0.34-0.61 s (of about 12 s); the records are the same."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
