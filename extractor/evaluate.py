"""Accuracy on the annotated corpus: precision / recall / F1 per field, slot-filling style.

For each article and field: gold and predicted both stated and equal -> a true positive; both stated and
different -> a false positive *and* a false negative (a wrong value counts against both); only predicted
-> a false positive; only gold -> a false negative. A manifest row may name the ``fields`` its gold was annotated
for; only those are scored for it. List fields (registry ids, per-arm N, effects,
p-values) are compared as multisets. ``is_trial`` is reported as accuracy. An article that the
extractor does not take for a trial report contributes its gold values as false negatives.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.record.models import TrialRecord

CORE_FIELDS = [
    "total_n",
    "randomized_n",
    "arm_n",
    "follow_up",
    "design",
    "phase",
    "finding",
    "effects",
    "p_values",
    "venue",
    "name",
]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Report:
    fields: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in ALL_FIELDS})
    is_trial_correct: int = 0
    articles: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    #: the fields some article's gold was annotated for (all of them, but for a gold set of a few fields only)
    scored: set[str] = field(default_factory=set)

    @property
    def scored_fields(self) -> list[str]:
        """The fields scored, in ``ALL_FIELDS``' order."""
        return [f for f in ALL_FIELDS if f in self.scored]

    @property
    def is_trial_accuracy(self) -> float:
        return self.is_trial_correct / self.articles if self.articles else 1.0

    def micro(self, names: Iterable[str]) -> Score:
        total = Score()
        for name in names:
            total.add(self.fields[name])
        return total

    def as_dict(self) -> dict[str, Any]:
        def s(score: Score) -> dict[str, Any]:
            return {
                "tp": score.tp,
                "fp": score.fp,
                "fn": score.fn,
                "precision": round(score.precision, 4),
                "recall": round(score.recall, 4),
                "f1": round(score.f1, 4),
            }

        return {
            "articles": self.articles,
            "is_trial_accuracy": round(self.is_trial_accuracy, 4),
            "fields": {k: s(self.fields[k]) for k in self.scored_fields},
            "core_micro": s(self.micro(CORE_FIELDS)),
            "all_micro": s(self.micro(ALL_FIELDS)),
        }


def _norm_text(value: str) -> str:
    value = value.lower().replace("’", "'")
    value = re.sub(r"[^a-z0-9' ]+", " ", value)
    value = re.sub(r"\b(the|a|an|of|and|journal)\b", " ", value)
    return " ".join(value.split())


def text_match(gold: str, pred: str) -> bool:
    g, p = _norm_text(gold), _norm_text(pred)
    if not g or not p:
        return g == p
    if g == p or g in p or p in g:
        return True
    gs, ps = set(g.split()), set(p.split())
    return len(gs & ps) / len(gs | ps) >= 0.5


def number_match(gold: float, pred: float) -> bool:
    return abs(gold - pred) <= max(1e-9, abs(gold) * 0.005)


_YEARS = {"days": 1 / 365.25, "weeks": 7 / 365.25, "months": 1 / 12, "years": 1.0}


