"""``trialfacts show`` and ``trialfacts review``: see every fact in the article's own words; accept
or correct it and keep the decision.

Mounted by ``extractor.cli``::

    app.command("show")(show_command)
    app.command("review")(review_command)

Errors are ``TrialfactsError`` subclasses, turned into one line and exit status 2 by the console entry
point.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from extractor.console import stderr, stdout
from extractor.errors import InputError
from extractor.record.models import TrialRecord
from extractor.review.decisions import Decision


def _warn(message: str) -> None:
    stderr().print(f"trialfacts: warning: {message}", markup=False, style="yellow")


def _reviewed(db: str, record: TrialRecord) -> tuple[TrialRecord, list[Decision]]:
    """``record`` with the decisions stored in ``db`` for its article (when there are any)."""
    from extractor.review.decisions import apply_decisions, latest, load_decisions
    from extractor.store import open_store

    with open_store(db, create=False) as store:
        decisions = load_decisions(store, record.source.id)
    applied = sorted(latest(decisions, record).values(), key=lambda d: d.id)
    return apply_decisions(record, decisions), applied


def show_command(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="Files (.txt .html .json .jsonl) or - for stdin."),
    ] = None,
    db: Annotated[
        str | None,
        typer.Option(
            "--db", help="A trial-results database: reviewed values override extracted ones."
        ),
    ] = None,
    article_id: Annotated[
        str | None,
        typer.Option("--id", help="With --db: show this stored article's record."),
    ] = None,
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Write one self-contained HTML page here instead."),
    ] = None,
    text: Annotated[
        bool, typer.Option("--text/--no-text", help="The article, facts highlighted.")
    ] = True,
    model: Annotated[
        bool,
        typer.Option(
            "--model/--no-model",
            help="Also have the trained NER confirm weakly cued investigator names (slower; off by default: on the real-news file the rules alone were right where the two disagreed).",
        ),
    ] = False,
) -> None:
    """Show a record: the facts, checks, editor's checklist, summary and the article with every fact's
    evidence highlighted. Colour only on a terminal."""
    from extractor.review.decisions import reviewed_record
    from extractor.review.render import record_view

    if not inputs and article_id is None:
        raise InputError("show needs an article (a file, or -) or --db FILE --id ARTICLE_ID")
    if inputs and article_id is not None:
        raise InputError("give either articles or --id, not both")
    if article_id is not None and db is None:
        raise InputError("--id needs --db FILE")

    shown: list[tuple[TrialRecord, list[Decision]]] = []
    if article_id is not None:
        from extractor.review.decisions import latest, load_decisions, stored_record
        from extractor.store import open_store

        assert db is not None
        with open_store(db, create=False) as store:
            record = reviewed_record(store, article_id)
            decisions = load_decisions(store, article_id)
            applied = sorted(
                latest(decisions, stored_record(store, article_id)).values(), key=lambda d: d.id
            )
        shown.append((record, applied))
    else:
        from extractor.api import extract_path
        from extractor.ingest.document import InputProblem
        from extractor.pipeline import get_nlp

        nlp = get_nlp(use_model=model)
        for path in inputs or []:
            for item in extract_path(path, nlp):
                if isinstance(item, InputProblem):
                    _warn(str(item))
                    continue
                shown.append(_reviewed(db, item) if db is not None else (item, []))
        if not shown:
            raise InputError("no article could be read")

    if html is not None:
        from extractor.review.html import record_html

        if len(shown) > 1:
            raise InputError(
                f"--html writes one record's page and the input holds {len(shown)}; "
                "pass one article (or --db FILE --id ARTICLE_ID)"
            )
        record, applied = shown[0]
        try:
            html.write_text(record_html(record, applied), encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{html}: cannot write ({exc.strerror})") from None
        sys.stdout.write(f"{html}\n")
        return
    console = stdout()
    for record, applied in shown:
        console.print(record_view(record, with_text=text, decisions=applied))


def review_command(
    article: Annotated[
        str | None,
        typer.Argument(help="An article file to review (ingested into --db first)."),
    ] = None,
    db: Annotated[
        str, typer.Option("--db", help="The database decisions are saved to (SQLite).")
    ] = "trials.db",
    queue: Annotated[
        bool,
        typer.Option(
            "--queue", help="Go through the unreviewed records, most failing checks first."
        ),
    ] = False,
    article_id: Annotated[
        str | None, typer.Option("--id", help="Review this stored article's record.")
    ] = None,
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", help="Who decides (default: $USER).")
    ] = None,
    model: Annotated[
        bool,
        typer.Option(
            "--model/--no-model",
            help="Also have the trained NER confirm weakly cued investigator names (slower; off by default: on the real-news file the rules alone were right where the two disagreed).",
        ),
    ] = False,
) -> None:
    """Review a record interactively: accept, reject or correct each fact; every decision is saved
    to the database at once (press ? in the app for the keys)."""
    from extractor.review.decisions import default_reviewer, ingest_for_review, stored_record
    from extractor.store import open_store

    given = sum(x for x in (article is not None, queue, article_id is not None))
    if given != 1:
        raise InputError("review needs exactly one of: an article file, --queue, --id ARTICLE_ID")
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise InputError("review is interactive: run it in a terminal (use `show` in a pipe)")
    who = (reviewer or default_reviewer()).strip()
    if not who:
        raise InputError("--reviewer must not be empty")
    with open_store(db, create=article is not None) as store:
        if article is not None:
            ids = ingest_for_review(article, store, use_model=model)
        elif article_id is not None:
            stored_record(store, article_id)  # StoreError when it is not there
            ids = [article_id]
        else:
            from extractor.review.queue import review_queue

            items = review_queue(store)
            if not items:
                sys.stdout.write(f"nothing to review in {db}: every fact has a decision\n")
                return
            ids = [i.article_id for i in items]
        from extractor.review.app import ReviewApp

        app = ReviewApp(store, ids, who, queue_mode=queue)
        app.run()
        sys.stdout.write(f"{app.saved} decision(s) saved to {db} as {who}\n")
