"""Record -> rich renderables. Pure: no I/O, no NLP; the CLI prints what this returns.

Evidence spans are character offsets into ``source.text``, so ``Text.stylize(style, start, end)``
highlights them directly: one colour per kind of fact, with a legend.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from extractor.record.models import Evidence, TrialRecord

if TYPE_CHECKING:
    from extractor.review.decisions import Decision

#: kind of fact -> (style, legend label). A record path belongs to the first kind whose prefix it has.
KINDS: list[tuple[str, str, str]] = [
    ("trial.enrollment", "bold black on bright_cyan", "participants"),
    ("trial.arms", "bold black on bright_green", "arms"),
    ("trial.follow_up", "bold black on bright_yellow", "follow-up"),
    ("trial.outcomes", "bold black on bright_magenta", "outcomes & effects"),
    ("trial.design", "bold white on blue", "design"),
    ("trial.phase", "bold white on blue", "design"),
    ("trial.blinding", "bold white on blue", "design"),
    ("trial.placebo_controlled", "bold white on blue", "design"),
    ("trial.name", "bold white on dark_orange3", "trial & people"),
    ("trial.registry_ids", "bold white on dark_orange3", "trial & people"),
    ("trial.investigators", "bold white on dark_orange3", "trial & people"),
    ("trial.venue", "bold white on dark_orange3", "trial & people"),
    ("trial.sponsor", "bold white on dark_orange3", "trial & people"),
    ("trial.finding", "bold white on red", "finding"),
    ("trial.conclusions", "italic", "conclusions"),
    ("trial.condition", "underline", "condition"),
    ("trial.population", "underline", "condition"),
]
CHECKLIST_STATUS = {
    "met": ("✔ met", "green"),
    "not_met": ("✘ not met", "bold red"),
    "not_applicable": ("– n.a.", "dim"),
}
STATUS = {
    "pass": ("✔ pass", "green"),
    "fail": ("✘ fail", "bold red"),
    "warn": ("! warn", "yellow"),
    "skip": ("– skip", "dim"),
}


def kind_of(path: str) -> tuple[str, str] | None:
    for prefix, style, label in KINDS:
        if path == prefix or path.startswith(prefix + ".") or path.startswith(prefix + "["):
            return style, label
    return None


def _n(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _quote(record: TrialRecord, path: str, context: int = 28) -> Text:
    """The first span of ``path`` in its surrounding words: '…her colleagues enrolled 256 women with…'."""
    spans = record.evidence.get(path) or []
    if not spans:
        return Text("")
    return quote_span(record, spans[0], context)


def quote_parts(record: TrialRecord, e: Evidence, context: int = 28) -> tuple[str, str, str]:
    """A span in its surrounding words: (words before, the span, words after), white space folded and
    cut at word boundaries, ready to print as '…before SPAN after…'."""
    text = record.source.text
    before = text[max(0, e.start - context) : e.start]
    after = text[e.end : e.end + context]
    if e.start - context > 0 and " " in before:
        before = before[before.index(" ") + 1 :]
    if e.end + context < len(text) and " " in after:
        after = after[: after.rindex(" ")]
    return (
        " ".join(before.split()) + (" " if before[-1:].isspace() else ""),
        " ".join(e.text.split()),
        (" " if after[:1].isspace() else "") + " ".join(after.split()),
    )


def quote_span(record: TrialRecord, e: Evidence, context: int = 28) -> Text:
    """One span of the article in its surrounding words, the span in bold."""
    before, span, after = quote_parts(record, e, context)
    out = Text("…" + before, style="dim")
    out.append(span, style="bold")
    out.append(after + "…", style="dim")
    return out


def header_rows(record: TrialRecord) -> list[tuple[str, str | None, str]]:
    """The header's facts: (label, value in words or None when not stated, the record path quoted)."""
    t = record.trial
    if t is None:
        return []
    e = t.enrollment
    fu = t.follow_up
    return [
        ("trial", t.name, "trial.name"),
        (
            "design",
            " ".join(
                x
                for x in [
                    t.design,
                    f"phase {t.phase}" if t.phase else None,
                    t.blinding,
                    "placebo-controlled" if t.placebo_controlled else None,
                ]
                if x
            )
            or None,
            "trial.design",
        ),
        ("registry", ", ".join(t.registry_ids) or None, "trial.registry_ids[0]"),
        ("condition", t.condition, "trial.condition"),
        (
            "participants",
            f"{_n(e.total)} (enrolled {_n(e.enrolled)}, randomized {_n(e.randomized)}, "
            f"analyzed {_n(e.analyzed)})"
            if e.total is not None
            else None,
            "trial.enrollment.total",
        ),
        (
            "enrollment",
            f"{_n(e.period.start)}–{_n(e.period.end)}" if e.period.start or e.period.end else None,
            "trial.enrollment.period.start",
        ),
        (
            "follow-up",
            f"{fu.statistic + ' ' if fu.statistic else ''}{_n(fu.value)} {fu.unit}" if fu else None,
            "trial.follow_up",
        ),
        ("finding", t.finding, "trial.finding"),
        ("venue", t.venue, "trial.venue"),
        ("sponsor", t.sponsor, "trial.sponsor"),
        (
            "investigators",
            "; ".join(
                f"{i.name}{', ' + i.affiliation if i.affiliation else ''}" for i in t.investigators
            )
            or None,
            "trial.investigators[0].name",
        ),
    ]


