"""One trial, many articles: which records report the same trial, and where their sources disagree.

Pure functions over record data (``TrialRecord.model_dump(mode="json")``); the store calls them.

A record's *keys* say which trial it reports:

- ``reg:NCT01234567``: each registry id (NCT, ISRCTN, ACTRN, EudraCT), upper-cased;
- ``name:sprint``: the trial's name, lower-cased with punctuation folded to spaces, but only when the
  article uses it as a study's name ("the SPRINT trial", "a study called JUPITER"). The extractor also
  names trials after a drug or target ("PD-1", "PCSK9"); linking on those would merge unrelated trials;
- ``article:<id>``: a record with neither reports a trial of its own.

Records sharing any key belong to one trial (keys link transitively).

Cross-source checks (warnings, computed over the records of one trial with at least two sources):

- SRC001 the sources give different total numbers of participants;
- SRC002 they give different follow-up (compared in days, more than 5% apart);
- SRC003 they report different findings for the main comparison.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

REGISTRY = "reg:"
NAME = "name:"
ARTICLE = "article:"

_STUDY_WORD = r"(?:trials?|study|studies)"


def normalize_name(name: str) -> str:
    """'ECOG-ACRIN E2018' -> 'ecog acrin e2018'."""
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


def normalize_registry_id(value: str) -> str:
    return re.sub(r"\s+", "", value).upper()


def used_as_study_name(name: str, text: str) -> bool:
    """The text calls ``name`` a trial or study: 'the SPRINT trial', 'SCOT-HEART study', 'a trial
    called DAWN'; not 'PD-1 inhibitors'."""
    n = re.escape(name)
    pattern = (
        rf"(?<![\w-]){n}(?![\w-])(?:[\s,]+[\w'’-]+){{0,3}}?[\s,]+{_STUDY_WORD}\b"
        rf"|\b(?:trial|study)[\s,]+(?:called|named|known as|dubbed)[\s,]+(?:the\s+)?{n}(?![\w-])"
    )
    return re.search(pattern, text, re.IGNORECASE) is not None


def record_keys(record: Mapping[str, Any]) -> list[str]:
    """The keys linking a record to its trial (see the module docstring); [] when it reports none."""
    trial = record.get("trial")
    if not record.get("is_trial_report") or not trial:
        return []
    keys = [REGISTRY + normalize_registry_id(r) for r in trial.get("registry_ids") or []]
    name = trial.get("name")
    if name and normalize_name(name) and used_as_study_name(name, record["source"]["text"]):
        keys.append(NAME + normalize_name(name))
    if not keys:
        keys.append(ARTICLE + record["source"]["id"])
    return sorted(set(keys))


@dataclass(frozen=True)
class SourceFacts:
    """What one article says about the trial, as far as the cross-source checks compare."""

    article_id: str
    total_n: int | None
    follow_up_value: float | None
    follow_up_unit: str | None
    follow_up_statistic: str | None
    finding: str | None


@dataclass(frozen=True)
class Disagreement:
    check_id: str
    name: str
    severity: str
    field: str
    message: str
    values: list[dict[str, Any]]  # [{"value": ..., "articles": [ids]}], one per distinct value


CROSS_SOURCE_CHECKS: dict[str, tuple[str, str]] = {
    "SRC001": ("sources agree on the total number of participants", "trial.enrollment.total"),
    "SRC002": ("sources agree on the follow-up", "trial.follow_up"),
    "SRC003": ("sources agree on the main finding", "trial.finding"),
}

_DAYS = {"days": 1.0, "weeks": 7.0, "months": 30.4375, "years": 365.25}


def _follow_up_text(f: SourceFacts) -> str:
    value = f"{f.follow_up_value:g} {f.follow_up_unit}"
    return f"{value} ({f.follow_up_statistic})" if f.follow_up_statistic else value


def _grouped(pairs: Sequence[tuple[Any, str]]) -> list[dict[str, Any]]:
    groups: dict[Any, list[str]] = {}
    for value, article in pairs:
        groups.setdefault(value, []).append(article)
    return [{"value": v, "articles": a} for v, a in groups.items()]


def _describe(groups: list[dict[str, Any]]) -> str:
    return "; ".join(f"{g['value']} in {', '.join(g['articles'])}" for g in groups)


def _make(check_id: str, what: str, groups: list[dict[str, Any]]) -> Disagreement:
    name, field = CROSS_SOURCE_CHECKS[check_id]
    return Disagreement(
        check_id=check_id,
        name=name,
        severity="warning",
        field=field,
        message=f"the sources give different {what}: {_describe(groups)}",
        values=groups,
    )


def disagreements(sources: Sequence[SourceFacts]) -> list[Disagreement]:
    """The cross-source checks that fail for one trial's sources (none with fewer than two)."""
    out: list[Disagreement] = []
    totals = [(s.total_n, s.article_id) for s in sources if s.total_n is not None]
    if len({v for v, _ in totals}) > 1:
        out.append(_make("SRC001", "total numbers of participants", _grouped(totals)))
    follow: list[tuple[SourceFacts, float]] = []
    for s in sources:
        per_unit = _DAYS.get(s.follow_up_unit or "")
        if s.follow_up_value and per_unit:
            follow.append((s, s.follow_up_value * per_unit))
    days = [d for _, d in follow]
    if days and (max(days) - min(days)) > 0.05 * max(days):
        groups = _grouped([(_follow_up_text(s), s.article_id) for s, _ in follow])
        out.append(_make("SRC002", "follow-up", groups))
    findings = [(s.finding, s.article_id) for s in sources if s.finding]
    if len({v for v, _ in findings}) > 1:
        out.append(_make("SRC003", "findings", _grouped(findings)))
    return out
