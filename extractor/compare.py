"""Article vs source: a news story's record beside the record of its source (an abstract, a paper, a
release), field by field, each value with its evidence from its own text, and a verdict.

>>> from extractor.api import extract_path
>>> from extractor.compare import compare
>>> comparison = compare(next(extract_path("story.txt")), next(extract_path("abstract.txt")))  # doctest: +SKIP
>>> comparison.disagreements  # doctest: +SKIP
['enrolled']

Statuses: ``agree``, ``disagree``, ``only_news``, ``only_source``, ``neither``. Numbers agree when equal
(follow-up: within the rounding of the story's unit; effects: within the rounding of the story's
decimals, and a relative risk reduction of r% agrees with a ratio of 1 - r/100). A story may give fewer
arms, effects or p-values than its source: what it gives must be in the source.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from extractor.record.models import Effect, Evidence, FollowUp, Trial, TrialRecord

CompareStatus = Literal["agree", "disagree", "only_news", "only_source", "neither"]

_MONTHS = {"days": 12 / 365.25, "weeks": 12 * 7 / 365.25, "months": 1.0, "years": 12.0}
_ALIASES = {
    "nejm": "new england journal of medicine",
    "jama": "journal of the american medical association",
    "bmj": "british medical journal",
    "jco": "journal of clinical oncology",
    "asco": "american society of clinical oncology",
    "nih": "national institutes of health",
    "nci": "national cancer institute",
}


class ComparisonRow(BaseModel):
    model_config = ConfigDict(extra="forbid")

    field: str = Field(description="The compared field's key, e.g. 'enrolled'.")
    label: str = Field(description="The field in words.")
    news: Any = Field(default=None, description="The story's value (JSON), or null.")
    source: Any = Field(default=None, description="The source's value (JSON), or null.")
    news_evidence: list[Evidence] = Field(default_factory=list)
    source_evidence: list[Evidence] = Field(default_factory=list)
    status: CompareStatus
    note: str = ""


class Comparison(BaseModel):
    model_config = ConfigDict(extra="forbid")

    news_id: str
    source_id: str
    news_title: str | None = None
    source_title: str | None = None
    rows: list[ComparisonRow]

    @property
    def disagreements(self) -> list[str]:
        return [r.field for r in self.rows if r.status == "disagree"]


# --- values ---------------------------------------------------------------------------------------


def _norm(s: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", s.lower()).split()
    expanded = " ".join(_ALIASES.get(w, w) for w in words).split()
    return " ".join(w for w in expanded if w not in ("the", "a", "an", "of", "in"))


def _same_text(a: str, b: str) -> bool:
    na, nb = _norm(a), _norm(b)
    return na == nb or (bool(na) and bool(nb) and (na in nb or nb in na))


def _months(fu: FollowUp) -> float:
    return fu.value * _MONTHS[fu.unit]


def _follow_up_agrees(news: FollowUp, source: FollowUp) -> bool:
    """The source's follow-up, in the story's unit, rounds to the story's number (or is within 2%)."""
    in_news_unit = _months(source) / _MONTHS[news.unit]
    decimals = len(str(news.value).split(".")[1].rstrip("0")) if "." in str(news.value) else 0
    return abs(in_news_unit - news.value) <= max(0.5 * 10**-decimals, 0.02 * news.value) + 1e-9


def _decimals(x: float) -> int:
    text = f"{x:.6f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def _effect_matches(news: Effect, source: Effect) -> bool:
    tol = 0.5 * 10 ** -_decimals(news.value) + 1e-9
    if news.type == source.type:
        return abs(news.value - source.value) <= max(tol, 0.005)
    ratios = ("HR", "RR", "OR")
    if news.type == "RRR" and source.type in ratios:
        return abs(news.value - (1 - source.value) * 100) <= max(tol, 1.0)
    if source.type == "RRR" and news.type in ratios:
        return abs((1 - news.value) * 100 - source.value) <= 1.0 + 1e-9
    return False


