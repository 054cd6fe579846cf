"""The `ingest` and `db` commands, mounted on a local typer app as extractor.cli mounts them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from store_helpers import ROOT, SAMPLE, corpus_article, seed_article, write_jsonl
from typer.testing import CliRunner

from extractor.cli_db import db_app, ingest_command
from extractor.store import StoreError

app = typer.Typer()
app.command("ingest")(ingest_command)
app.add_typer(db_app, name="db")
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("cli")
    rows = [corpus_article(n) for n in SAMPLE]
    rows += [seed_article("e2018-a"), seed_article("e2018-b", **{"median of 53": "median of 60"})]
    path = write_jsonl(tmp / "in.jsonl", rows, {2: "{broken"})
    out = runner.invoke(app, ["ingest", str(path), "--db", str(tmp / "t.db")])
    assert out.exit_code == 0, out.output
    summary = json.loads(out.stdout)  # JSON when not a terminal
    assert (summary["read"], summary["new"], summary["failed"]) == (6, 5, 1)
    assert f"{path}:3: not JSON" in out.stderr
    again = runner.invoke(app, ["ingest", str(path), "--db", str(tmp / "t.db"), "-f", "json"])
    assert json.loads(again.stdout)["unchanged"] == 5
    return tmp / "t.db"


def run(*args: str) -> Any:
    out = runner.invoke(app, list(args))
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


def test_trials_and_filters(db: Path) -> None:
    everything = run("db", "trials", "--db", str(db))
    assert everything[0]["name"] == "ECOG-ACRIN E2018" and everything[0]["articles"] == 2
    breast = run("db", "trials", "--db", str(db), "--condition", "BREAST cancer")
    assert [t["name"] for t in breast] == ["ECOG-ACRIN E2018"]
    assert all(
        t["design"] == "rct" for t in run("db", "trials", "--db", str(db), "--design", "rct")
    )
    failing = run("db", "trials", "--db", str(db), "--failing")
    assert "ECOG-ACRIN E2018" in [t["name"] for t in failing]
    assert len(run("db", "trials", "--db", str(db), "--limit", "1")) == 1


def test_show(db: Path) -> None:
    detail = run("db", "show", "E2018", "--db", str(db))
    assert [s["article_id"] for s in detail["sources"]] == ["e2018-a", "e2018-b"]
    assert detail["disagreements"][0]["id"] == "SRC002"
    table = runner.invoke(app, ["db", "show", "E2018", "--db", str(db), "--format", "table"])
    assert table.exit_code == 0
    assert "SRC002" in table.stdout and "e2018-b" in table.stdout and "\x1b[" not in table.stdout


def test_search(db: Path) -> None:
    hits = run("db", "search", "encephaloduroarteriosynangiosis", "--db", str(db))
    assert [h["article_id"] for h in hits] == ["news_reviews_00020"]


def test_export(db: Path, tmp_path: Path) -> None:
    out = runner.invoke(
        app, ["db", "export", "--db", str(db), "--format", "jsonl", "--out", str(tmp_path)]
    )
    assert out.exit_code == 0
    assert (tmp_path / "trials.jsonl").is_file() and "trials.jsonl" in out.stdout


def test_errors_reach_the_entry_point_as_one_line(db: Path) -> None:
    out = runner.invoke(app, ["db", "show", "no such trial", "--db", str(db)])
    assert isinstance(out.exception, StoreError)
    done = subprocess.run(
        [sys.executable, "-m", "extractor.cli_db", "db", "trials", "--db", "postgresql://h/db"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "trialfacts: error: postgresql:// databases are not supported yet; "
        "use a SQLite file path (e.g. --db trials.db)\n"
    )
