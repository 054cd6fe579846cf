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
- how many articles raised an exception (the goal: none);
- with ``--by-stage``, one more warm extraction pass timed stage by stage (CPU seconds of cleaning, the
  pipeline's tokenizer, each pipeline component, building the record, the checks, the checklist and the
  summary): where the time goes, for whoever makes extraction faster. That pass is not one of the timed
  passes above (the timers add a little overhead of their own).

Words are whitespace-separated tokens of the canonical text. Not a test: rerun it and compare.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from extractor import BATCH_SIZE
from extractor.patterns import _native

#: the stages of extraction outside the pipeline's components, as named in ``extractor.api``
_API_STAGES = {
    "source_of": "clean",
    "_make_doc": "tokenizer",
    "build_record": "record",
    "run_checks_many": "checks",
    "checklist": "checklist",
    "summarize": "summary",
}


@contextmanager
def stage_timer(nlp: Any) -> Iterator[dict[str, float]]:
    """While open, count the CPU seconds that extraction through ``extractor.api`` spends in each stage:
    cleaning, the tokenizer, each of ``nlp``'s components (by name), the record, the checks, the checklist
    and the summary. Each component is timed over whole batches it has been handed (what it pulls from the
    component before it is not its time). Everything is put back on exit."""
    from extractor import api

    spent: dict[str, float] = defaultdict(float)  # stage -> CPU seconds
    clock = time.process_time

    def timed(fn: Callable[..., Any], stage: str) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[stage] += clock() - start

        return wrapper

    def timed_pipe(pipe: Callable[..., Iterator[Any]], stage: str) -> Callable[..., Iterator[Any]]:
        from spacy.util import minibatch

        def wrapper(docs: Iterable[Any], batch_size: int = 32, **kwargs: Any) -> Iterator[Any]:
            for batch in minibatch(docs, size=batch_size):
                start = clock()
                out = list(pipe(batch, batch_size=batch_size, **kwargs))
                spent[stage] += clock() - start
                yield from out

        return wrapper

    saved_api = {name: getattr(api, name) for name in _API_STAGES}
    components = [(name, proc) for name, proc in nlp.pipeline if hasattr(proc, "pipe")]
    try:
        for name, stage in _API_STAGES.items():
            setattr(api, name, timed(saved_api[name], stage))
        for name, proc in components:
            proc.pipe = timed_pipe(type(proc).pipe.__get__(proc), name)
        yield spent
    finally:
        for name, fn in saved_api.items():
            setattr(api, name, fn)
        for _, proc in components:
            del proc.pipe  # the class's own method again


def run(
    path: Path,
    limit: int | None,
    repeat: int,
    batch_size: int,
    use_model: bool,
    full_repeat: int = 2,
    by_stage: bool = False,
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
    stages: dict[str, float] | None = None
    if (
        by_stage
    ):  # one more warm pass, stage by stage (after the peak memory is read: the timers add none)
        with stage_timer(nlp) as spent:
            start_cpu = time.process_time()
            extract_all()
            cpu_total = time.process_time() - start_cpu
        cpu["full"].pop()  # not one of the timed passes
        stages = {
            name: round(seconds, 3)
            for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1])
        }
        stages["other"] = round(max(0.0, cpu_total - sum(spent.values())), 3)
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
    } | ({"stages_cpu_seconds": stages} if stages is not None else {})


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
    parser.add_argument(
        "--by-stage",
        action="store_true",
        help="one more warm pass, timed stage by stage (cleaning, tokenizer, each component, checks ...)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    result = run(
        args.path,
        args.limit,
        args.repeat,
        args.batch_size,
        args.model,
        args.full_repeat,
        args.by_stage,
    )
    if args.json:
        print(json.dumps(result, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("measure", "value", title="trialfacts benchmark")
    for key, value in result.items():
        if key not in ("failures", "stages_cpu_seconds"):
            table.add_row(key, str(value))
    stages = result.get("stages_cpu_seconds")
    if stages:
        total = sum(stages.values()) or 1.0
        for name, seconds in stages.items():
            table.add_row(f"stage {name}", f"{seconds:.2f} s CPU ({100 * seconds / total:.0f}%)")
    Console().print(table)
    for f in result["failures"]:
        print("failure:", f, file=sys.stderr)


if __name__ == "__main__":
    main()