def header(record: TrialRecord) -> RenderableType:
    src = record.source
    title = Text(src.title or src.id, style="bold")
    meta = Text(f"{src.id}", style="dim")
    if src.published:
        meta.append(f" · {src.published}", style="dim")
    if src.url:
        meta.append(f" · {src.url}", style="dim")
    if not record.is_trial_report or record.trial is None:
        body = Group(
            title, meta, Text("Not a report of a specific clinical study.", style="yellow")
        )
        return Panel(body, box=box.ROUNDED)
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold cyan", no_wrap=True)
    facts.add_column()
    facts.add_column(style="dim")
    rows = header_rows(record)
    for label, value, path in rows:
        facts.add_row(
            label,
            Text(str(value)) if value is not None else Text("not stated", style="dim"),
            _quote(record, path) if value is not None else "",
        )
    return Panel(
        Group(title, meta, Text(""), facts), box=box.ROUNDED, title="trialfacts", title_align="left"
    )


def arms_table(record: TrialRecord) -> RenderableType | None:
    if record.trial is None or not record.trial.arms:
        return None
    table = Table(title="Arms", box=box.SIMPLE_HEAVY, title_justify="left")
    for col in ("arm", "n", "received", "crossed over", "evidence"):
        table.add_column(
            col, justify="right" if col in ("n", "received", "crossed over") else "left"
        )
    for i, a in enumerate(record.trial.arms):
        table.add_row(
            a.label,
            _n(a.n),
            _n(a.n_received),
            _n(a.n_crossed_over),
            _quote(record, f"trial.arms[{i}].n"),
        )
    return table


def arm_result_words(value: float | None, unit: str | None, events: int | None) -> str:
    """'54 months', '89 events', '12.5 % (30 events)'."""
    words = [f"{_n(value)}{' ' + unit if unit else ''}"] if value is not None else []
    if events is not None:
        words.append(f"({_n(events)} events)" if words else f"{_n(events)} events")
    return " ".join(words)


def outcomes_table(record: TrialRecord) -> RenderableType | None:
    if record.trial is None or not record.trial.outcomes:
        return None
    table = Table(title="Outcomes", box=box.SIMPLE_HEAVY, title_justify="left")
    for col in ("outcome", "role", "per arm", "effect", "p", "direction"):
        table.add_column(col)
    for o in record.trial.outcomes:
        per_arm = "; ".join(
            f"{r.arm or '?'}: " + arm_result_words(r.value, r.unit, r.events) for r in o.arm_results
        )
        effect = ""
        if o.effect is not None:
            effect = f"{o.effect.type} {_n(o.effect.value)}"
            if o.effect.ci:
                effect += f" ({_n(o.effect.ci[0])}–{_n(o.effect.ci[1])})"
        table.add_row(
            o.name or "(unnamed)",
            o.role or "",
            per_arm,
            effect,
            _n(o.p_value) if o.p_value else "",
            o.direction or "",
        )
    return table