def follow_up_match(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if gold.get("unit") == pred.get("unit"):
        return number_match(float(gold["value"]), float(pred["value"]))
    g = float(gold["value"]) * _YEARS.get(gold.get("unit", ""), 0)
    p = float(pred["value"]) * _YEARS.get(pred.get("unit", ""), 0)
    return abs(g - p) <= max(0.01, g * 0.02)


def effect_match(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    return gold.get("type") == pred.get("type") and number_match(
        float(gold["value"]), float(pred["value"])
    )


def _scalar(gold: Any, pred: Any, eq: Callable[[Any, Any], bool]) -> Score:
    if gold is None and pred is None:
        return Score()
    if gold is None:
        return Score(fp=1)
    if pred is None:
        return Score(fn=1)
    return Score(tp=1) if eq(gold, pred) else Score(fp=1, fn=1)


def _multiset(gold: list[Any], pred: list[Any], eq: Callable[[Any, Any], bool]) -> Score:
    remaining = list(gold)
    tp = 0
    for p in pred:
        hit = next((i for i, g in enumerate(remaining) if eq(g, p)), None)
        if hit is not None:
            tp += 1
            remaining.pop(hit)
    return Score(tp=tp, fp=len(pred) - tp, fn=len(remaining))


def view_of_record(record: TrialRecord) -> dict[str, Any] | None:
    """The scored fields of a record, in the gold file's terms."""
    if not record.is_trial_report or record.trial is None:
        return None
    t = record.trial
    effects = [
        {"type": o.effect.type, "value": o.effect.value} for o in t.outcomes if o.effect is not None
    ]
    p_values = []
    for o in t.outcomes:
        if o.p_value is not None:
            p_values.append(o.p_value)
        if o.effect is not None and o.effect.p is not None and o.effect.p != o.p_value:
            p_values.append(o.effect.p)
    return {
        "name": t.name,
        "registry_ids": list(t.registry_ids),
        "design": t.design,
        "phase": t.phase,
        "blinding": t.blinding,
        "placebo_controlled": t.placebo_controlled,
        "condition": t.condition,
        "venue": t.venue,
        "sponsor": t.sponsor,
        "enrollment": {"total": t.enrollment.total, "randomized": t.enrollment.randomized},
        "arms": [{"label": a.label, "n": a.n} for a in t.arms],
        "follow_up": t.follow_up.model_dump() if t.follow_up else None,
        "effects": effects,
        "p_values": p_values,
        "finding": t.finding,
    }


def _equal(a: Any, b: Any) -> bool:
    return bool(a == b)


def _get(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda t: t.get(key)


def _enrolled(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda t: (t.get("enrollment") or {}).get(key)


def _listed(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda t: t.get(key) or []


def _arm_sizes(t: dict[str, Any]) -> list[Any]:
    return [a["n"] for a in t.get("arms") or [] if a.get("n") is not None]


#: each scored field: how its value is read from a trial (a gold file's ``trial`` or ``view_of_record``'s dict),
#: whether it is a list compared as a multiset, and when two values are the same
FIELDS: dict[str, tuple[Callable[[dict[str, Any]], Any], bool, Callable[[Any, Any], bool]]] = {
    "name": (_get("name"), False, text_match),
    "registry_ids": (_listed("registry_ids"), True, _equal),
    "design": (_get("design"), False, _equal),
    "phase": (_get("phase"), False, _equal),
    "blinding": (_get("blinding"), False, _equal),
    "placebo": (_get("placebo_controlled"), False, _equal),
    "condition": (_get("condition"), False, text_match),
    "total_n": (_enrolled("total"), False, _equal),
    "randomized_n": (_enrolled("randomized"), False, _equal),
    "arm_n": (_arm_sizes, True, _equal),
    "follow_up": (_get("follow_up"), False, follow_up_match),
    "effects": (_listed("effects"), True, effect_match),
    "p_values": (_listed("p_values"), True, number_match),
    "finding": (_get("finding"), False, _equal),
    "venue": (_get("venue"), False, text_match),
    "sponsor": (_get("sponsor"), False, text_match),
}


#: every scored field, in the order tables and JSON list them
ALL_FIELDS: list[str] = list(FIELDS)


def scored_value(trial: dict[str, Any] | None, name: str) -> Any:
    """Field ``name``'s value as it is scored, read from ``trial`` (a gold file's ``trial`` or ``view_of_record``'s
    dict; None for no trial report): an effect as its type and value only."""
    value = FIELDS[name][0](trial or {})
    if name == "effects":
        return [{"type": e.get("type"), "value": e.get("value")} for e in value]
    return value


def score_article(gold: dict[str, Any], pred: dict[str, Any] | None) -> dict[str, Score]:
    g = gold.get("trial") or {}
    p = pred or {}
    out = {}
    for name, (read, listed, same) in FIELDS.items():
        scorer = _multiset if listed else _scalar
        out[name] = scorer(read(g), read(p), same)
    return out


def load_manifest(corpus: Path, split: str = "all") -> list[dict[str, Any]]:
    """The manifest's rows, those of one split only unless ``split`` is 'all'. A split the manifest does not
    have raises InputError naming the ones it has."""
    from extractor.errors import InputError

    rows = [
        json.loads(line)
        for line in (corpus / "MANIFEST.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    if split == "all":
        return rows
    chosen = [r for r in rows if r["split"] == split]
    if not chosen:
        have = ", ".join(sorted({str(r["split"]) for r in rows}))
        raise InputError(f"{corpus}: no split {split!r} in its manifest (it has: {have}, or all)")
    return chosen


def records_from(texts: Path, ids: set[str]) -> dict[str, TrialRecord]:
    """The records of the articles with ``ids`` in ``texts`` (a file of articles, e.g. the real-news JSON
    Lines file): for a corpus whose manifest names its articles by id only, without a copy of their text.
    An id the file lacks raises InputError."""
    from extractor.api import extract_many
    from extractor.errors import InputError
    from extractor.ingest.document import SourceDocument
    from extractor.ingest.readers import iter_path

    docs = [d for d in iter_path(texts) if isinstance(d, SourceDocument) and d.id in ids]
    missing = ids - {d.id for d in docs}
    if missing:
        raise InputError(
            f"{texts}: no article with id {sorted(missing)[0]!r} ({len(missing)} missing)"
        )
    return {str(d.id): r for d, r in zip(docs, extract_many(docs), strict=True)}


def _annotated_fields(row: dict[str, Any]) -> frozenset[str]:
    """The fields a manifest row's gold was annotated for: its ``fields`` (a gold set of a few fields, like
    bench/effects: effects, per-arm N and p-values), else all. Fields outside them are not scored: the gold says
    nothing of them, so a predicted value there is neither right nor wrong."""
    named = row.get("fields")
    if named is None:
        return frozenset(ALL_FIELDS)
    unknown = sorted(set(named) - set(ALL_FIELDS))
    if unknown:
        from extractor.errors import InputError

        raise InputError(f"manifest row {row['id']!r}: no field {unknown[0]!r} to score")
    return frozenset(named)


def evaluate(
    corpus: Path,
    split: str = "all",
    records: dict[str, TrialRecord] | None = None,
    texts: Path | None = None,
) -> Report:
    """Score the extractor on the corpus (``records`` may be given to score precomputed output). A manifest
    row without a ``path`` is an article read from ``texts`` by its id (``records_from``)."""
    from extractor.api import extract_path
    from extractor.errors import InputError

    rows = load_manifest(corpus, split)
    # (each row's fields checked before any extraction: a misnamed field is found at once)
    annotated = {row["id"]: _annotated_fields(row) for row in rows}
    records = dict(records or {})
    by_id = {r["id"] for r in rows if not r.get("path") and r["id"] not in records}
    if by_id:
        if texts is None:
            raise InputError(
                f"{corpus}: {len(by_id)} article(s) have no text in the corpus; give the file that "
                "holds them (--texts)"
            )
        records.update(records_from(texts, by_id))
    report = Report()
    for row in rows:
        gold = json.loads((corpus / row["gold"]).read_text("utf-8"))
        if row["id"] in records:
            record = records[row["id"]]
        else:
            record = next(
                r for r in extract_path(corpus / row["path"]) if isinstance(r, TrialRecord)
            )
        _add_article(
            report, row["id"], gold, record.is_trial_report, view_of_record(record), annotated
        )
    return report


def agreement(corpus: Path, other: Path, split: str = "all") -> Report:
    """Score a second annotation of the corpus's articles against its gold, as the extractor is scored: how far
    two annotators agree, field by field (the ceiling a gold set of one annotator's reading puts on any extractor).

    ``other`` is a folder of gold records in the corpus's format, one ``<id>.json`` a manifest row; the rows of
    ``split`` with a file there are scored, the rest left out. The scores are symmetric: swapping the two
    annotations swaps each field's false positives and false negatives, and leaves its F1."""
    from extractor.errors import InputError

    if not other.is_dir():
        raise InputError(f"{other}: not a folder of gold records")
    rows = [r for r in load_manifest(corpus, split) if (other / f"{r['id']}.json").is_file()]
    if not rows:
        raise InputError(f"{other}: no gold record of an article of {corpus} ({split})")
    annotated = {row["id"]: _annotated_fields(row) for row in rows}
    report = Report()
    for row in rows:
        gold = json.loads((corpus / row["gold"]).read_text("utf-8"))
        path = other / f"{row['id']}.json"
        try:
            second = json.loads(path.read_text("utf-8"))
            is_trial = second["is_trial_report"]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}: not a gold record ({exc!r})") from None
        if not isinstance(is_trial, bool):
            raise InputError(f"{path}: is_trial_report is not true or false")
        view = second.get("trial") if is_trial else None
        _add_article(report, row["id"], gold, is_trial, view or None, annotated)
    return report


def _add_article(
    report: Report,
    article: str,
    gold: dict[str, Any],
    is_trial: bool,
    pred: dict[str, Any] | None,
    annotated: dict[str, frozenset[str]],
) -> None:
    """Add to ``report`` one article's scores: ``pred`` (the fields in the gold file's terms, None for no
    trial report) against ``gold``, the fields the article's gold was annotated for only."""
    report.articles += 1
    report.is_trial_correct += int(bool(gold["is_trial_report"]) == is_trial)
    for name, score in score_article(gold, pred).items():
        if name not in annotated[article]:
            continue
        report.scored.add(name)
        report.fields[name].add(score)
        if score.fp or score.fn:
            report.errors.append(
                {
                    "id": article,
                    "field": name,
                    "fp": score.fp,
                    "fn": score.fn,
                    "gold": scored_value(gold.get("trial"), name),
                    "predicted": scored_value(pred, name),
                }
            )


def counter_of_errors(report: Report) -> Counter[str]:
    return Counter(e["field"] for e in report.errors)
