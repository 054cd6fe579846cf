"""Speed and memory benchmark: ``python -m extractor.bench ../shared/realnews/fakehealth.jsonl``.

Measures, in one run on the same canonical texts, in alternating passes:

- words/second of spaCy's bare tokenizer (``spacy.blank("en").tokenizer``): its first (cold) pass, and the
  best of ``--repeat`` passes (warm: its cache already filled);
- words/second of full extraction (canonical text -> pipeline -> record -> checks -> checklist ->
  summary): its first pass, and the best of ``--full-repeat`` passes (the pipeline's own tokenizer warm);
- their ratios (the goal: full extraction at >= 25% of the tokenizer's speed): ``ratio`` warm against
  warm, ``ratio_cold`` first pass against first pass, ``ratio_strict`` extraction's first pass against
  the tokenizer's warm one, and ``ratio_cpu`` warm against warm in the process's CPU seconds (which a
  busy host's waits do not inflate);
- peak resident memory of the process (the goal: under 1 GB);
- how many articles raised an exception (the goal: none).

Words are whitespace-separated tokens of the canonical text. Not a test: rerun it and compare.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import warnings
from pathlib import Path
from typing import Any

from extractor import BATCH_SIZE
from extractor.patterns import _native


def run(
    path: Path,
    limit: int | None,
    repeat: int,
    batch_size: int,
    use_model: bool,
    full_repeat: int = 2,
) -> dict[str, Any]:
    import spacy

    from extractor.api import extract_many, source_of
    from extractor.ingest.document import InputProblem, SourceDocument
    from extractor.ingest.readers import iter_path
    from extractor.pipeline import make_nlp, warm_up

    docs: list[SourceDocument] = []
    problems = 0
    for item in iter_path(path):
        if isinstance(item, InputProblem):
            problems += 1
            continue
        docs.append(item)
        if limit and len(docs) >= limit:
            break
    readable = []
    for d in docs:
        try:
            readable.append((d, source_of(d).text))
        except Exception:
            problems += 1
    texts = [t for _, t in readable]
    words = sum(len(t.split()) for t in texts)

    tokenizer = spacy.blank("en").tokenizer
    nlp = make_nlp(use_model=use_model)
    warm_up(use_model)  # patterns, their plans and the model: loaded once, before the clock starts
    nlp(texts[0] if texts else "warm up")
    failures: list[str] = []
    trials = 0

    cpu: dict[str, list[float]] = {"tok": [], "full": []}

    def tokenize_all() -> float:
        start, start_cpu = time.perf_counter(), time.process_time()
        for t in texts:
            tokenizer(t)
        cpu["tok"].append(time.process_time() - start_cpu)
        return time.perf_counter() - start

    def extract_all() -> float:
        nonlocal trials
        failures.clear()
        trials = 0
        batch: list[SourceDocument] = []

        def flush() -> None:
            nonlocal trials
            try:
                records = list(extract_many(batch, nlp, batch_size))
            except Exception:
                records = []
                for d in batch:
                    try:
                        records.extend(extract_many([d], nlp))
                    except Exception as exc:
                        failures.append(f"{d.id or d.origin}: {type(exc).__name__}: {exc}")
            trials += sum(r.is_trial_report for r in records)
            batch.clear()

        start, start_cpu = time.perf_counter(), time.process_time()
        for d, _ in readable:
            batch.append(d)
            if len(batch) >= batch_size:
                flush()
        flush()
        cpu["full"].append(time.process_time() - start_cpu)
        return time.perf_counter() - start

    # Passes alternate (tokenizer, extraction, tokenizer, ...) so that a machine that slows down or speeds
    # up during the run affects both alike. Each first pass is "cold": the tokenizer's cache and
    # vocabulary fill as it goes, as they must for any new text. Later passes are "warm".
    tok_times: list[float] = []
    full_times: list[float] = []
    for i in range(max(repeat, full_repeat, 1)):
        if i < max(1, repeat):
            tok_times.append(tokenize_all())
        if i < max(1, full_repeat):
            full_times.append(extract_all())
    tok_cold, tok_time = tok_times[0], min(tok_times)
    full_cold, full_time = full_times[0], min(full_times)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "file": str(path),
        "articles": len(readable),
        "unreadable": problems,
        "words": words,
        "tokenizer_words_per_s": round(words / tok_time) if tok_time else None,
        "tokenizer_cold_words_per_s": round(words / tok_cold) if tok_cold else None,
        "full_words_per_s": round(words / full_time) if full_time else None,
        "full_cold_words_per_s": round(words / full_cold) if full_cold else None,
        # like for like: fastest extraction pass against fastest tokenizer pass, first against first
        "ratio": round(tok_time / full_time, 4) if full_time else None,
        "ratio_cold": round(tok_cold / full_cold, 4) if full_cold else None,
        # the strictest mix: extraction's first pass against the tokenizer's fastest
        "ratio_strict": round(tok_time / full_cold, 4) if full_cold else None,
        # the same in CPU seconds of this process (fastest against fastest): on a shared or virtual machine,
        # time the process waited for a CPU counts in the wall-clock figures above but not here
        "ratio_cpu": round(min(cpu["tok"]) / min(cpu["full"]), 4) if min(cpu["full"]) else None,
        "full_cpu_seconds": round(min(cpu["full"]), 2),
        "tokenizer_cpu_seconds": round(min(cpu["tok"]), 2),
        "full_seconds": round(full_time, 2),
        "full_cold_seconds": round(full_cold, 2),
        "articles_per_s": round(len(readable) / full_time, 1) if full_time else None,
        "trial_reports": trials,
        "exceptions": len(failures),
        "failures": failures[:20],
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "model": use_model,
        # the pattern pre-filter's build: "mypyc ..." (compiled at install) or "python ..." (from source)
        "scan_build": _native.build,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m extractor.bench", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "path", type=Path, help="a .jsonl file of articles (or any input trialfacts reads)"
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument(
        "--repeat", type=int, default=3, help="tokenizer passes (the fastest counts)"
    )
    parser.add_argument(
        "--full-repeat", type=int, default=2, help="extraction passes (the fastest counts)"
    )
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument(
        "--model", action="store_true", help="add the opt-in trained-NER component (trial_people)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    result = run(args.path, args.limit, args.repeat, args.batch_size, args.model, args.full_repeat)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("measure", "value", title="trialfacts benchmark")
    for key, value in result.items():
        if key != "failures":
            table.add_row(key, str(value))
    Console().print(table)
    for f in result["failures"]:
        print("failure:", f, file=sys.stderr)


if __name__ == "__main__":
    main()
