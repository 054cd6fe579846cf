"""Record -> one self-contained HTML page: the same content as the terminal view (header, arms,
outcomes, conclusions, checks, the editor's checklist, the summary, the article with every fact's
evidence highlighted and a legend). Inline CSS only: no scripts, fonts or images, nothing fetched.

Every piece of text is escaped; evidence spans become ``<mark class="k-...">`` with the record
paths they support in ``title``. Where spans overlap, the innermost (shortest) one gives the colour.
"""

from __future__ import annotations

import itertools
from html import escape

from extractor.record.models import Evidence, TrialRecord
from extractor.review.decisions import Decision
from extractor.review.render import (
    CHECKLIST_STATUS,
    KINDS,
    STATUS,
    _n,
    arm_result_words,
    header_rows,
    kind_of,
    quote_parts,
)

#: legend label -> (css class, css declarations), mirroring render.KINDS' terminal colours.
KIND_CSS: dict[str, tuple[str, str]] = {
    "participants": ("k-participants", "background:#5ee7f7;color:#000;font-weight:bold"),
    "arms": ("k-arms", "background:#7bed7b;color:#000;font-weight:bold"),
    "follow-up": ("k-follow-up", "background:#fff176;color:#000;font-weight:bold"),
    "outcomes & effects": ("k-outcomes", "background:#f7a1f7;color:#000;font-weight:bold"),
    "design": ("k-design", "background:#2f4fc9;color:#fff;font-weight:bold"),
    "trial & people": ("k-trial", "background:#c46200;color:#fff;font-weight:bold"),
    "finding": ("k-finding", "background:#c62828;color:#fff;font-weight:bold"),
    "conclusions": ("k-conclusions", "background:#eeeeee;color:#000;font-style:italic"),
    "condition": ("k-condition", "background:#fff;color:#000;text-decoration:underline"),
}
_STATUS_CLASS = {"pass": "ok", "fail": "bad", "warn": "warn", "skip": "dim"}
_CHECKLIST_CLASS = {"met": "ok", "not_met": "bad", "not_applicable": "dim"}

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;max-width:70em;margin:2em auto;
padding:0 1em;color:#222;background:#fff}
h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.1em;margin:1.6em 0 .4em;border-bottom:1px solid #ccc}
.meta,.dim,.quote{color:#666}.quote{font-size:.9em}.quote b{color:#222}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.25em .6em;
border-bottom:1px solid #e4e4e4}th{border-bottom:2px solid #999}td.num{text-align:right}
table.facts th{border:0;color:#0a7f8f;white-space:nowrap;width:1%}table.facts td{border:0}
.ok{color:#1b7f1b}.bad{color:#c62828;font-weight:bold}.warn{color:#a86b00}
.status{white-space:nowrap}.box{border:1px solid #ccc;border-radius:6px;padding:.6em 1em}
.article{white-space:pre-wrap;border:1px solid #ccc;border-radius:6px;padding:1em;line-height:1.7}
.legend mark{margin-right:.5em}mark{padding:0 .1em;border-radius:2px}
blockquote{margin:.4em 0;font-style:italic}
"""


def _css() -> str:
    kinds = "".join(f"mark.{cls}{{{decl}}}" for cls, decl in KIND_CSS.values())
    return _CSS + kinds


def _quote(record: TrialRecord, e: Evidence, context: int = 28) -> str:
    before, span, after = quote_parts(record, e, context)
    return f'<span class="quote">…{escape(before)}<b>{escape(span)}</b>{escape(after)}…</span>'


def _path_quote(record: TrialRecord, path: str) -> str:
    spans = record.evidence.get(path) or []
    return _quote(record, spans[0]) if spans else ""


def highlighted_article(record: TrialRecord) -> str:
    """The article's text, escaped, with ``<mark>`` around every evidence span (no overlaps)."""
    text = record.source.text
    spans: list[tuple[int, int, str, str]] = []  # start, end, label, path
    for path, evidence in record.evidence.items():
        kind = kind_of(path)
        if kind is None:
            continue
        for e in evidence:
            if 0 <= e.start < e.end <= len(text):
                spans.append((e.start, e.end, kind[1], path))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        piece = escape(text[a:b])
        covering = [s for s in spans if s[0] <= a and b <= s[1]]
        if not covering:
            out.append(piece)
            continue
        inner = min(covering, key=lambda s: (s[1] - s[0], s[3]))
        paths = sorted({s[3] for s in covering})
        cls = KIND_CSS[inner[2]][0]
        out.append(f'<mark class="{cls}" title="{escape(", ".join(paths))}">{piece}</mark>')
    return "".join(out)


def _legend(record: TrialRecord) -> str:
    used: list[str] = []
    for path in record.evidence:
        kind = kind_of(path)
        if kind is not None and kind[1] not in used:
            used.append(kind[1])
    order = [label for _, _, label in KINDS]
    used.sort(key=order.index)
    return " ".join(f'<mark class="{KIND_CSS[label][0]}">{escape(label)}</mark>' for label in used)


def _header(record: TrialRecord) -> str:
    src = record.source
    meta = [escape(src.id)]
    if src.published:
        meta.append(escape(src.published))
    if src.url:
        meta.append(f"{escape(src.url)}")
    parts = [
        f"<h1>{escape(src.title or src.id)}</h1>",
        f'<div class="meta">{" · ".join(meta)}</div>',
    ]
    if not record.is_trial_report or record.trial is None:
        parts.append('<p class="warn">Not a report of a specific clinical study.</p>')
        return "\n".join(parts)
    rows = []
    for label, value, path in header_rows(record):
        shown = escape(value) if value is not None else '<span class="dim">not stated</span>'
        quote = _path_quote(record, path) if value is not None else ""
        rows.append(f"<tr><th>{escape(label)}</th><td>{shown}</td><td>{quote}</td></tr>")
    parts.append('<table class="facts">' + "".join(rows) + "</table>")
    return "\n".join(parts)


def _table(headers: list[str], rows: list[list[str]], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _arms(record: TrialRecord) -> str:
    if record.trial is None or not record.trial.arms:
        return ""
    rows = [
        [
            escape(a.label),
            _n(a.n),
            _n(a.n_received),
            _n(a.n_crossed_over),
            _path_quote(record, f"trial.arms[{i}].n"),
        ]
        for i, a in enumerate(record.trial.arms)
    ]
    return "<h2>Arms</h2>" + _table(
        ["arm", "n", "received", "crossed over", "evidence"], rows, {1, 2, 3}
    )


def _outcomes(record: TrialRecord) -> str:
    if record.trial is None or not record.trial.outcomes:
        return ""
    rows = []
    for o in record.trial.outcomes:
        per_arm = "; ".join(
            f"{r.arm or '?'}: {arm_result_words(r.value, r.unit, r.events)}" for r in o.arm_results
        )
        effect = ""
        if o.effect is not None:
            effect = f"{o.effect.type} {_n(o.effect.value)}"
            if o.effect.ci:
                effect += f" ({_n(o.effect.ci[0])}–{_n(o.effect.ci[1])})"
        rows.append(
            [
                escape(o.name or "(unnamed)"),
                escape(o.role or ""),
                escape(per_arm),
                escape(effect),
                _n(o.p_value) if o.p_value else "",
                escape(o.direction or ""),
            ]
        )
    return "<h2>Outcomes</h2>" + _table(
        ["outcome", "role", "per arm", "effect", "p", "direction"], rows
    )


def _conclusions(record: TrialRecord) -> str:
    if record.trial is None or not record.trial.conclusions:
        return ""
    items = "".join(
        f"<blockquote>“{escape(c.text)}”"
        + (f' <span class="dim">— {escape(c.speaker)}</span>' if c.speaker else "")
        + "</blockquote>"
        for c in record.trial.conclusions
    )
    return f'<h2>Conclusions</h2><div class="box">{items}</div>'


def _checks(record: TrialRecord) -> str:
    if not record.checks:
        return ""
    rows = []
    for c in record.checks:
        if c.status == "skip":
            continue
        label = STATUS[c.status][0]
        rows.append(
            [
                f'<span class="status {_STATUS_CLASS[c.status]}">{escape(label)}</span>',
                escape(c.id),
                escape(c.name),
                escape(c.message),
            ]
        )
    skipped = sum(c.status == "skip" for c in record.checks)
    note = f'<p class="dim">{skipped} check(s) skipped for missing inputs</p>' if skipped else ""
    return "<h2>Checks</h2>" + _table(["status", "code", "check", "message"], rows) + note


def _checklist(record: TrialRecord) -> str:
    if not record.checklist:
        return ""
    rows = []
    for item in record.checklist:
        label = CHECKLIST_STATUS[item.status][0]
        quotes = "<br>".join(_quote(record, e, 20) for e in item.evidence)
        rows.append(
            [
                f'<span class="status {_CHECKLIST_CLASS[item.status]}">{escape(label)}</span>',
                escape(item.name),
                escape(item.note),
                quotes,
            ]
        )
    return "<h2>Editor's checklist</h2>" + _table(["status", "criterion", "why", "evidence"], rows)


def _review(decisions: list[Decision]) -> str:
    if not decisions:
        return ""
    rows = [
        [
            escape(d.path),
            escape(d.action),
            escape(_json_words(d.old_value)),
            escape(_json_words(d.new_value)) if d.action != "reject" else "",
            escape(d.reviewer),
            escape(d.decided_at),
            escape(d.note or ""),
        ]
        for d in decisions
    ]
    return "<h2>Review decisions applied</h2>" + _table(
        ["path", "action", "extracted", "reviewed", "reviewer", "when", "note"], rows
    )


def _json_words(value: object) -> str:
    import json

    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def record_html(record: TrialRecord, decisions: list[Decision] | None = None) -> str:
    """One self-contained HTML page for ``record``; ``decisions`` (the ones applied) are listed."""
    title = escape(record.source.title or record.source.id)
    body = [
        _header(record),
        _arms(record),
        _outcomes(record),
        _conclusions(record),
        _checks(record),
        _checklist(record),
        _review(decisions or []),
        f'<h2>Summary</h2><div class="box">{escape(record.summary)}</div>',
        f'<h2>Article</h2><p class="legend">legend: {_legend(record)}</p>',
        f'<div class="article">{highlighted_article(record)}</div>',
    ]
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title} — trialfacts</title>\n<style>{_css()}</style>\n</head>\n<body>\n"
        + "\n".join(part for part in body if part)
        + f'\n<p class="dim">trialfacts {escape(record.extractor_version or "")}</p>\n'
        "</body>\n</html>\n"
    )
