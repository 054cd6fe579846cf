"""Every command and check is documented where a user looks for it."""

from __future__ import annotations

import typer

from extractor.checks import CATALOGUE
from extractor.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")
DATABASE = (ROOT / "docs" / "database.md").read_text("utf-8")


def command_names(typer_app: typer.Typer) -> list[str]:
    names = [
        c.name or (c.callback.__name__ if c.callback else "") for c in typer_app.registered_commands
    ]
    return [n.replace("_", "-") for n in names if n]


def test_every_command_in_readme() -> None:
    names = command_names(app)
    assert {"extract", "schema", "checks", "eval", "compare", "ingest", "show", "review"} <= set(
        names
    )
    for name in names:
        if name == "version":
            continue
        assert f"trialfacts {name}" in README, f"`trialfacts {name}` is not documented in README.md"
    for group in app.registered_groups:
        assert f"trialfacts {group.name}" in README


def test_every_db_command_in_database_docs() -> None:
    (group,) = [g for g in app.registered_groups if g.name == "db"]
    assert group.typer_instance is not None
    for name in command_names(group.typer_instance):
        assert f"db {name}" in DATABASE, (
            f"`trialfacts db {name}` is not documented in docs/database.md"
        )


def test_every_check_has_a_plain_docstring() -> None:
    for code, check in CATALOGUE.items():
        first = " ".join(check.doc.split("\n\n")[0].split())
        assert first.endswith(".") and len(first) > 20, (
            f"{code}: the docstring should open by saying what it checks"
        )
