"""The review app driven headless: every decision is in the database the moment it is made."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import typer
from review_helpers import SEED
from textual.widgets import DataTable, Input

from extractor.cli_show import review_command
from extractor.errors import InputError
from extractor.review.app import HelpScreen, InputScreen, ReviewApp
from extractor.review.decisions import ingest_for_review, reviewed_record
from extractor.review.queue import review_queue
from extractor.store import open_store


def saved(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT path, action, old_value, new_value, reviewer, note FROM review_decisions ORDER BY id"
    ).fetchall()
    conn.close()
    return rows


async def type_into(pilot: Any, app: ReviewApp, text: str) -> None:
    await pilot.pause()
    assert isinstance(app.screen, InputScreen)
    app.screen.query_one(Input).value = text
    await pilot.press("enter")
    await pilot.pause()


def test_review_session(db: tuple[Path, str]) -> None:
    path, article_id = db

    async def session() -> None:
        with open_store(path) as store:
            app = ReviewApp(store, [article_id], "ann")
            async with app.run_test(size=(150, 45)) as pilot:
                await pilot.pause()
                table = app.screen.query_one("#facts", DataTable)
                assert table.row_count == len(app.state.facts) and app.current == "trial.name"
                await pilot.press("j", "j", "k")
                assert app.current == app.state.facts[1]
                await pilot.press("down")
                assert app.current == app.state.facts[2]
                article = app.screen.query_one("#article")
                scroll_before = article.scroll_y
                # move to the follow-up: its evidence is far down the article, scrolled into view
                table.move_cursor(row=app.state.facts.index("trial.follow_up"))
                await pilot.pause()
                await pilot.pause()
                assert app.current == "trial.follow_up" and article.scroll_y > scroll_before
                await pilot.press("a")  # accept; the cursor moves on
                assert saved(path)[-1][:2] == ("trial.follow_up", "accept")
                assert app.current != "trial.follow_up"
                # edit with an invalid value: a message, nothing saved
                table.move_cursor(row=app.state.facts.index("trial.arms[0].n"))
                await pilot.pause()
                await pilot.press("e")
                await type_into(pilot, app, "-5")
                assert len(saved(path)) == 1
                assert "not saved" in str(app.screen.query_one("#detail").render())
                # a valid edit
                await pilot.press("e")
                await type_into(pilot, app, "120")
                assert saved(path)[-1] == ("trial.arms[0].n", "edit", "125", "120", "ann", None)
                assert app.state.reviewed.trial is not None
                assert app.state.reviewed.trial.arms[0].n == 120
                # f: the next fact with a failing check (ARM001 fails now: 120 + 131 != 256)
                await pilot.press("f")
                assert app.current is not None and any(
                    c.id == "ARM001" and c.status == "fail" for c in app.state.reviewed.checks
                )
                # a note on an undecided fact is saved with its decision
                table.move_cursor(row=app.state.facts.index("trial.arms[1].n_crossed_over"))
                await pilot.pause()
                await pilot.press("n")
                await type_into(pilot, app, "25 crossed to surgery")
                assert len(saved(path)) == 2
                await pilot.press("r")
                assert saved(path)[-1] == (
                    "trial.arms[1].n_crossed_over", "reject", "25", "null", "ann",
                    "25 crossed to surgery",
                )  # fmt: skip
                # a note on a decided fact: its decision again, with the note
                table.move_cursor(row=app.state.facts.index("trial.arms[0].n"))
                await pilot.pause()
                await pilot.press("n")
                await type_into(pilot, app, "checked twice")
                assert saved(path)[-1] == (
                    "trial.arms[0].n", "edit", "125", "120", "ann", "checked twice"
                )  # fmt: skip
                # rejecting a required value is refused
                table.move_cursor(row=app.state.facts.index("trial.arms[0].label"))
                await pilot.pause()
                await pilot.press("r")
                assert len(saved(path)) == 4
                # Escape in the edit box saves nothing
                await pilot.press("e")
                await pilot.pause()
                await pilot.press("escape")
                await pilot.pause()
                assert len(saved(path)) == 4
                # u: the next unreviewed fact
                await pilot.press("u")
                assert app.current not in app.state.decided
                await pilot.press("question_mark")
                await pilot.pause()
                assert isinstance(app.screen, HelpScreen)
                await pilot.press("escape")
                await pilot.pause()
                await pilot.press("q")
            assert app.saved == 4
            reviewed = reviewed_record(store, article_id)
        assert reviewed.trial is not None
        assert reviewed.trial.arms[0].n == 120 and reviewed.trial.arms[1].n_crossed_over is None

    asyncio.run(session())


def test_queue(tmp_path: Path, seed_db: tuple[Path, str]) -> None:
    path = tmp_path / "q.db"
    corpus = SEED.parent
    with open_store(path) as store:
        for name in (
            "000_3561bdc1841b2c94.txt",
            "news_reviews_00020.json",
            "news_reviews_00037.json",
        ):
            ingest_for_review(corpus / name, store, use_model=False)
        items = review_queue(store)
        assert items == sorted(items, key=lambda i: i.sort_key())
        assert all(i.unreviewed == i.facts > 0 for i in items)
        ids = [i.article_id for i in items]

        async def session() -> None:
            app = ReviewApp(store, ids, "bob", queue_mode=True)
            async with app.run_test(size=(150, 45)) as pilot:
                await pilot.pause()
                assert f"record 1 of {len(ids)}" in app.sub_title
                for _ in app.state.facts:
                    await pilot.press("a")
                await pilot.press("right_square_bracket")
                await pilot.pause()
                assert f"record 2 of {len(ids)}" in app.sub_title
                assert app.state.extracted.source.id == ids[1]
                await pilot.press("q")

        asyncio.run(session())
        after = review_queue(store)
    assert [i.article_id for i in after] == ids[1:]  # the finished record left the queue


def test_review_command_errors(tmp_path: Path) -> None:
    app = typer.Typer()
    app.command("review")(review_command)
    app.command("version")(lambda: None)
    from typer.testing import CliRunner

    runner = CliRunner()
    out = runner.invoke(app, ["review", "--db", str(tmp_path / "x.db")])
    assert isinstance(out.exception, InputError) and "exactly one" in str(out.exception)
    out = runner.invoke(app, ["review", str(SEED), "--db", str(tmp_path / "x.db")])
    assert isinstance(out.exception, InputError) and "terminal" in str(out.exception)


@pytest.mark.parametrize("bad", ["-", "missing.txt"])
def test_ingest_for_review_refuses(tmp_path: Path, bad: str) -> None:
    with open_store(tmp_path / "y.db") as store, pytest.raises(InputError):
        ingest_for_review(bad, store)
