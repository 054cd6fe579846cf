"""Ingest benchmark and crash test: ``python -m extractor.store.bench ../shared/realnews/fakehealth.jsonl``.

Each measurement runs ``trialfacts ingest`` as a user would, in a fresh process, into a fresh database:

1. a full ingest with ``--jobs 1`` and with ``--jobs 2`` (``--jobs``): articles/s, words/s, the peak
   resident memory of each worker process (the goal: under 1 GB) and of the parent;
2. a rerun of the same command: nothing new, nothing changed;
3. the kill -9 test: start an ingest, ``kill -9`` it once part of the input is stored, check the database
   (SQLite integrity, foreign keys, no orphan rows), rerun the same command, then assert that the
   database holds every readable input article exactly once, no orphan rows, and that the killed run's
   worker processes did not outlive it.

Not a test: rerun it and compare. ``--limit N`` uses the first N lines of a JSON Lines file.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

import psutil

from extractor import BATCH_SIZE


def ingest_cmd(inputs: list[Path], db: Path, jobs: int, batch_size: int) -> list[str]:
    """The command line of one ingest run (the typer commands, as mounted by ``extractor.cli_db``)."""
    return [
        sys.executable,
        "-m",
        "extractor.cli_db",
        "ingest",
        *map(str, inputs),
        "--db",
        str(db),
        "--jobs",
        str(jobs),
        "--batch-size",
        str(batch_size),
        "--format",
        "json",
    ]


def run_ingest(
    inputs: list[Path], db: Path, jobs: int, batch_size: int = BATCH_SIZE
) -> dict[str, Any]:
    """One ingest run to completion; its JSON summary plus the wall time."""
    started = time.perf_counter()
    out = subprocess.run(
        ingest_cmd(inputs, db, jobs, batch_size), capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise RuntimeError(f"ingest failed ({out.returncode}): {out.stderr.strip()[-2000:]}")
    summary: dict[str, Any] = json.loads(out.stdout)
    summary["wall_seconds"] = round(time.perf_counter() - started, 2)
    return summary


def readable_articles(inputs: list[Path]) -> int:
    """How many distinct articles the inputs hold that ingest can read."""
    from extractor.store import open_store
    from extractor.store.ingestion import IngestSummary, Observer, _plan

    with open_store(":memory:") as store:
        return len(_plan(store, inputs, IngestSummary(), Observer()))


def stored_articles(db: Path) -> int:
    """Articles committed so far (0 while the database is still being created)."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def database_state(db: Path) -> dict[str, Any]:
    """Row counts, duplicates and everything ``integrity_problems`` finds."""
    from extractor.store.sqlite import SQLiteStore

    with SQLiteStore(str(db)) as store:
        duplicates = store.conn.execute(
            "SELECT count(*) FROM (SELECT article_id FROM records GROUP BY article_id "
            "HAVING count(*) > 1)"
        ).fetchone()[0]
        return {
            "counts": store.counts(),
            "duplicate_records": int(duplicates),
            "problems": store.integrity_problems(),
        }


