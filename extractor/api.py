"""The library entry points. The CLI is a thin layer over these.

>>> from extractor.api import extract_text
>>> record = extract_text("A randomized trial enrolled 200 adults ...")  # doctest: +SKIP
>>> record.trial.enrollment.total  # doctest: +SKIP
200
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extractor import BATCH_SIZE, extractor_version
from extractor.checklist import checklist
from extractor.checks import run_checks_many
from extractor.errors import InputError
from extractor.ingest.document import InputProblem, SourceDocument, content_id, sha256_hex
from extractor.ingest.html import from_html
from extractor.ingest.normalize import canonicalize
from extractor.ingest.readers import iter_path, parse_date
from extractor.memory import collector_paused
from extractor.pipeline import get_nlp
from extractor.pipeline.factories import PUBLISHED_KEY, TEXT_KEY
from extractor.record.build import build_record
from extractor.record.models import Source, TrialRecord
from extractor.summary import summarize


def source_of(doc: SourceDocument) -> Source:
    """A document's source: canonical text, its sha256, and its id (the input's, else from the text)."""
    canonical = canonicalize(doc.text, doc.title)
    if not canonical.text.strip():
        raise InputError(
            f"{doc.origin or 'input'}: no article text left after removing boilerplate"
        )
    url = doc.url or (canonical.urls[-1] if canonical.urls else None)
    return Source(
        id=doc.id or content_id(canonical.text),
        title=doc.title,
        url=url,
        published=doc.published,
        sha256=sha256_hex(canonical.text),
        text=canonical.text,
    )


def _make_doc(nlp: Language, source: Source) -> Doc:
    doc = nlp.make_doc(source.text)
    doc.user_data[TEXT_KEY] = source.text
    if source.published is not None:
        doc.user_data[PUBLISHED_KEY] = source.published
    return doc


def finish(record: TrialRecord) -> TrialRecord:
    """Run the checks and write the summary (also used after a reviewer edits a record)."""
    return finish_many([record])[0]


def finish_many(records: list[TrialRecord]) -> list[TrialRecord]:
    """``finish`` for a batch of records: the checks run check by check over the batch."""
    for record, checks in zip(records, run_checks_many(records), strict=True):
        record.checks = checks
        record.checklist = checklist(record) if record.is_trial_report else []
        record.summary = summarize(record)
    return records


def extract_document(doc: SourceDocument, nlp: Language | None = None) -> TrialRecord:
    """One SourceDocument -> its record."""
    return next(extract_many([doc], nlp=nlp))


def extract_many(
    docs: Iterable[SourceDocument], nlp: Language | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[TrialRecord]:
    """Records for many documents, in order, through ``nlp.pipe`` in batches. (A batch's documents are all
    read and cleaned before any of its records comes back: an unreadable one raises first.)"""
    yield from extract_sources((source_of(d) for d in docs), nlp, batch_size)


def extract_sources(
    sources: Iterable[Source],
    nlp: Language | None = None,
    batch_size: int = BATCH_SIZE,
    *,
    finish: bool = True,
) -> Iterator[TrialRecord]:
    """Records for sources already read and cleaned (``source_of``): what ``extract_many`` does after
    cleaning, for callers that needed the canonical text first (the database's ingest, to skip articles
    it holds already). A batch is extracted with the garbage collector paused (``collector_paused``).

    ``finish=False`` gives the records as the pipeline built them, without checks, checklist and summary,
    for a caller that runs ``finish_many`` on them elsewhere (an ingest's writing process, batch by batch)."""
    nlp = nlp or get_nlp()
    it = iter(sources)
    while True:
        batch = list(islice(it, batch_size))
        if not batch:
            return
        with collector_paused():
            records = [
                build_record(parsed, source, extractor_version())
                for source, parsed in zip(
                    batch, nlp.pipe(_make_doc(nlp, s) for s in batch), strict=True
                )
            ]
            if finish:
                finish_many(records)
        yield from records


def extract_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    nlp: Language | None = None,
) -> TrialRecord:
    """The record of one article given as plain text (``published`` as YYYY-MM-DD or 'June 8, 2020')."""
    doc = SourceDocument(text=text, id=id, title=title, url=url, published=parse_date(published))
    return extract_document(doc, nlp)


def extract_html(
    html: str, *, id: str | None = None, url: str | None = None, nlp: Language | None = None
) -> TrialRecord:
    """The record of one article given as an HTML page (main text found with trafilatura)."""
    return extract_document(from_html(html, id=id, url=url), nlp)


def extract_path(
    path: str | Path, nlp: Language | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[TrialRecord | InputProblem]:
    """Records for every article in a file (.txt, .html, .json, .jsonl) or stdin ('-'), in input order.

    Unreadable lines of a JSON Lines file come back as InputProblem, in place; an unreadable file raises
    InputError.
    """
    nlp = nlp or get_nlp()
    buffer: list[SourceDocument] = []

    def flush() -> Iterator[TrialRecord | InputProblem]:
        docs = list(buffer)
        buffer.clear()
        try:
            yield from extract_many(docs, nlp, batch_size)
        except InputError:
            for d in docs:  # one document in the batch is empty: redo them one by one
                try:
                    yield extract_document(d, nlp)
                except InputError as exc:
                    yield InputProblem(d.origin or str(path), str(exc).split(": ", 1)[-1])

    for item in iter_path(path):
        if isinstance(item, InputProblem):
            yield from flush()
            yield item
            continue
        buffer.append(item)
        if len(buffer) >= batch_size:
            yield from flush()
    yield from flush()
