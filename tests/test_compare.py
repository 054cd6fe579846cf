"""Article vs source: a hand-written story and abstract of the same trial, and the compare command."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import typer
from rich.console import Console

from extractor import cli
from extractor.cli_review import compare_command, comparison_table
from extractor.compare import compare, display
from extractor.record.models import FollowUp, Source, Trial, TrialRecord

NEWS = """Surgery does not help women with metastatic breast cancer live longer, trial finds

June 8, 2020

Removing the original tumor does not help women whose breast cancer has already spread, according to a new randomized trial presented at the American Society of Clinical Oncology (ASCO) Annual Meeting.

The researchers enrolled 256 women with stage IV breast cancer. Enrollment ran from 2011 to 2015. Half were assigned to surgery and half to continued drug therapy alone.

After a median follow-up of 4 years, there was no difference in overall survival between the two groups. The hazard ratio was 1.11 (p = 0.57).

The trial was funded by the National Cancer Institute.
"""

ABSTRACT = """Early local therapy for the primary site in de novo stage IV breast cancer: results of a randomized clinical trial (E2108)

Background: The value of surgery for the intact primary tumor in de novo metastatic breast cancer is unclear.

Methods: This phase 3 randomized trial enrolled 368 women with de novo stage IV breast cancer between 2011 and 2015. All received optimal systemic therapy. Of these, 256 women were randomized. 125 were assigned to early local therapy and 131 were assigned to continued systemic therapy.

Results: With a median follow-up of 53 months, there was no difference in overall survival (hazard ratio 1.11; 90% CI 0.82-1.52; p = 0.57). Locoregional progression was more common without surgery (p = 0.001).

