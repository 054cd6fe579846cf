"""``trialfacts ingest`` and ``trialfacts db``: thin typer commands over ``extractor.store``.

Mounted by ``extractor.cli``::

    app.command("ingest")(ingest_command)
    app.add_typer(db_app, name="db")

Tables on a terminal, JSON when piped; a progress bar on stderr only when it is a terminal. Errors are
``TrialfactsError`` subclasses, turned into one line and exit status 2 by the console entry point.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from extractor import BATCH_SIZE
from extractor.console import stderr, stdout

db_app = typer.Typer(
    name="db",
    help="Query and export a trial-results database built by `trialfacts ingest`.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"


DbOption = Annotated[
    str,
    typer.Option("--db", help="The database: a SQLite file (or sqlite:///path)."),
]
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format", "-f", help="table (default on a terminal) | json (default when piped)"
    ),
]


def _format(fmt: OutputFormat | None) -> OutputFormat:
    return fmt or (OutputFormat.table if sys.stdout.isatty() else OutputFormat.json)


def _json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


class _RateColumn(ProgressColumn):
    """Articles per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "- articles/s", style="cyan")


def ingest_command(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files (.txt .html .json .jsonl) or - for stdin."),
    ],
    db: DbOption = "trials.db",
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=1, help="Worker processes extracting in parallel."),
    ] = 1,
    batch_size: Annotated[
        int,
        typer.Option("--batch-size", min=1, help="Articles per batch (one transaction each)."),
    ] = BATCH_SIZE,
    model: Annotated[
        bool,
        typer.Option(
            "--model/--no-model",
            help="Also have the trained NER confirm weakly cued investigator names (slower; off by default: on the real-news file the rules alone were right where the two disagreed).",
        ),
    ] = False,
    format: FormatOption = None,
) -> None:
    """Extract articles into a trial-results database (SQLite). Resumable: a rerun skips every
    article already stored with the same text and trialfacts version."""
    from extractor.store import Observer, ingest

    err = stderr()
    show_progress = err.is_terminal
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        disable=not show_progress,
        transient=False,
    )
    task = progress.add_task("reading", total=None)

    def warn(message: str) -> None:
        progress.console.print(f"trialfacts: warning: {message}", markup=False, style="yellow")

    observer = Observer(
        on_total=lambda n: progress.update(task, total=n, description="extracting"),
        on_advance=lambda n: progress.advance(task, n),
        on_problem=warn,
    )
    with progress:
        summary = ingest(
            inputs, db, jobs=jobs, batch_size=batch_size, use_model=model, observer=observer
        )
    data = summary.as_dict()
    if _format(format) is OutputFormat.json:
        _json({"db": db, **data})
    else:
        table = Table("", "", title=f"ingest into {db}", show_header=False)
        rows = [
            ("read", summary.read),
            ("new", summary.new),
            ("updated", summary.updated),
            ("unchanged", summary.unchanged),
            ("failed", summary.failed),
            ("checks failing", f"{summary.checks_failing} in {summary.articles_failing} articles"),
            ("trials in database", summary.trials),
            ("cross-source disagreements", summary.disagreements),
            (
                "speed",
                f"{summary.articles_per_s:.1f} articles/s, {summary.words_per_s:,.0f} words/s "
                f"({summary.jobs} job{'s' if summary.jobs > 1 else ''}, {summary.seconds:.1f} s)",
            ),
        ]
        for key, value in rows:
            table.add_row(key, str(value))
        stdout().print(table)
    if summary.read and summary.read == summary.failed:
        raise typer.Exit(2)  # nothing in the input could be read


@db_app.command("trials")
def trials_command(
    db: DbOption = "trials.db",
    condition: Annotated[
        str | None, typer.Option("--condition", help="Condition contains this (any case).")
    ] = None,
    design: Annotated[
        str | None,
        typer.Option("--design", help="rct, nonrandomized_trial, single_arm, observational, ..."),
    ] = None,
    failing: Annotated[
        bool,
        typer.Option(
            "--failing", help="Only trials with a failing check or sources that disagree."
        ),
    ] = False,
    search: Annotated[
        str | None, typer.Option("--search", help="Full-text query over the articles (FTS5).")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="At most this many.")] = None,
    format: FormatOption = None,
) -> None:
    """List trials, most-reported first."""
    from typing import get_args

    from extractor.errors import InputError
    from extractor.record.models import Design
    from extractor.store import TrialFilter, open_store

    if design is not None and design not in get_args(Design):
        raise InputError(f"--design must be one of {', '.join(get_args(Design))}, not '{design}'")
    where = TrialFilter(
        condition=condition, design=design, failing=failing, search=search, limit=limit
    )
    with open_store(db, create=False) as store:
        rows = store.trials(where)
    if _format(format) is OutputFormat.json:
        _json(rows)
        return
    table = Table(
        "#",
        "name",
        "registry ids",
        "design",
        "condition",
        "N",
        "articles",
        "failed",
        "disagree",
        title=f"{len(rows)} trial(s)",
    )
    for r in rows:
        table.add_row(
            str(r["id"]),
            r["name"] or "",
            ", ".join(r["registry_ids"]),
            r["design"] or "",
            r["condition"] or "",
            "" if r["total_n"] is None else str(r["total_n"]),
            str(r["articles"]),
            str(r["checks_failed"]),
            str(r["disagreements"]),
        )
    stdout().print(table)