def checks_table(record: TrialRecord, show_skipped: bool = False) -> RenderableType | None:
    if not record.checks:
        return None
    table = Table(title="Checks", box=box.SIMPLE_HEAVY, title_justify="left")
    table.add_column("status", no_wrap=True)
    table.add_column("code", no_wrap=True)
    table.add_column("check")
    table.add_column("message")
    for c in record.checks:
        if c.status == "skip" and not show_skipped:
            continue
        label, style = STATUS[c.status]
        table.add_row(Text(label, style=style), c.id, c.name, c.message)
    skipped = sum(1 for c in record.checks if c.status == "skip")
    if skipped and not show_skipped:
        table.caption = f"{skipped} check(s) skipped for missing inputs"
    return table


def checklist_view(record: TrialRecord, max_quotes: int = 3) -> RenderableType | None:
    """The editor's checklist: each criterion met / not met / n.a., why, and the words that decided."""
    if not record.checklist:
        return None
    table = Table(title="Editor's checklist", box=box.SIMPLE_HEAVY, title_justify="left")
    table.add_column("status", no_wrap=True)
    table.add_column("criterion")
    table.add_column("why")
    table.add_column("evidence")
    for item in record.checklist:
        label, style = CHECKLIST_STATUS[item.status]
        quotes = [quote_span(record, e, 20) for e in item.evidence[:max_quotes]]
        if len(item.evidence) > max_quotes:
            quotes.append(Text(f"(+{len(item.evidence) - max_quotes} more)", style="dim"))
        table.add_row(
            Text(label, style=style),
            item.name,
            item.note,
            Text("\n").join(quotes) if quotes else "",
        )
    return table


def decisions_view(decisions: Sequence[Decision]) -> RenderableType | None:
    """The review decisions applied to a record: what was extracted, what the reviewer set, who, why."""
    if not decisions:
        return None
    table = Table(title="Review decisions applied", box=box.SIMPLE_HEAVY, title_justify="left")
    for col in ("path", "action", "extracted", "reviewed", "reviewer", "when", "note"):
        table.add_column(col)
    colour = {"accept": "green", "reject": "red", "edit": "cyan"}
    for d in decisions:
        table.add_row(
            d.path,
            Text(d.action, style=colour.get(d.action, "")),
            json.dumps(d.old_value, ensure_ascii=False),
            "" if d.action == "reject" else json.dumps(d.new_value, ensure_ascii=False),
            d.reviewer,
            d.decided_at,
            d.note or "",
        )
    return table


def conclusions_view(record: TrialRecord) -> RenderableType | None:
    if record.trial is None or not record.trial.conclusions:
        return None
    lines = [
        Text.assemble(
            ("“" + c.text + "”", "italic"), (f" — {c.speaker}" if c.speaker else "", "dim")
        )
        for c in record.trial.conclusions
    ]
    return Panel(Group(*lines), title="Conclusions", title_align="left", box=box.ROUNDED)


def highlighted_text(record: TrialRecord) -> RenderableType:
    """The article with every fact's evidence highlighted, one colour per kind, and a legend."""
    text = Text(record.source.text)
    used: dict[str, str] = {}
    for path, spans in record.evidence.items():
        kind = kind_of(path)
        if kind is None:
            continue
        style, label = kind
        used[label] = style
        for e in spans:
            text.stylize(style, e.start, e.end)
    legend = Text("legend: ")
    for label, style in used.items():
        legend.append(f" {label} ", style=style)
        legend.append(" ")
    return Panel(
        Group(legend, Text(""), text), title="Article", title_align="left", box=box.ROUNDED
    )


def record_view(
    record: TrialRecord, with_text: bool = False, decisions: Sequence[Decision] = ()
) -> RenderableType:
    """The whole record; ``decisions`` (review decisions applied to it) are listed after the checklist."""
    parts: list[RenderableType] = [header(record)]
    for part in (
        arms_table(record),
        outcomes_table(record),
        conclusions_view(record),
        checks_table(record),
        checklist_view(record),
        decisions_view(decisions),
    ):
        if part is not None:
            parts.append(part)
    parts.append(Panel(Text(record.summary), title="Summary", title_align="left", box=box.ROUNDED))
    if with_text:
        parts.append(highlighted_text(record))
    return Group(*parts)
