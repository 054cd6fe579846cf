"""Ingest: read articles, extract the new or changed ones, and store them batch by batch.

1. Read every input (``iter_path``) and compute each article's id and sha256 the way a record's
   ``source`` has them (``extractor.api.source_of``). An article already stored with the same sha256 and
   extractor version is skipped *before* extraction, so rerunning an interrupted ingest only does
   what is left. Unreadable inputs and lines are reported with their line number and skipped.
2. Extract the rest in chunks of ``batch_size`` through ``extract_many``: in ``jobs`` worker
   processes, each with its own pipeline, started before the inputs are read; with ``jobs=1`` and
   inputs under ``WORKER_FROM_BYTES``, in this process.
3. The parent alone writes: each chunk in one transaction, while the workers extract the next ones
   (with one worker, the parent also finishes its records: checks, checklist, summary). A run killed
   at any moment leaves the database as of its last chunk; running the same command again finishes
   the job.
"""

from __future__ import annotations

import json
import multiprocessing
import resource
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor import BATCH_SIZE, extractor_version
from extractor.errors import InputError, TrialfactsError
from extractor.ingest.document import InputProblem, SourceDocument
from extractor.memory import collector_paused
from extractor.record.models import Source, TrialRecord
from extractor.store.base import RecordToStore, Store, open_store

#: Articles whose id+sha256 are looked up in the database at once while reading.
_LOOKUP_CHUNK = 500

#: With ``jobs=1``, inputs of this size or more are extracted in one worker process while this
#: process reads the inputs and writes the database (about a thousand news articles). Below it, the
#: extraction runs here: starting a worker and loading its pipeline (about a second more than loading
#: it here) would cost more than the writing it hides (about a millisecond an article).
WORKER_FROM_BYTES = 4 * 2**20


@dataclass
class IngestSummary:
    """What an ingest run did. ``read`` counts articles and unreadable inputs/lines."""

    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    checks_failing: int = 0  # failing checks in the records this run wrote
    articles_failing: int = 0  # records this run wrote with at least one failing check
    words: int = 0  # words of the articles extracted
    seconds: float = 0.0  # reading + extraction + writing
    extract_seconds: float = 0.0  # extraction + writing only (from when a pipeline is loaded)
    jobs: int = 1
    peak_rss_mb: float = 0.0  # this process
    worker_peak_rss_mb: dict[int, float] = field(default_factory=dict)  # per worker pid
    trials: int = 0  # in the database after the run
    disagreements: int = 0  # in the database after the run
    problems: list[str] = field(default_factory=list)

    @property
    def extracted(self) -> int:
        return self.new + self.updated

    @property
    def articles_per_s(self) -> float:
        return self.extracted / self.extract_seconds if self.extract_seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.extract_seconds if self.extract_seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "checks_failing": self.checks_failing,
            "articles_failing": self.articles_failing,
            "trials": self.trials,
            "disagreements": self.disagreements,
            "jobs": self.jobs,
            "words": self.words,
            "seconds": round(self.seconds, 2),
            "articles_per_s": round(self.articles_per_s, 1),
            "words_per_s": round(self.words_per_s),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "worker_peak_rss_mb": {str(k): round(v, 1) for k, v in self.worker_peak_rss_mb.items()},
            "problems": self.problems,
        }


@dataclass
class Observer:
    """Callbacks for a progress display; all optional."""

    on_total: Callable[[int], None] | None = None  # how many articles will be extracted
    on_advance: Callable[[int], None] | None = None  # that many more were stored
    on_problem: Callable[[str], None] | None = None  # an input, line or article was skipped


@dataclass(frozen=True)
class _Pending:
    source: Source  # read and cleaned once, here; the extraction starts from it
    origin: str | None
    status: str  # "new" | "updated"

    @property
    def id(self) -> str:
        return self.source.id


