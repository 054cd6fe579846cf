"""Arithmetic in the text: 'X of Y (Z%)' percentages, parts within their wholes, dropouts within the study.

These checks read ``source.text`` (the cue patterns are in ``checklist_patterns.jsonl``), so they see
numbers the extractor does not turn into record fields.
"""

from __future__ import annotations

import re

from extractor.checks.cues import matches, to_int
from extractor.checks.registry import Finding, check, verdict
from extractor.record.models import TrialRecord

_PEOPLE_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:patients|participants|people|women|men|adults|children|subjects|"
    r"volunteers|cases|users|smokers|infants|babies)\b",
    re.IGNORECASE,
)


def _decimals(s: str) -> int:
    return len(s.split(".", 1)[1]) if "." in s else 0


def percent_agrees(x: int, y: int, pct_text: str, approx: str | None) -> bool:
    """Whether ``pct_text`` % is ``x`` / ``y`` within rounding (rounded or truncated to its decimals);
    'about', 'nearly' ... allow one point or a tenth of the value; 'more than' / 'less than' are bounds."""
    true = 100 * x / y
    pct = float(pct_text)
    unit = 10 ** -_decimals(pct_text)
    word = (approx or "").strip().lower()
    if word in ("more than", "over", "just over"):
        return true > pct - unit / 2
    if word in ("less than", "under", "just under"):
        return true < pct + unit / 2
    if word:
        return abs(true - pct) <= max(1.0, 0.1 * pct) + 1e-9
    return pct - unit / 2 - 1e-9 <= true < pct + unit + 1e-9


@check(
    "ARI001",
    "percentages agree with their counts",
    "error",
    skip="the text gives no percentage together with its count and total ('X of Y (Z%)')",
)
def percent_vs_counts(record: TrialRecord) -> Finding | None:
    """Where the text gives a count, its total and a percentage together ('X of Y (Z%)', 'Z% (X/Y)'),
    the percentage is X / Y within rounding.

    Fails: '45 of 256 patients (28%)' (45/256 is 17.6%). Passes: '45 of 256 patients (18%)'.
    """
    text = record.source.text
    seen: list[str] = []
    bad: list[str] = []
    for m in matches("x_of_y_pct", text):
        x, y = to_int(m.group("x")), to_int(m.group("y"))
        if x is None or y is None or y == 0:
            continue
        approx = m.groupdict().get("approx")
        quote = " ".join(m.group(0).split())
        seen.append(quote)
        if not percent_agrees(x, y, m.group("pct"), approx):
            bad.append(
                f"'{quote}' (characters {m.start()}-{m.end()}): {x} of {y} is "
                f"{100 * x / y:.1f}%, not {m.group('pct')}%"
            )
    return verdict(
        seen,
        bad,
        ["source.text"],
        f"{len(seen)} percentage(s) match their counts",
        prefix="a percentage does not match its count: ",
    )


@check(
    "ARI002",
    "a part is not larger than its whole ('X of Y')",
    "error",
    skip="the text gives no 'X of Y' count",
)
def part_within_whole(record: TrialRecord) -> Finding | None:
    """In 'X of Y' ('45 of 256 patients', '9 out of 10'), X is at most Y.

    Fails: '140 of the 131 patients in the systemic-therapy group died'.
    Passes: '89 of the 131 patients in the systemic-therapy group died'.
    """
    text = record.source.text
    seen = 0
    bad: list[str] = []
    for m in matches("x_of_y", text):
        x, y = to_int(m.group("x")), to_int(m.group("y"))
        if x is None or y is None:
            continue
        # 'March 24 of 2019': a year as the whole is a date, unless people follow it
        if 1900 <= y <= 2100 and not _PEOPLE_AFTER.match(text, m.end()):
            continue
        seen += 1
        if x > y:
            quote = " ".join(text[m.start() : min(len(text), m.end() + 30)].split())
            bad.append(f"'{quote}...' (character {m.start()}): {x} is more than {y}")
    return verdict(
        seen,
        bad,
        ["source.text"],
        f"{seen} 'X of Y' count(s), each within its total",
        prefix="a count is larger than its total: ",
    )


@check(
    "ARI003",
    "dropouts within the number enrolled",
    "error",
    skip="needs a dropout/withdrawal count in the text and the number enrolled (or randomized, total)",
)
def dropouts_within_enrolled(record: TrialRecord) -> Finding | None:
    """No more people can drop out, withdraw or be lost to follow-up than took part.

    Fails: 300 enrolled and '320 patients dropped out'. Passes: 300 enrolled and '32 patients dropped out'.
    """
    trial = record.trial
    if trial is None:
        return None
    e = trial.enrollment
    sizes = [
        (v, f"trial.enrollment.{k}")
        for v, k in ((e.enrolled, "enrolled"), (e.randomized, "randomized"), (e.total, "total"))
        if v is not None
    ]
    arm_sum = sum(a.n for a in trial.arms if a.n is not None)
    if trial.arms and all(a.n is not None for a in trial.arms):
        sizes.append((arm_sum, "trial.arms"))
    if not sizes:
        return None
    whole, path = max(sizes)
    counts = [
        (n, m)
        for m in matches("dropouts", record.source.text)
        if (n := to_int(m.group("n"))) is not None
    ]
    if not counts:
        return None
    paths = ["source.text", path]
    bad = [f"'{' '.join(m.group(0).split())}' ({n})" for n, m in counts if n > whole]
    if bad:
        return Finding(
            False, f"more people left the study than took part ({whole}): " + "; ".join(bad), paths
        )
    return Finding(True, f"{len(counts)} dropout count(s), each within the {whole} enrolled", paths)
