"""The trialfacts command line: thin typer commands over ``extractor.api``.

Colour only on a terminal; JSON when piped. Errors are one line on stderr and a non-zero exit, never a
traceback (set TRIALFACTS_DEBUG=1 to see one). Exit codes: 0 the input was read (whatever the checks
say), 2 unreadable input or bad usage, 1 an internal error.
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from extractor import __version__, extractor_version
from extractor.console import stderr, stdout
from extractor.errors import TrialfactsError

if TYPE_CHECKING:  # the evaluation module loads the pipeline: only for the type
    from extractor.evaluate import Score

app = typer.Typer(
    name="trialfacts",
    help="Turn health-news articles about clinical studies into validated, evidence-linked trial records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _mount_review() -> None:
    from extractor.cli_db import db_app, ingest_command
    from extractor.cli_review import compare_command
    from extractor.cli_show import review_command, show_command

    app.command("compare")(compare_command)
    app.command("show")(show_command)
    app.command("review")(review_command)
    app.command("ingest")(ingest_command)
    app.add_typer(db_app, name="db")


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _warn(message: str) -> None:
    stderr().print(f"trialfacts: warning: {message}", markup=False, style="yellow")


@app.command()
def extract(
    inputs: Annotated[
        list[str], typer.Argument(help="Files (.txt .html .json .jsonl) or - for stdin.")
    ],
    format: Annotated[
        Format | None,
        typer.Option("--format", "-f", help="table (default on a terminal) | json | jsonl"),
    ] = None,
    text: Annotated[
        bool, typer.Option("--text", help="With --format table: the article, facts highlighted.")
    ] = False,
    model: Annotated[
        bool,
        typer.Option(
            "--model/--no-model",
            help="Also have the trained NER confirm weakly cued investigator names (slower; off by default: on the real-news file the rules alone were right where the two disagreed).",
        ),
    ] = False,
) -> None:
    """Extract a trial record from each article."""
    from extractor.api import extract_path
    from extractor.ingest.document import InputProblem
    from extractor.pipeline import get_nlp
    from extractor.review.render import record_view

    fmt = format or (Format.table if sys.stdout.isatty() else Format.json)
    nlp = get_nlp(use_model=model)
    records = []
    problems = 0
    console = stdout()
    for path in inputs:
        for item in extract_path(path, nlp):
            if isinstance(item, InputProblem):
                problems += 1
                _warn(str(item))
                continue
            if fmt is Format.jsonl:
                sys.stdout.write(item.model_dump_json() + "\n")
                sys.stdout.flush()
            elif fmt is Format.table:
                console.print(record_view(item, with_text=text))
            else:
                records.append(item)
    if fmt is Format.json:
        if len(records) == 1:
            sys.stdout.write(records[0].model_dump_json(indent=2) + "\n")
        elif records:
            sys.stdout.write(
                "[\n" + ",\n".join(r.model_dump_json(indent=2) for r in records) + "\n]\n"
            )
    if problems and not (records or fmt is not Format.json):
        raise typer.Exit(2)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the trial record."""
    from extractor.record.schema_export import schema_json

    sys.stdout.write(schema_json())


@app.command("checks")
def list_checks(
    format: Annotated[Format | None, typer.Option("--format", "-f", help="table | json")] = None,
) -> None:
    """List the consistency checks: code, name, severity and what each one tests."""
    from rich.table import Table

    from extractor.checks import CATALOGUE

    fmt = format or (Format.table if sys.stdout.isatty() else Format.json)
    if fmt is not Format.table:
        rows = [
            {"code": c.code, "name": c.name, "severity": c.severity, "doc": c.doc}
            for c in CATALOGUE.values()
        ]
        sys.stdout.write(json.dumps(sorted(rows, key=lambda r: r["code"]), indent=2) + "\n")
        return
    table = Table("code", "severity", "name", "what it checks")
    for code in sorted(CATALOGUE):
        c = CATALOGUE[code]
        table.add_row(c.code, c.severity, c.name, c.doc)
    stdout().print(table)


def _score_cells(sc: Score) -> list[str]:
    return [
        f"{sc.precision:.3f}",
        f"{sc.recall:.3f}",
        f"{sc.f1:.3f}",
        str(sc.tp),
        str(sc.fp),
        str(sc.fn),
    ]