@db_app.command("show")
def show_command(
    trial: Annotated[
        str, typer.Argument(help="Trial number, registry id, article id, or part of the name.")
    ],
    db: DbOption = "trials.db",
    format: FormatOption = None,
) -> None:
    """One trial: every article that reported it, and where they disagree."""
    from extractor.store import open_store

    with open_store(db, create=False) as store:
        detail = store.trial(trial)
    if _format(format) is OutputFormat.json:
        _json(detail)
        return
    t = detail["trial"]
    out = stdout()
    head = f"#{t['id']} {t['name'] or '(unnamed trial)'}"
    facts = [
        ("registry ids", ", ".join(t["registry_ids"])),
        ("design", t["design"]),
        ("phase", t["phase"]),
        ("condition", t["condition"]),
        ("total N", t["total_n"]),
        ("finding", t["finding"]),
        (
            "reported",
            f"{t['articles']} article(s), {t['first_published'] or '?'} to "
            f"{t['last_published'] or '?'}",
        ),
    ]
    out.print(Text(head, style="bold"))
    for key, value in facts:
        if value not in (None, ""):
            out.print(f"  {key}: {value}", markup=False)
    sources = Table(
        "article",
        "published",
        "N",
        "arms",
        "follow-up",
        "finding",
        "checks",
        "title",
        title="sources",
    )
    for s in detail["sources"]:
        follow = (
            f"{s['follow_up_value']:g} {s['follow_up_unit']}"
            if s["follow_up_value"] is not None
            else ""
        )
        sources.add_row(
            s["article_id"],
            s["published"] or "",
            "" if s["total_n"] is None else str(s["total_n"]),
            ", ".join(
                f"{a['label']} ({a['n']})" if a["n"] is not None else a["label"] for a in s["arms"]
            ),
            follow,
            s["finding"] or "",
            f"{s['checks_failed']} failed, {s['checks_warned']} warn",
            s["title"] or "",
        )
    out.print(sources)
    checks = Table("check", "status", "source", "message", title="checks that do not pass")
    for d in detail["disagreements"]:
        checks.add_row(d["id"], Text(d["status"], style="yellow"), "all sources", d["message"])
    for s in detail["sources"]:
        for c in s["checks"]:
            style = "red" if c["status"] == "fail" else "yellow"
            checks.add_row(c["id"], Text(c["status"], style=style), s["article_id"], c["message"])
    if checks.row_count:
        out.print(checks)


@db_app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(help="FTS5 query, e.g. '\"breast cancer\" AND surgery'.")],
    db: DbOption = "trials.db",
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many.")] = 20,
    format: FormatOption = None,
) -> None:
    """Full-text search over the articles' titles and text."""
    from extractor.store import open_store

    with open_store(db, create=False) as store:
        rows = store.search(query, limit)
    if _format(format) is OutputFormat.json:
        _json(rows)
        return
    table = Table(
        "article", "trial", "published", "title", "snippet", title=f"{len(rows)} match(es)"
    )
    for r in rows:
        table.add_row(
            r["article_id"],
            "" if r["trial_id"] is None else f"#{r['trial_id']}",
            r["published"] or "",
            r["title"] or "",
            " ".join(r["snippet"].split()),
        )
    stdout().print(table)


@db_app.command("export")
def export_command(
    out: Annotated[Path, typer.Option("--out", help="The folder to write (created if missing).")],
    db: DbOption = "trials.db",
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="csv | jsonl: one file per table.")
    ] = ExportFormat.csv,
) -> None:
    """Export every table: one CSV or JSON Lines file per table (columns in docs/database.md)."""
    from extractor.review.decisions import reviewed_record, stored_article_ids
    from extractor.store import open_store

    with open_store(db, create=False) as store:
        written = store.export(out, format.value)
        # The records as reviewed: reviewers' accepted and edited values override extracted ones (the
        # tables above keep what the extractor produced, and review_decisions the audit trail).
        reviewed = Path(out) / "reviewed_records.jsonl"
        with reviewed.open("w", encoding="utf-8") as f:
            for article_id in stored_article_ids(store):
                f.write(reviewed_record(store, article_id).model_dump_json() + "\n")
        written = [*written, reviewed]
    for path in written:
        sys.stdout.write(f"{path}\n")


def _standalone() -> typer.Typer:
    """The two apps under one command, for ``python -m extractor.cli_db`` (before extractor.cli
    mounts them)."""
    app = typer.Typer(
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        no_args_is_help=True,
    )
    app.command("ingest")(ingest_command)
    app.add_typer(db_app, name="db")
    return app


def main() -> None:
    """``python -m extractor.cli_db ingest|db ...``: one line on stderr and exit 2 on a user error."""
    import warnings

    from extractor.errors import TrialfactsError

    warnings.filterwarnings("ignore")
    try:
        _standalone()(standalone_mode=False)
    except TrialfactsError as exc:
        stderr().print(f"trialfacts: error: {exc}", markup=False, style="red")
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        sys.exit(130)
    except Exception as exc:
        show = getattr(exc, "show", None)
        if callable(show) and hasattr(exc, "exit_code"):  # a usage error from click
            show()
            sys.exit(2)
        raise


if __name__ == "__main__":
    main()