Conclusions: Early local therapy did not improve overall survival. Funded by the National Cancer Institute.
"""


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("pair")
    (root / "news.txt").write_text(NEWS, "utf-8")
    (root / "abstract.txt").write_text(ABSTRACT, "utf-8")
    return root / "news.txt", root / "abstract.txt"


@pytest.fixture(scope="module")
def records(pair, nlp) -> tuple[TrialRecord, TrialRecord]:
    from extractor.api import extract_path

    news, source = (next(extract_path(p, nlp)) for p in pair)
    return news, source


@pytest.fixture(scope="module")
def rows(records) -> dict:
    return {r.field: r for r in compare(*records).rows}


def test_enrolled_disagrees_and_says_why(rows) -> None:
    row = rows["enrolled"]
    assert (row.news, row.source, row.status) == (256, 368, "disagree")
    assert "source's randomized number" in row.note
    assert [e.text for e in row.news_evidence] == ["256"]
    assert [e.text for e in row.source_evidence] == ["368"]
    randomized = rows["randomized"]
    assert (randomized.status, randomized.source) == ("only_source", 256)
    assert "as its enrolled number" in randomized.note


def test_follow_up_in_other_units_agrees(rows) -> None:
    assert rows["follow_up"].status == "agree"
    assert [e.text for e in rows["follow_up"].news_evidence] == ["median follow-up of 4 years"]


def test_other_fields(rows) -> None:
    assert rows["design"].status == "agree"
    assert rows["effects"].status == "agree"
    assert rows["p_values"].status == "agree" and "only some" in rows["p_values"].note
    assert rows["sponsor"].status == "agree"
    assert rows["phase"].status == "only_source"
    assert rows["arms"].status == "only_source"
    assert rows["venue"].status == "only_news"


def test_evidence_indexes_each_own_text(records, rows) -> None:
    news, source = records
    assert any(row.news_evidence for row in rows.values())
    for row in rows.values():
        for e in row.news_evidence:
            assert news.source.text[e.start : e.end] == e.text
        for e in row.source_evidence:
            assert source.source.text[e.start : e.end] == e.text


def _record(text: str, **trial) -> TrialRecord:
    return TrialRecord(
        source=Source(id=text[:8], sha256="0", text=text),
        is_trial_report=True,
        trial=Trial.model_validate(trial),
    )


@pytest.mark.parametrize(
    ("news", "source", "status"),
    [
        (
            {"follow_up": {"value": 4, "unit": "years"}},
            {"follow_up": {"value": 53, "unit": "months"}},
            "agree",
        ),
        (
            {"follow_up": {"value": 3, "unit": "years"}},
            {"follow_up": {"value": 53, "unit": "months"}},
            "disagree",
        ),
        (
            {"outcomes": [{"effect": {"type": "RRR", "value": 28}}]},
            {"outcomes": [{"effect": {"type": "HR", "value": 0.72}}]},
            "agree",
        ),
        (
            {"outcomes": [{"effect": {"type": "HR", "value": 0.62}}]},
            {"outcomes": [{"effect": {"type": "HR", "value": 0.72}}]},
            "disagree",
        ),
        ({"venue": "NEJM"}, {"venue": "The New England Journal of Medicine"}, "agree"),
        ({"venue": "JAMA"}, {"venue": "The Lancet"}, "disagree"),
        (
            {"arms": [{"label": "a", "n": 125}]},
            {"arms": [{"label": "x", "n": 125}, {"label": "y", "n": 131}]},
            "agree",
        ),
        ({"arms": [{"label": "a", "n": 152}]}, {"arms": [{"label": "x", "n": 125}]}, "disagree"),
        ({}, {}, "neither"),
    ],
)
def test_field_rules(news: dict, source: dict, status: str) -> None:
    field = next(iter(news or {"name": None}))
    rows = {r.field: r for r in compare(_record("news", **news), _record("source", **source)).rows}
    key = {"outcomes": "effects"}.get(field, field)
    assert rows[key].status == status


def test_not_a_trial_is_all_neither() -> None:
    empty = TrialRecord(source=Source(id="x", sha256="0", text="x"), is_trial_report=False)
    assert {r.status for r in compare(empty, empty).rows} == {"neither"}


def test_display() -> None:
    assert (
        display(FollowUp(value=53, unit="months", statistic="median").model_dump())
        == "median 53 months"
    )
    assert (
        display([{"type": "HR", "value": 0.7, "ci": [0.6, 0.8], "p": 0.01}])
        == "HR 0.7 (CI 0.6-0.8) p=0.01"
    )
    assert display(None) == "-"


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    """Run ``compare`` through the real console entry point (its error handling and exit codes)."""
    app = typer.Typer(pretty_exceptions_enable=False)
    app.command("compare")(compare_command)
    app.command("version")(cli.version)
    monkeypatch.setattr(cli, "app", app)
    monkeypatch.setattr(sys, "argv", ["trialfacts", "compare", *args])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
        raise SystemExit(0)
    out = capsys.readouterr()
    return int(exit_.value.code or 0), out.out, out.err


def test_command_json_when_piped(pair, monkeypatch, capsys) -> None:
    code, out, _ = _run(monkeypatch, capsys, str(pair[0]), str(pair[1]))
    assert code == 0
    data = json.loads(out)
    assert "enrolled" in data["disagreements"]
    assert {r["field"] for r in data["rows"]} >= {
        "name",
        "design",
        "enrolled",
        "effects",
        "sponsor",
    }


def test_command_missing_file_is_one_line_exit_2(pair, monkeypatch, capsys, tmp_path) -> None:
    code, out, err = _run(monkeypatch, capsys, str(pair[0]), str(tmp_path / "missing.txt"))
    assert code == 2 and out == ""
    assert err.startswith("trialfacts: error:") and err.count("\n") == 1


def test_command_rejects_two_stdins(monkeypatch, capsys) -> None:
    code, _, err = _run(monkeypatch, capsys, "-", "-")
    assert code == 2 and "stdin" in err


def test_table_shows_both_sides(records) -> None:
    console = Console(width=200, record=True, color_system=None)
    console.print(comparison_table(compare(*records)))
    text = console.export_text()
    assert "disagree" in text and "368" in text and "256" in text
    assert "“median follow-up of 4 years”" in text
