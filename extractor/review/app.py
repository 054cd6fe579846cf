"""``trialfacts review``: a Textual app to accept, reject or correct each fact of a record.

The article is on the left, the facts on the right (one row per record path: path, value, status);
the fact under the cursor has its evidence highlighted in the article, scrolled into view. Every
decision is written to the database's ``review_decisions`` table the moment it is made (one
transaction each), so quitting at any point loses nothing already decided.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Header, Input, Label, Static

from extractor.record.models import TrialRecord
from extractor.review.decisions import (
    Action,
    Decision,
    PathError,
    ReviewValueError,
    apply_decisions,
    fact_paths,
    failing_checks,
    get_value,
    latest,
    load_decisions,
    parse_input,
    save_decision,
    stored_record,
    with_value,
)
from extractor.review.render import kind_of
from extractor.store.base import Store

CURRENT_STYLE = "bold white on red underline"
KEYS: list[tuple[str, str]] = [
    ("j / ↓, k / ↑", "next / previous fact"),
    ("a", "accept the value shown"),
    ("r", "reject it: the value becomes 'not stated'"),
    ("e", "edit it (JSON or plain words; checked against the record model)"),
    ("n", "add a note (saved with the fact's decision)"),
    ("u", "next unreviewed fact"),
    ("f", "next fact with a failing or warning check"),
    ("] / [", "next / previous record"),
    ("?", "this help"),
    ("q", "quit (every decision is already saved)"),
]
_ACTION_WORDS = {"accept": "✔ accepted", "reject": "✘ rejected", "edit": "✎ edited"}


def _words(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _edit_text(value: Any) -> str:
    """A value as the edit box shows it: strings bare, everything else as JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


@dataclass
class RecordState:
    """One record under review: as extracted, its decisions, and as reviewed."""

    extracted: TrialRecord
    decisions: list[Decision]
    reviewed: TrialRecord = field(init=False)
    facts: list[str] = field(init=False)
    decided: dict[str, Decision] = field(init=False)
    reviewed_data: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        self.facts = fact_paths(self.extracted)
        self.refresh()

    def refresh(self) -> None:
        self.reviewed = apply_decisions(self.extracted, self.decisions)
        self.reviewed_data = self.reviewed.model_dump(mode="json")
        self.decided = latest(self.decisions, self.extracted)

    def value(self, path: str) -> Any:
        try:
            return get_value(self.reviewed_data, path)
        except PathError:
            return None

    def extracted_value(self, path: str) -> Any:
        try:
            return get_value(self.extracted.model_dump(mode="json"), path)
        except PathError:
            return None


class InputScreen(ModalScreen[str | None]):
    """A one-line input box: Enter gives the text, Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "cancel")]
    DEFAULT_CSS = """
    InputScreen { align: center middle; }
    InputScreen > Vertical { width: 80%; height: auto; border: thick $accent; padding: 1 2;
        background: $surface; }
    """

    def __init__(self, prompt: str, value: str = "") -> None:
        super().__init__()
        self.prompt = prompt
        self.initial = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.prompt)
            yield Input(value=self.initial, id="answer")
            yield Label("Enter to save, Escape to cancel", classes="hint")

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "close"),
        Binding("question_mark", "close", "close"),
        Binding("q", "close", "close"),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical { width: 80; height: auto; border: thick $accent; padding: 1 2;
        background: $surface; }
    """

    def compose(self) -> ComposeResult:
        lines = Text("Keys\n\n", style="bold")
        for key, what in KEYS:
            lines.append(f"{key:>14}  ", style="bold cyan")
            lines.append(what + "\n")
        lines.append(
            "\nDecisions are saved at once, with the reviewer and the time; reviewed values "
            "override extracted ones in `trialfacts show --db` and exports.\nEscape closes.",
            style="dim",
        )
        with Vertical():
            yield Static(lines, id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)


class ReviewScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "decide('accept')", "accept"),
        Binding("r", "decide('reject')", "reject"),
        Binding("e", "edit", "edit"),
        Binding("n", "note", "note"),
        Binding("j", "move(1)", "next", show=False),
        Binding("k", "move(-1)", "previous", show=False),
        Binding("u", "next_unreviewed", "unreviewed"),
        Binding("f", "next_failing", "failing"),
        Binding("right_square_bracket", "record(1)", "next record"),
        Binding("left_square_bracket", "record(-1)", "prev record", show=False),
        Binding("question_mark", "help", "help"),
        Binding("q", "quit", "quit"),
    ]
    DEFAULT_CSS = """
    #main { height: 1fr; }
    #article { width: 1fr; border: round $primary; padding: 0 1; }
    #side { width: 1fr; min-width: 60; }
    #facts { height: 1fr; border: round $primary; }
    #detail { height: auto; max-height: 45%; border: round $secondary; padding: 0 1;
        overflow-y: auto; }
    .para { margin-bottom: 1; }
    """

    def __init__(self, review: ReviewApp) -> None:
        super().__init__()
        self.review = review

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield VerticalScroll(id="article")
            with Vertical(id="side"):
                yield DataTable(id="facts", cursor_type="row", zebra_stripes=True)
                yield Static(id="detail")
        yield Footer()

    async def on_mount(self) -> None:
        table = self.query_one("#facts", DataTable)
        table.add_column("path", key="path")
        table.add_column("value", key="value", width=22)
        table.add_column("status", key="status")
        await self.review.load_current()
        table.focus()

    # -- actions -------------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        table = self.query_one("#facts", DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)))

    def action_decide(self, action: str) -> None:
        self.review.decide("accept" if action == "accept" else "reject")

    def action_edit(self) -> None:
        path = self.review.current_path()
        if path is None:
            return
        state = self.review.state
        shown = state.value(path)

        def done(raw: str | None) -> None:
            if raw is not None:
                self.review.edit(path, raw)

        self.app.push_screen(
            InputScreen(f"New value for {path} (now {_words(shown)}):", _edit_text(shown)), done
        )

    def action_note(self) -> None:
        path = self.review.current_path()
        if path is None:
            return

        def done(text: str | None) -> None:
            if text is not None and text.strip():
                self.review.note(path, text.strip())

        self.app.push_screen(InputScreen(f"Note on {path}:"), done)

    def action_next_unreviewed(self) -> None:
        self.review.jump(lambda p: p not in self.review.state.decided, "no unreviewed fact left")

    def action_next_failing(self) -> None:
        self.review.jump(
            lambda p: bool(failing_checks(self.review.state.reviewed, p)),
            "no fact with a failing or warning check",
        )

    async def action_record(self, step: int) -> None:
        await self.review.move_record(step)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_quit(self) -> None:
        self.app.exit()

    @on(DataTable.RowHighlighted)
    def highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self.review.show_fact(str(event.row_key.value))