@dataclass
class _Chunk:
    """A worker's answer for one chunk: records as JSON, or (origin, message) for failures."""

    #: (json, origin, words): the words of the article's text are counted where it was extracted
    records: list[tuple[str, str | None, int]] = field(default_factory=list)
    #: (record, origin, words): records as the pipeline built them, for the parent to finish (checks,
    #: checklist, summary) before it writes them
    built: list[tuple[TrialRecord, str | None, int]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    pid: int = 0
    peak_rss_mb: float = 0.0


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def _iter_inputs(paths: Iterable[str | Path]) -> Iterator[SourceDocument | InputProblem]:
    from extractor.ingest.readers import iter_path

    for path in paths:
        try:
            yield from iter_path(path)
        except TrialfactsError as exc:  # a whole input unreadable: report it, go on with the rest
            yield InputProblem(str(path), str(exc).removeprefix(f"{path}: "))


def _plan(
    store: Store, paths: Iterable[str | Path], summary: IngestSummary, observer: Observer
) -> list[_Pending]:
    """Read every input; return the articles to extract, having counted the rest."""
    from extractor.api import source_of

    pending: list[_Pending] = []
    seen: dict[str, tuple[str, str]] = {}  # id -> (sha256, origin) in this run

    def problem(message: str) -> None:
        summary.failed += 1
        summary.problems.append(message)
        if observer.on_problem:
            observer.on_problem(message)

    def classify(batch: list[tuple[Source, str | None]]) -> None:
        stored = store.stored_versions([s.id for s, _ in batch])
        for source, origin in batch:
            before = stored.get(source.id)
            if before is None:
                pending.append(_Pending(source, origin, "new"))
            elif before.sha256 == source.sha256 and before.extractor_version == extractor_version():
                summary.unchanged += 1
            else:
                pending.append(_Pending(source, origin, "updated"))

    batch: list[tuple[Source, str | None]] = []
    for item in _iter_inputs(paths):
        summary.read += 1
        if isinstance(item, InputProblem):
            problem(str(item))
            continue
        try:
            source = source_of(item)
        except TrialfactsError as exc:
            problem(f"{item.origin or 'input'}: {str(exc).split(': ', 1)[-1]}")
            continue
        where = item.origin or "input"
        if source.id in seen:
            first_sha, first_origin = seen[source.id]
            if first_sha == source.sha256:
                summary.unchanged += 1  # the same article twice in this run
            else:
                problem(
                    f"{where}: id '{source.id}' was already read with another text at "
                    f"{first_origin}; skipped"
                )
            continue
        seen[source.id] = (source.sha256, where)
        batch.append((source, item.origin))
        if len(batch) >= _LOOKUP_CHUNK:
            classify(batch)
            batch = []
    classify(batch)
    return pending


# -- extraction, in this process or in workers --------------------------------------------------

_worker_nlp: Any = None
#: why the worker could not build its pipeline: raised by its first task, in the parent too (an initializer
#: that raised would only make the pool start another worker, and the run would wait forever)
_worker_error: Exception | None = None


def _init_worker(use_model: bool) -> None:
    import warnings

    warnings.filterwarnings("ignore")
    global _worker_nlp, _worker_error
    try:
        from extractor.pipeline import make_nlp, warm_up

        _worker_nlp = make_nlp(use_model=use_model)
        warm_up(use_model)  # patterns and model loaded once, before the first batch
    except Exception as exc:
        _worker_error = exc


def _extract_chunk(
    items: Sequence[tuple[Source, str | None]], nlp: Any, batch_size: int, finish: bool = True
) -> _Chunk:
    """Records for a chunk of (source, origin); when the chunk fails as a whole, article by article.
    ``finish=False``: the records as built, in ``built``, for the parent to finish (``_finish``)."""
    import os

    from extractor.api import extract_sources

    out = _Chunk(pid=os.getpid())

    def keep(record: TrialRecord, origin: str | None) -> None:
        words = len(record.source.text.split())
        if finish:
            out.records.append((record.model_dump_json(), origin, words))
        else:
            out.built.append((record, origin, words))

    sources = [s for s, _ in items]
    try:
        records = list(extract_sources(sources, nlp, batch_size, finish=finish))
    except Exception:
        for source, origin in items:
            try:
                keep(next(extract_sources([source], nlp, finish=finish)), origin)
            except Exception as exc:
                out.failures.append(_failed(origin or source.id, exc))
    else:
        for record, (_, origin) in zip(records, items, strict=True):
            keep(record, origin)
    out.peak_rss_mb = _peak_rss_mb()
    return out


def _failed(where: str | None, exc: Exception) -> str:
    return f"{where or 'input'}: extraction failed ({type(exc).__name__}: {exc})"


def _finish(chunk: _Chunk) -> None:
    """Run the checks, checklist and summary on a chunk's built records (as ``extract_sources`` does when
    it finishes them) and move them to ``records``; when that fails for the chunk, record by record."""
    from extractor.api import finish_many

    built, chunk.built = chunk.built, []
    try:
        finish_many([record for record, _, _ in built])
        done = built
    except Exception:
        done = []
        for record, origin, words in built:
            try:
                finish_many([record])
                done.append((record, origin, words))
            except Exception as exc:
                chunk.failures.append(_failed(origin or record.source.id, exc))
    chunk.records.extend(
        (record.model_dump_json(), origin, words) for record, origin, words in done
    )


def _worker_chunk(args: tuple[Sequence[tuple[Source, str | None]], int, bool]) -> _Chunk:
    _worker_ready()
    items, batch_size, finish = args
    return _extract_chunk(items, _worker_nlp, batch_size, finish)


def _chunks(pending: Sequence[_Pending], size: int) -> Iterator[list[tuple[Source, str | None]]]:
    for i in range(0, len(pending), size):
        yield [(p.source, p.origin) for p in pending[i : i + size]]


def ingest(
    paths: Iterable[str | Path],
    db: str | Path | Store,
    *,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
    use_model: bool = False,
    observer: Observer | None = None,
) -> IngestSummary:
    """Ingest ``paths`` into the database ``db`` (a URL/path or an open Store); see the module doc."""
    if jobs < 1:
        raise TrialfactsError(f"--jobs must be at least 1, not {jobs}")
    if batch_size < 1:
        raise TrialfactsError(f"--batch-size must be at least 1, not {batch_size}")
    paths = list(paths)
    for path in paths:  # a mistyped path fails fast, before any work
        if str(path) != "-" and not Path(path).exists():
            raise InputError(f"{path}: no such file")
        if Path(path).is_dir():
            raise InputError(f"{path}: is a folder; pass files (e.g. {path}/*.html)")
    observer = observer or Observer()
    if isinstance(db, str | Path):
        with open_store(db) as store:
            return _run(store, paths, jobs, batch_size, use_model, observer)
    return _run(db, paths, jobs, batch_size, use_model, observer)


def _input_bytes(paths: Sequence[str | Path]) -> int:
    """The size of the input files (standard input counts 0: it is not known before it is read)."""
    return sum(Path(p).stat().st_size for p in paths if str(p) != "-" and Path(p).is_file())


def _worker_ready() -> None:
    """Nothing, once the worker has its pipeline; else the reason it has none, raised."""
    if _worker_error is not None:
        raise _worker_error


def _run(
    store: Store,
    paths: Iterable[str | Path],
    jobs: int,
    batch_size: int,
    use_model: bool,
    observer: Observer,
) -> IngestSummary:
    started = time.perf_counter()
    summary = IngestSummary(jobs=jobs)
    paths = list(paths)
    with ExitStack() as stack:
        pool: Any = None
        if jobs > 1 or _input_bytes(paths) >= WORKER_FROM_BYTES:
            # started before the inputs are read, so that the workers load their pipelines meanwhile;
            # spawn, not fork: the parent may run threads (a progress display) and holds the database
            ctx = multiprocessing.get_context("spawn")
            pool = stack.enter_context(
                ctx.Pool(jobs, initializer=_init_worker, initargs=(use_model,))
            )
        pending = _plan(store, paths, summary, observer)
        status = {p.id: p.status for p in pending}
        if observer.on_total:
            observer.on_total(len(pending))
        nlp: Any = None
        if pending and pool is None:
            from extractor.pipeline import get_nlp, warm_up

            # loading the pipeline is start-up, not extraction: done before the clock starts
            nlp = get_nlp(use_model)
            warm_up(use_model)
        elif pending:
            pool.apply(_worker_ready)  # the same for workers: the clock starts once one is ready
        extract_started = time.perf_counter()

        def store_chunk(chunk: _Chunk) -> None:
            items = []
            # as for extraction: the chunk's objects all live until it is written
            with collector_paused():
                if chunk.built:
                    _finish(chunk)
                for text, origin, words in chunk.records:
                    data = json.loads(text)
                    items.append(
                        RecordToStore(record=data, record_json=text, origin=origin, words=words)
                    )
                store.write(items)  # one transaction
            summary.words += sum(words for _, _, words in chunk.records)
            for item in items:
                rec = item.record
                if status.get(rec["source"]["id"]) == "updated":
                    summary.updated += 1
                else:
                    summary.new += 1
                failing = sum(c["status"] == "fail" for c in rec.get("checks") or [])
                summary.checks_failing += failing
                summary.articles_failing += failing > 0
            for message in chunk.failures:
                summary.failed += 1
                summary.problems.append(message)
                if observer.on_problem:
                    observer.on_problem(message)
            if chunk.pid:
                summary.worker_peak_rss_mb[chunk.pid] = chunk.peak_rss_mb
            if observer.on_advance:
                observer.on_advance(len(chunk.records) + len(chunk.failures))

        if pending and pool is None:
            for docs in _chunks(pending, batch_size):
                store_chunk(_extract_chunk(docs, nlp, batch_size))
        elif pending:
            # The workers extract the next chunks while this process writes the last one. One worker
            # leaves this process idle most of the time: it takes the checks, checklist and summary off
            # the worker (about a tenth of extraction). With more, they would wait for it: they finish.
            finish = jobs > 1
            work = ((docs, batch_size, finish) for docs in _chunks(pending, batch_size))
            for chunk in pool.imap(_worker_chunk, work):
                store_chunk(chunk)
        summary.extract_seconds = time.perf_counter() - extract_started
    summary.seconds = time.perf_counter() - started
    summary.peak_rss_mb = _peak_rss_mb()
    counts = store.counts()
    summary.trials = counts["trials"]
    summary.disagreements = counts["disagreements"]
    return summary
