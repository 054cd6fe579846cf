"""Instructions of one warm extraction pass, counted by callgrind: a speed yardstick that a busy machine does
not disturb (CPU seconds do, by a few per cent, on a machine shared with other work).

Run it under valgrind, with instrumentation off until the warm pass::

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=cg.out \\
        .venv/bin/python -m extractor.bench_instructions ../shared/realnews/fakehealth.jsonl --sample 100

It takes ``--sample`` articles spread evenly over the file, builds the pipeline, extracts them once
uncounted (patterns, plans, caches and the tokenizer's vocabulary warm, as in the benchmark's warm passes),
turns callgrind's instrumentation on (``callgrind_control -i on``), extracts them once more and exits.
Callgrind then prints ``Collected : N``, the instructions of that one warm pass; ``callgrind_annotate cg.out``
shows where they went. Two builds compared this way differ by their work alone. The count is the same from
run to run (to well under 0.1%), but it is not time: memory traffic and cache misses do not count, so
confirm a change with ``python -m extractor.bench`` on a quiet machine.

Outside valgrind it runs the same two passes and prints their CPU seconds.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path


def under_valgrind() -> bool:
    """Whether this process runs under valgrind (its preloaded helper is in the environment)."""
    return "vgpreload" in os.environ.get("LD_PRELOAD", "")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m extractor.bench_instructions", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("path", type=Path, help="a .jsonl file of articles")
    parser.add_argument(
        "--sample", type=int, default=100, help="articles, spread evenly over the file"
    )
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")

    from extractor import BATCH_SIZE
    from extractor.api import extract_many
    from extractor.ingest.document import InputProblem, SourceDocument
    from extractor.ingest.readers import iter_path
    from extractor.pipeline import make_nlp, warm_up

    docs: list[SourceDocument] = [
        d for d in iter_path(args.path) if not isinstance(d, InputProblem)
    ]
    step = max(1, len(docs) // max(1, args.sample))
    docs = docs[::step][: args.sample]
    nlp = make_nlp()
    warm_up(False)

    def one_pass() -> float:
        start = time.process_time()
        for i in range(0, len(docs), BATCH_SIZE):
            list(extract_many(docs[i : i + BATCH_SIZE], nlp, BATCH_SIZE))
        return time.process_time() - start

    warm = one_pass()
    if under_valgrind():
        subprocess.run(
            ["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=False
        )
    counted = one_pass()
    print(
        f"{len(docs)} articles: warm-up pass {warm:.2f} s CPU, counted pass {counted:.2f} s CPU"
        + (" (under valgrind: see callgrind's 'Collected')" if under_valgrind() else ""),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
