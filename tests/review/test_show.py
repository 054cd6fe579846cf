"""`trialfacts show`: the terminal view (plain when piped, width-aware) and the HTML page."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import typer
from review_helpers import SEED
from typer.testing import CliRunner

from extractor.cli_show import show_command
from extractor.errors import InputError
from extractor.record.models import Enrollment, Evidence, Source, Trial, TrialRecord
from extractor.review.decisions import save_decision, stored_record
from extractor.review.html import highlighted_article, record_html
from extractor.review.render import record_view
from extractor.store import open_store

app = typer.Typer()
app.command("show")(show_command)
app.command("version")(lambda: None)  # two commands: "show" stays a subcommand
runner = CliRunner()
ANSI = re.compile(r"\x1b\[")


def render(record: TrialRecord, width: int, terminal: bool) -> str:
    out = io.StringIO()
    from rich.console import Console

    console = Console(file=out, width=width, force_terminal=terminal, highlight=False)
    console.print(record_view(record, with_text=True))
    return out.getvalue()


def test_plain_view_at_a_fixed_width(seed_record: TrialRecord) -> None:
    text = render(seed_record, 100, terminal=False)
    assert not ANSI.search(text)
    assert max(len(line) for line in text.splitlines()) <= 100
    for expected in (
        "ECOG-ACRIN E2018",
        "median 53 months",
        "2020 American Society of Clinical Oncology",
        "Arms",
        "surgery",
        "Outcomes",
        "overall survival",
        "! warn   ENR001",
        "Editor's checklist",
        "✔ met",
        "✘ not met",
        "– n.a.",
        "harms and side effects",
        "…the cancer. Some 6% of",  # the checklist's evidence in its own words
        "Summary",
        "legend:",
        "Of the 125 people randomized to the surgery group",
    ):
        assert expected in text, expected
    narrow = render(seed_record, 60, terminal=False)
    assert max(len(line) for line in narrow.splitlines()) <= 60


def test_colour_only_on_a_terminal(seed_record: TrialRecord) -> None:
    text = render(seed_record, 100, terminal=True)
    assert ANSI.search(text)
    assert "\x1b[1;30;102m" in text and "\x1b[1;30;103m" in text  # arms, follow-up colours


def test_show_command_piped() -> None:
    out = runner.invoke(app, ["show", str(SEED)], env={"COLUMNS": "90"})
    assert out.exit_code == 0, out.output
    assert not ANSI.search(out.stdout)
    assert "Editor's checklist" in out.stdout and "Following a median of 53 months" in out.stdout
    assert max(len(line) for line in out.stdout.splitlines()) <= 90
    short = runner.invoke(app, ["show", str(SEED), "--no-text"])
    assert "Following a median of 53 months" not in short.stdout


def test_show_stored_record_with_reviewed_values(db: tuple[Path, str]) -> None:
    path, article_id = db
    with open_store(path) as store:
        record = stored_record(store, article_id)
        save_decision(store, record, "trial.arms[0].n", "edit", "ann", 120, "the text says 120")
    out = runner.invoke(
        app, ["show", "--db", str(path), "--id", article_id], env={"COLUMNS": "160"}
    )
    assert out.exit_code == 0, out.output
    assert "Review decisions applied" in out.stdout and "the text says 120" in out.stdout
    assert re.search(r"surgery\s+120\s", out.stdout)
    assert "arms 120 + 131 = 251" in out.stdout  # the checks ran on the reviewed values
    # a file shown against the database gets the same reviewed values
    again = runner.invoke(app, ["show", str(SEED), "--db", str(path)], env={"COLUMNS": "160"})
    assert re.search(r"surgery\s+120\s", again.stdout)


def test_show_usage_errors(tmp_path: Path) -> None:
    for args in (["show"], ["show", "--id", "x"], ["show", str(SEED), "--id", "x", "--db", "d"]):
        out = runner.invoke(app, args)
        assert isinstance(out.exception, InputError), args


def small_record() -> TrialRecord:
    text = 'A <script>alert("x")</script> trial & co enrolled 120 adults; 60 got <b>drug</b>.'
    total = text.index("120")
    arm = text.index("60")
    return TrialRecord(
        source=Source(id="t<1>", title="Tom & <Jerry>", sha256="0" * 64, text=text),
        is_trial_report=True,
        trial=Trial(name="T&T", enrollment=Enrollment(total=120)),
        evidence={
            "trial.enrollment.total": [Evidence(start=total, end=total + 3, text="120")],
            "trial.arms[0].n": [Evidence(start=arm, end=arm + 2, text="60")],
            "trial.name": [
                Evidence(start=total - 12, end=total + 11, text=text[total - 12 : total + 11])
            ],
        },
        summary="A summary with <angle> & ampersand.",
    )


def test_html_is_self_contained_and_escaped(tmp_path: Path, seed_record: TrialRecord) -> None:
    page = record_html(small_record())
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert "<script" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Tom &amp; &lt;Jerry&gt;" in page and "&lt;angle&gt; &amp; ampersand" in page
    assert "&lt;b&gt;drug&lt;/b&gt;" in page
    assert (
        '<mark class="k-participants" title="trial.enrollment.total, trial.name">120</mark>' in page
    )
    assert '<mark class="k-arms" title="trial.arms[0].n">60</mark>' in page
    article = highlighted_article(small_record())
    assert article.count("<mark") == article.count("</mark>")
    assert re.sub(r"<[^>]+>", "", article) == (
        "A &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; trial &amp; co enrolled 120 adults; "
        "60 got &lt;b&gt;drug&lt;/b&gt;."
    )  # the whole text, once, in order
    seed = record_html(seed_record)
    for needle in ("<link", " src=", "url(", "@import", "<script"):
        assert needle not in seed
    assert "Editor's checklist" in seed and "ENR001" in seed and "legend:" in seed
    assert seed.count('<mark class="k-arms"') >= 4


def test_show_html_command(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    out = runner.invoke(app, ["show", str(SEED), "--html", str(target)])
    assert out.exit_code == 0, out.output
    page = target.read_text("utf-8")
    assert "ECOG-ACRIN E2018" in page and '<mark class="k-follow-up"' in page


@pytest.mark.parametrize("width", [40, 200])
def test_render_any_width(seed_record: TrialRecord, width: int) -> None:
    assert "ECOG-ACRIN" in render(seed_record, width, terminal=False)