class ReviewApp(App[None]):
    """Review the records of ``article_ids`` in ``store`` one after another, as ``reviewer``."""

    TITLE = "trialfacts review"

    def __init__(
        self,
        store: Store,
        article_ids: Sequence[str],
        reviewer: str,
        queue_mode: bool = False,
    ) -> None:
        super().__init__()
        if not article_ids:
            raise ValueError("nothing to review")
        self.store = store
        self.article_ids = list(article_ids)
        self.reviewer = reviewer
        self.queue_mode = queue_mode
        self.index = 0
        self.state: RecordState
        self.pending_notes: dict[str, str] = {}
        self.current: str | None = None
        self.saved = 0  # decisions saved in this session
        self.message = ""
        self.screen_main: ReviewScreen

    def on_mount(self) -> None:
        self.screen_main = ReviewScreen(self)
        self.push_screen(self.screen_main)

    # -- loading -------------------------------------------------------------------------------

    async def load_current(self) -> None:
        article_id = self.article_ids[self.index]
        record = stored_record(self.store, article_id)
        self.state = RecordState(record, load_decisions(self.store, article_id))
        self.pending_notes = {}
        self.current = None
        self.message = ""
        label = "record" if self.queue_mode or len(self.article_ids) > 1 else "article"
        self.sub_title = (
            f"{label} {self.index + 1} of {len(self.article_ids)} · "
            f"{record.source.title or record.source.id}"
        )
        screen = self.screen_main
        article = screen.query_one("#article", VerticalScroll)
        await article.remove_children()
        self.paragraphs = _paragraphs(record.source.text)
        await article.mount_all(
            Static(Text(""), classes="para", id=f"p{i}") for i in range(len(self.paragraphs))
        )
        table = screen.query_one("#facts", DataTable)
        table.clear()
        for path in self.state.facts:
            table.add_row(
                Text(path.removeprefix("trial.")),
                self._value_cell(path),
                self._status_cell(path),
                key=path,
            )
        self._paint_article(None)
        if self.state.facts:
            first = next(
                (i for i, p in enumerate(self.state.facts) if p not in self.state.decided), 0
            )
            table.move_cursor(row=first)
            self.show_fact(self.state.facts[first])
        else:
            self._detail(Text("This record has no facts to review.", style="yellow"))

    async def move_record(self, step: int) -> None:
        target = self.index + step
        if not 0 <= target < len(self.article_ids):
            self.notify("no more records" if step > 0 else "this is the first record")
            return
        self.index = target
        await self.load_current()

    # -- cells and panels ----------------------------------------------------------------------

    def _value_cell(self, path: str) -> Text:
        state = self.state
        value = state.value(path)
        style = "dim" if value is None else ""
        if path in state.decided and state.decided[path].action != "accept":
            style = "bold"
        return Text(_words(value), style=style, overflow="ellipsis", no_wrap=True)

    def _status_cell(self, path: str) -> Text:
        state = self.state
        out = Text()
        d = state.decided.get(path)
        if d is None:
            out.append("· unreviewed", style="dim")
        else:
            out.append(
                _ACTION_WORDS[d.action],
                style={"accept": "green", "reject": "red", "edit": "cyan"}[d.action],
            )
        if path in self.pending_notes:
            out.append(" ✎note", style="magenta")
        for status, code, _ in failing_checks(state.reviewed, path):
            out.append(
                f" {'✘' if status == 'fail' else '!'}{code}",
                style="bold red" if status == "fail" else "yellow",
            )
        return out

    def _refresh_rows(self) -> None:
        table = self.screen_main.query_one("#facts", DataTable)
        for path in self.state.facts:
            table.update_cell(path, "value", self._value_cell(path))
            table.update_cell(path, "status", self._status_cell(path))

    def _detail(self, body: Text) -> None:
        self.screen_main.query_one("#detail", Static).update(body)

    def show_fact(self, path: str) -> None:
        self.current = path
        state = self.state
        body = Text()
        body.append(path + "\n", style="bold")
        body.append("extracted: ", style="cyan")
        body.append(_words(state.extracted_value(path)) + "\n")
        body.append("reviewed:  ", style="cyan")
        d = state.decided.get(path)
        body.append(
            (_words(state.value(path)) + f"  ({_ACTION_WORDS[d.action]} by {d.reviewer})")
            if d
            else "not yet",
        )
        body.append("\n")
        for status, code, message in failing_checks(state.reviewed, path):
            body.append(f"{status} {code}: ", style="bold red" if status == "fail" else "yellow")
            body.append(message + "\n")
        for e in state.extracted.evidence.get(path, []):
            body.append("“" + " ".join(e.text.split()) + "”", style="italic")
            body.append(f" [{e.start}:{e.end}]\n", style="dim")
        notes = [x for x in state.decisions if x.path == path and x.note]
        for x in notes:
            body.append(f"note ({x.reviewer}, {x.decided_at}): ", style="magenta")
            body.append(x.note or "")
            body.append("\n")
        if path in self.pending_notes:
            body.append("note, saved with the next decision: ", style="magenta")
            body.append(self.pending_notes[path] + "\n")
        if self.message:
            body.append(self.message + "\n", style="bold")
        self._detail(body)
        self._paint_article(path)

    def _paint_article(self, path: str | None) -> None:
        record = self.state.extracted
        current = record.evidence.get(path, []) if path else []
        screen = self.screen_main
        for i, (start, end) in enumerate(self.paragraphs):
            text = Text(record.source.text[start:end])
            for p, spans in record.evidence.items():
                kind = kind_of(p)
                for e in spans:
                    if e.end > start and e.start < end and kind is not None:
                        text.stylize(kind[0], max(0, e.start - start), min(end, e.end) - start)
            for e in current:
                if e.end > start and e.start < end:
                    text.stylize(CURRENT_STYLE, max(0, e.start - start), min(end, e.end) - start)
            screen.query_one(f"#p{i}", Static).update(text)
        if current:
            first = min(e.start for e in current)
            self.call_after_refresh(self._scroll_to, first)

    def _scroll_to(self, offset: int) -> None:
        screen = self.screen_main
        article = screen.query_one("#article", VerticalScroll)
        for i, (start, end) in enumerate(self.paragraphs):
            if start <= offset <= end:
                widget = screen.query_one(f"#p{i}", Static)
                width = max(1, widget.content_size.width)
                lines = Text(self.state.extracted.source.text[start:end]).wrap(self.console, width)
                row, seen = 0, 0
                for line in lines:
                    seen += len(line.plain) + 1
                    if seen > offset - start:
                        break
                    row += 1
                y = widget.virtual_region.y + row
                article.scroll_to(
                    y=max(0, y - article.size.height // 3), animate=False, immediate=True
                )
                return

    # -- decisions -----------------------------------------------------------------------------

    def current_path(self) -> str | None:
        if self.current is None:
            self.notify("no fact selected", severity="warning")
        return self.current

    def _save(self, path: str, action: Action, new_value: Any) -> None:
        note = self.pending_notes.pop(path, None)
        save_decision(
            self.store, self.state.extracted, path, action, self.reviewer, new_value, note
        )
        self.saved += 1
        self.state.decisions = load_decisions(self.store, self.state.extracted.source.id)
        self.state.refresh()
        self._refresh_rows()

    def decide(self, action: Action) -> None:
        path = self.current_path()
        if path is None:
            return
        if action == "reject":
            empty: list[Any] | None = (
                [] if isinstance(self.state.extracted_value(path), list) else None
            )
            try:
                with_value(self.state.reviewed, path, empty)
            except (ReviewValueError, PathError) as exc:
                self._fail(f"cannot reject: {exc}; edit it instead")
                return
            self._save(path, "reject", None)
        else:
            self._save(path, "accept", self.state.value(path))
        self.message = ""
        self.notify(f"{path}: {_ACTION_WORDS[action]}")
        self._advance(path)

    def edit(self, path: str, raw: str) -> None:
        try:
            value, _ = parse_input(self.state.reviewed, path, raw)
        except (ReviewValueError, PathError) as exc:
            self._fail(f"not saved: {exc}")
            return
        self._save(path, "edit", value)
        self.message = ""
        self.notify(f"{path}: edited to {_words(value)}")
        self._advance(path)

    def note(self, path: str, text: str) -> None:
        d = self.state.decided.get(path)
        if d is None:
            self.pending_notes[path] = text
            self.notify("note kept: it is saved with this fact's decision (a, r or e)")
            self._refresh_rows()
            self.show_fact(path)
            return
        self.pending_notes[path] = text
        self._save(path, d.action, d.new_value)
        self.notify(f"{path}: note saved")
        self.show_fact(path)

    def _fail(self, message: str) -> None:
        self.message = message
        self.notify(message, severity="error")
        if self.current:
            self.show_fact(self.current)
        self.message = ""

    def _advance(self, path: str) -> None:
        table = self.screen_main.query_one("#facts", DataTable)
        i = self.state.facts.index(path)
        if i + 1 < len(self.state.facts):
            table.move_cursor(row=i + 1)
        else:
            self.show_fact(path)

    def jump(self, wanted: Any, none_message: str) -> None:
        facts = self.state.facts
        if not facts:
            return
        start = facts.index(self.current) if self.current in facts else -1
        for k in range(1, len(facts) + 1):
            i = (start + k) % len(facts)
            if wanted(facts[i]):
                self.screen_main.query_one("#facts", DataTable).move_cursor(row=i)
                return
        self.notify(none_message)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line of the text."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out or [(0, len(text))]