def _effects(trial: Trial | None) -> list[Effect]:
    return [o.effect for o in trial.outcomes if o.effect is not None] if trial else []


def _p_values(trial: Trial | None) -> list[float]:
    out: list[float] = []
    for o in trial.outcomes if trial else []:
        for p in (o.p_value, o.effect.p if o.effect else None):
            if p is not None and p not in out:
                out.append(p)
    return out


def _effect_json(e: Effect) -> dict[str, Any]:
    return e.model_dump(exclude_none=True)


# --- evidence -------------------------------------------------------------------------------------


def _evidence(record: TrialRecord, pattern: str) -> list[Evidence]:
    """Spans whose path matches the regex ``pattern`` (anchored), in text order, without repeats."""
    rx = re.compile(pattern)
    seen: dict[tuple[int, int], Evidence] = {}
    for path, spans in record.evidence.items():
        if rx.fullmatch(path):
            for e in spans:
                seen.setdefault((e.start, e.end), e)
    return sorted(seen.values(), key=lambda e: e.start)


# --- rows -----------------------------------------------------------------------------------------

Getter = Callable[[Trial | None], Any]
Agree = Callable[[Any, Any], bool | str]


def _attr(*names: str) -> Getter:
    def get(trial: Trial | None) -> Any:
        value: Any = trial
        for name in names:
            if value is None:
                return None
            value = getattr(value, name)
        return value

    return get


def _subset(match: Callable[[Any, Any], bool]) -> Agree:
    """Every news item matches a source item; 'partial' notes when the story gives fewer."""

    def agree(news: list[Any], source: list[Any]) -> bool | str:
        pool = list(source)
        for item in news:
            hit = next((s for s in pool if match(item, s)), None)
            if hit is None:
                return False
            pool.remove(hit)
        return "the story gives only some of the source's values" if pool else True

    return agree


def _arm_sizes(trial: Trial | None) -> list[int]:
    return [a.n for a in trial.arms if a.n is not None] if trial else []


def _arms_json(trial: Trial | None) -> list[dict[str, Any]]:
    return [{"label": a.label, "n": a.n} for a in trial.arms if a.n is not None] if trial else []


FIELDS: list[tuple[str, str, Getter, str, Agree]] = [
    ("name", "trial name", _attr("name"), r"trial\.name", lambda a, b: _same_text(a, b)),
    ("design", "design", _attr("design"), r"trial\.design", lambda a, b: a == b),
    ("phase", "phase", _attr("phase"), r"trial\.phase", lambda a, b: a == b),
    (
        "total",
        "total participants",
        _attr("enrollment", "total"),
        r"trial\.enrollment\.total",
        lambda a, b: a == b,
    ),
    (
        "enrolled",
        "enrolled",
        _attr("enrollment", "enrolled"),
        r"trial\.enrollment\.enrolled",
        lambda a, b: a == b,
    ),
    (
        "randomized",
        "randomized",
        _attr("enrollment", "randomized"),
        r"trial\.enrollment\.randomized",
        lambda a, b: a == b,
    ),
    (
        "arms",
        "participants per arm",
        _arm_sizes,
        r"trial\.arms\[\d+\]\.n",
        _subset(lambda a, b: a == b),
    ),
    ("follow_up", "follow-up", _attr("follow_up"), r"trial\.follow_up", _follow_up_agrees),
    (
        "effects",
        "effect sizes",
        _effects,
        r"trial\.outcomes\[\d+\]\.effect(?:\.\w+)?",
        _subset(_effect_matches),
    ),
    (
        "p_values",
        "p-values",
        _p_values,
        r"trial\.outcomes\[\d+\]\.(?:p_value|effect\.p)",
        _subset(lambda a, b: abs(a - b) < 1e-9),
    ),
    ("finding", "main finding", _attr("finding"), r"trial\.finding", lambda a, b: a == b),
    ("venue", "journal or meeting", _attr("venue"), r"trial\.venue", lambda a, b: _same_text(a, b)),
    ("sponsor", "sponsor", _attr("sponsor"), r"trial\.sponsor", lambda a, b: _same_text(a, b)),
]