def kill_midway(
    inputs: list[Path],
    db: Path,
    *,
    jobs: int = 1,
    batch_size: int = 8,
    at: int = 1,
    timeout: float = 600.0,
) -> dict[str, Any]:
    """Start an ingest, ``kill -9`` it once ``at`` articles are stored, and report what it left.

    ``killed_at`` is the number of articles stored when the process died (re-read after the kill);
    ``workers_left`` the killed run's worker processes still alive 10 s later.
    """
    proc = subprocess.Popen(
        ingest_cmd(inputs, db, jobs, batch_size),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + timeout
    children: list[psutil.Process] = []
    try:
        while stored_articles(db) < at:
            if proc.poll() is not None:
                raise RuntimeError(f"the ingest finished (exit {proc.returncode}) before the kill")
            if time.monotonic() > deadline:
                raise RuntimeError("the ingest stored nothing before the timeout")
            time.sleep(0.01)
        try:
            children = psutil.Process(proc.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            children = []
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None and not children:
            proc.kill()
        proc.wait()
    finished = proc.returncode == 0
    alive: list[psutil.Process] = []
    if children:
        _, alive = psutil.wait_procs(children, timeout=10)
        for p in alive:  # reported, then cleaned up
            p.kill()
    return {
        "killed": proc.returncode == -signal.SIGKILL and not finished,
        "killed_at": stored_articles(db),
        "workers_left": len(alive),
        **database_state(db),
    }


def _limited(path: Path, limit: int | None, workdir: Path) -> Path:
    if not limit:
        return path
    lines = path.read_text("utf-8").splitlines(keepends=True)[:limit]
    out = workdir / f"first-{limit}{path.suffix}"
    out.write_text("".join(lines), "utf-8")
    return out


def tokenizer_speed(inputs: list[Path], repeat: int = 3) -> dict[str, float]:
    """Words/second of spaCy's bare tokenizer on the canonical texts of ``inputs`` (first pass, and the
    fastest of ``repeat``): the yardstick of the ingest goal, measured in the same run."""
    import spacy

    from extractor.api import source_of
    from extractor.ingest.document import InputProblem
    from extractor.ingest.readers import iter_path

    texts = []
    for path in inputs:
        for item in iter_path(path):
            if isinstance(item, InputProblem):
                continue
            try:
                texts.append(source_of(item).text)
            except Exception:
                continue
    words = sum(len(t.split()) for t in texts)
    tokenizer = spacy.blank("en").tokenizer
    times = []
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        for t in texts:
            tokenizer(t)
        times.append(time.perf_counter() - started)
    return {
        "tokenizer_words_per_s": round(words / min(times)),
        "tokenizer_cold_words_per_s": round(words / times[0]),
    }


def run(path: Path, jobs_list: list[int], limit: int | None, kill: bool) -> dict[str, Any]:
    result: dict[str, Any] = {"file": str(path), "runs": []}
    with tempfile.TemporaryDirectory(prefix="trialfacts-bench-") as tmp:
        work = Path(tmp)
        source = _limited(path, limit, work)
        readable = readable_articles([source])
        result["readable_articles"] = readable
        result.update(tokenizer_speed([source]))
        for jobs in jobs_list:
            db = work / f"jobs{jobs}.db"
            first = run_ingest([source], db, jobs)
            again = run_ingest([source], db, jobs)
            state = database_state(db)
            workers = first["worker_peak_rss_mb"]
            result["runs"].append(
                {
                    "jobs": jobs,
                    "articles": first["new"],
                    "words": first["words"],
                    "articles_per_s": first["articles_per_s"],
                    "words_per_s": first["words_per_s"],
                    # the goal: at least 0.25 of the bare tokenizer (warm; and against its first pass)
                    "ratio": round(first["words_per_s"] / result["tokenizer_words_per_s"], 4),
                    "ratio_cold": round(
                        first["words_per_s"] / result["tokenizer_cold_words_per_s"], 4
                    ),
                    "seconds": first["seconds"],
                    "wall_seconds": first["wall_seconds"],
                    "peak_rss_mb_parent": first["peak_rss_mb"],
                    "peak_rss_mb_per_worker": sorted(workers.values()) or None,
                    "rerun_new_or_updated": again["new"] + again["updated"],
                    "rerun_seconds": again["wall_seconds"],
                    "db_mb": round(db.stat().st_size / 2**20, 1),
                    "articles_stored": state["counts"]["articles"],
                    "trials": state["counts"]["trials"],
                    "disagreements": state["counts"]["disagreements"],
                    "problems": state["problems"],
                }
            )
        if kill:
            db = work / "killed.db"
            jobs = max(jobs_list)
            killed = kill_midway(
                [source], db, jobs=jobs, batch_size=BATCH_SIZE, at=max(1, readable // 2)
            )
            rerun = run_ingest([source], db, jobs)
            after = database_state(db)
            checks = {
                "killed_midway": killed["killed"] and killed["killed_at"] < readable,
                "consistent_after_kill": not killed["problems"],
                "workers_gone_after_kill": killed["workers_left"] == 0,
                "article_count_matches_input": after["counts"]["articles"] == readable,
                "one_record_per_article": after["counts"]["records"] == readable
                and after["duplicate_records"] == 0,
                "no_orphans_or_problems": not after["problems"],
            }
            result["kill9"] = {
                "jobs": jobs,
                "stored_when_killed": killed["killed_at"],
                "problems_after_kill": killed["problems"],
                "rerun_new": rerun["new"],
                "rerun_unchanged": rerun["unchanged"],
                "articles_after_rerun": after["counts"]["articles"],
                "checks": checks,
                "passed": all(checks.values()),
            }
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m extractor.store.bench", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("path", type=Path, help="articles to ingest (e.g. a .jsonl file)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="default: 1 2")
    parser.add_argument("--limit", type=int, default=None, help="only the first N lines")
    parser.add_argument("--no-kill", action="store_true", help="skip the kill -9 test")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    result = run(args.path, args.jobs, args.limit, not args.no_kill)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        from rich.console import Console
        from rich.table import Table

        console = Console()
        measures = [k for k in result["runs"][0] if k != "jobs"] if result["runs"] else []
        table = Table(
            "measure",
            *(f"--jobs {r['jobs']}" for r in result["runs"]),
            title=(
                f"trialfacts ingest: {result['readable_articles']} readable articles; bare tokenizer "
                f"{result['tokenizer_words_per_s']} words/s (first pass "
                f"{result['tokenizer_cold_words_per_s']})"
            ),
        )
        for key in measures:
            table.add_row(key, *(str(r[key]) for r in result["runs"]))
        console.print(table)
        if "kill9" in result:
            k = result["kill9"]
            kt = Table("kill -9 test", "result", title=f"kill -9 (--jobs {k['jobs']})")
            for key, value in k.items():
                if key not in ("checks", "jobs"):
                    kt.add_row(key, str(value))
            for key, ok in k["checks"].items():
                kt.add_row(key, "ok" if ok else "FAILED")
            console.print(kt)
    kill9 = result.get("kill9")
    if kill9 is not None and not kill9["passed"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