@app.command("eval")
def evaluate_corpus(
    corpus: Annotated[
        str, typer.Argument(help="The corpus folder (with MANIFEST.jsonl).")
    ] = "corpus",
    split: Annotated[
        str,
        typer.Option(
            "--split",
            help="Score one split of the manifest (the corpus: dev | heldout; bench/unseen: unseen | "
            "unseen2), or all.",
        ),
    ] = "all",
    format: Annotated[Format | None, typer.Option("--format", "-f", help="table | json")] = None,
    errors: Annotated[
        bool,
        typer.Option(
            "--errors",
            help="List each article and field scored wrong, with the gold and the predicted value.",
        ),
    ] = False,
    texts: Annotated[
        str | None,
        typer.Option(
            "--texts",
            help="A file of articles (e.g. the real-news .jsonl) holding, by id, the articles the "
            "manifest names without a path (a corpus of gold records only, like bench/unseen).",
        ),
    ] = None,
    against: Annotated[
        str | None,
        typer.Option(
            "--against",
            help="Score a second annotation instead of the extractor: a folder of gold records "
            "(<id>.json, the corpus's format) for some of the manifest's articles. Shows how far two "
            "annotators agree.",
        ),
    ] = None,
) -> None:
    """Precision / recall / F1 per field against the corpus's gold records (of the extractor, or of a second
    annotation with --against)."""
    from pathlib import Path

    from rich.table import Table

    from extractor.errors import InputError
    from extractor.evaluate import ALL_FIELDS, CORE_FIELDS, agreement, evaluate

    root = Path(corpus)
    if not (root / "MANIFEST.jsonl").is_file():
        raise InputError(f"{corpus}: no MANIFEST.jsonl (not a corpus folder)")
    if against is not None:
        report = agreement(root, Path(against), split)
    else:
        report = evaluate(root, split, texts=Path(texts) if texts else None)
    fmt = format or (Format.table if sys.stdout.isatty() else Format.json)
    if fmt is not Format.table:
        data = report.as_dict()
        if errors:
            data["errors"] = report.errors
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    table = Table(
        "field",
        "precision",
        "recall",
        "F1",
        "tp",
        "fp",
        "fn",
        title=(f"{against} against the gold: " if against is not None else "")
        + f"{report.articles} articles ({split}); is-trial accuracy {report.is_trial_accuracy:.3f}",
    )
    for name in report.scored_fields:
        sc = report.fields[name]
        mark = " *" if name in CORE_FIELDS else ""
        table.add_row(name + mark, *_score_cells(sc))
    for label, names in (("core micro (*)", CORE_FIELDS), ("all micro", ALL_FIELDS)):
        sc = report.micro(names)
        table.add_row(label, *_score_cells(sc), style="bold")
    console = stdout()
    console.print(table)
    if errors:
        for e in report.errors:
            console.print(
                f"{e['id']}  {e['field']}  fp={e['fp']} fn={e['fn']}  "
                f"gold {json.dumps(e['gold'])}  predicted {json.dumps(e['predicted'])}",
                markup=False,
            )


@app.command()
def version() -> None:
    """Print the trialfacts version, the extraction's fingerprint (what records are stamped with) and how
    the pattern pre-filter was built (compiled at install, or run from source)."""
    from extractor.patterns import _native

    sys.stdout.write(
        f"trialfacts {__version__} (records: {extractor_version()}; pre-filter: {_native.build})\n"
    )


_mount_review()


def main() -> None:
    """Console entry point: one clear line and a non-zero exit on error, never a traceback."""
    warnings.filterwarnings("ignore")
    try:
        app(standalone_mode=False)
    except TrialfactsError as exc:
        stderr().print(f"trialfacts: error: {exc}", markup=False, style="red")
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        sys.exit(130)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        # the reader went away (e.g. `| head`): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except Exception as exc:
        show = getattr(exc, "show", None)
        if callable(show) and hasattr(exc, "exit_code"):  # a usage error from typer's click
            show()
            sys.exit(2)
        if os.environ.get("TRIALFACTS_DEBUG"):
            raise
        stderr().print(
            f"trialfacts: internal error: {type(exc).__name__}: {exc} (set TRIALFACTS_DEBUG=1 for a traceback)",
            markup=False,
            style="red",
        )
        sys.exit(1)