def _json(key: str, trial: Trial | None, value: Any) -> Any:
    if value is None or value == []:
        return None
    if key == "arms":
        return _arms_json(trial)
    if key == "effects":
        return [_effect_json(e) for e in value]
    if key == "follow_up":
        return value.model_dump(exclude_none=True)
    return value


def _hint(key: str, news: Trial | None, source: Trial | None) -> str:
    """Why two enrollment numbers may differ: one text's 'enrolled' is the other's 'randomized'."""
    if news is None or source is None or key not in ("total", "enrolled", "randomized"):
        return ""
    value = getattr(news.enrollment, key)
    others = [
        k
        for k in ("enrolled", "randomized", "analyzed")
        if k != key and value is not None and getattr(source.enrollment, k) == value
    ]
    if others:
        return f"the story's {key} number ({value}) is the source's {others[0]} number"
    return ""


def compare(news: TrialRecord, source: TrialRecord) -> Comparison:
    """The story's record beside its source's, field by field."""
    rows: list[ComparisonRow] = []
    for key, label, get, paths, agree in FIELDS:
        nv, sv = get(news.trial), get(source.trial)
        n_has = nv is not None and nv != []
        s_has = sv is not None and sv != []
        note = ""
        status: CompareStatus
        if n_has and s_has:
            verdict = agree(nv, sv)
            status = "agree" if verdict else "disagree"
            if isinstance(verdict, str):
                note = verdict
            if status == "disagree":
                note = (
                    _hint(key, news.trial, source.trial)
                    or f"the story and the source give different {label}"
                )
            if (
                key == "follow_up"
                and status == "agree"
                and nv.statistic
                and sv.statistic
                and nv.statistic != sv.statistic
            ):
                note = f"the story gives the {nv.statistic}, the source the {sv.statistic}"
        elif n_has:
            status = "only_news"
            note = "the source does not state it"
        elif s_has:
            status = "only_source"
            note = _hint_only_source(key, news.trial, source.trial)
        else:
            status = "neither"
        rows.append(
            ComparisonRow(
                field=key,
                label=label,
                news=_json(key, news.trial, nv),
                source=_json(key, source.trial, sv),
                news_evidence=_evidence(news, paths) if n_has else [],
                source_evidence=_evidence(source, paths) if s_has else [],
                status=status,
                note=note,
            )
        )
    return Comparison(
        news_id=news.source.id,
        source_id=source.source.id,
        news_title=news.source.title,
        source_title=source.source.title,
        rows=rows,
    )


def _hint_only_source(key: str, news: Trial | None, source: Trial | None) -> str:
    if news is None or source is None or key not in ("enrolled", "randomized", "total"):
        return "the story does not state it"
    value = getattr(source.enrollment, key)
    same = [
        k
        for k in ("enrolled", "randomized", "total")
        if k != key and getattr(news.enrollment, k) == value
    ]
    if same:
        return f"the story gives this number ({value}) as its {same[0]} number"
    return "the story does not state it"


def display(value: Any) -> str:
    """A value as a short string for a table cell."""
    if value is None:
        return "-"
    if isinstance(value, list):
        return "; ".join(display(v) for v in value)
    if isinstance(value, dict):
        if "label" in value and "n" in value:
            return f"{value['label']}: {value['n']}"
        if "unit" in value:
            stat = f"{value['statistic']} " if value.get("statistic") else ""
            return f"{stat}{value['value']:g} {value['unit']}"
        if "type" in value:
            ci = f" (CI {value['ci'][0]:g}-{value['ci'][1]:g})" if value.get("ci") else ""
            p = f" p={value['p']:g}" if value.get("p") is not None else ""
            return f"{value['type']} {value['value']:g}{ci}{p}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
