"""Review commands for the trialfacts CLI (registered by ``extractor.cli``): article vs source.

Same conventions as ``extractor.cli``: a table on a terminal, JSON when piped; an unreadable input raises
``InputError``, which the console entry point prints as one line and exits 2.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from extractor.compare import Comparison, compare, display
from extractor.console import stdout
from extractor.errors import InputError
from extractor.record.models import Evidence, TrialRecord


class CompareFormat(StrEnum):
    table = "table"
    json = "json"


_STYLE = {
    "agree": "green",
    "disagree": "bold red",
    "only_news": "yellow",
    "only_source": "cyan",
    "neither": "dim",
}


def first_record(path: str) -> TrialRecord:
    """The first article's record in ``path`` (a file or '-'); InputError when there is none."""
    from extractor.api import extract_path
    from extractor.ingest.document import InputProblem

    for item in extract_path(path):
        if isinstance(item, InputProblem):
            raise InputError(str(item))
        return item
    raise InputError(f"{path}: no article in it")


def _quotes(spans: list[Evidence], limit: int = 2) -> str:
    shown = [f"“{' '.join(e.text.split())}”" for e in spans[:limit]]
    if len(spans) > limit:
        shown.append(f"(+{len(spans) - limit} more)")
    return "\n".join(shown)


def comparison_table(c: Comparison) -> Table:
    """A side-by-side table: field, status, the story's value and words, the source's value and words."""
    table = Table(
        title=f"story {c.news_id} vs source {c.source_id}",
        caption=(
            f"{len(c.disagreements)} disagreement(s)"
            + (f": {', '.join(c.disagreements)}" if c.disagreements else "")
        ),
        show_lines=True,
    )
    table.add_column("field", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("story", ratio=2)
    table.add_column("story's words", ratio=3)
    table.add_column("source", ratio=2)
    table.add_column("source's words", ratio=3)
    table.add_column("note", ratio=3)
    for row in c.rows:
        table.add_row(
            row.label,
            Text(row.status.replace("_", " "), style=_STYLE[row.status]),
            Text(display(row.news)),
            Text(_quotes(row.news_evidence), style="italic"),
            Text(display(row.source)),
            Text(_quotes(row.source_evidence), style="italic"),
            Text(row.note),
        )
    return table


def compare_command(
    news: Annotated[str, typer.Argument(help="The news story (.txt .html .json .jsonl, or -).")],
    source: Annotated[str, typer.Argument(help="Its source: the abstract, paper or release.")],
    format: Annotated[
        CompareFormat | None,
        typer.Option("--format", "-f", help="table (default on a terminal) | json"),
    ] = None,
) -> None:
    """Compare a news story with its source, field by field, and flag what disagrees."""
    if news == "-" and source == "-":
        raise InputError("only one of the two inputs can be read from stdin (-)")
    result = compare(first_record(news), first_record(source))
    fmt = format or (CompareFormat.table if sys.stdout.isatty() else CompareFormat.json)
    if fmt is CompareFormat.json:
        data = result.model_dump(mode="json")
        data["disagreements"] = result.disagreements
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    stdout().print(comparison_table(result))
