"""Learned baselines beside the rules: would a simple model trained on the gold we have do better than the rules?

Two experiments, each cross-validated by article over the gold sets that may be read to tune on (the corpus's
dev split, bench/independent's tune split and all of bench/effects; never the held-out, test or blind ones):

* **effects**: every number an effect could be (``62%``, ``3-fold``, ``twice``) is a candidate; a logistic
  regression on the words around it, trained on the candidates whose value is a gold effect's, scores the
  candidates no rule took, and a second one names the effect's type. The candidates it scores above a threshold
  are added to the rules' effects, and the effects are scored as ``trialfacts eval`` scores them.
* **is-trial**: a logistic regression on the classifier's own features (``classify.trial_score``) and one on
  the article's words (TF-IDF) beside the rules' answer, against the rules' is-trial accuracy.

Run it from the repository's root::

    python -m extractor.bench_learned ../shared/realnews/fakehealth.jsonl [--folds 5] [--seeds 5]

It prints one JSON object. A script to rerun, not a test: the figures are for the question whether a trained
component would pay (issue 3's notes), and they move with the gold.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: the gold sets that may be read to tune on: (folder, split or None for all), in the order an article that two of
#: them hold is taken from
READABLE = (
    ("corpus", "dev"),
    ("bench/independent", "tune"),
    ("bench/effects", None),
    ("bench/wide", "tune"),
)

#: number words a fold change is written in ('three times')
_FOLD_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_CANDIDATE = re.compile(
    r"(?<![\w.,])(?P<pct_value>\d+(?:\.\d+)?)\s*(?P<pct>%|percent\b|per cent\b|percentage points?\b)"
    r"|(?<![\w.,])(?P<fold_value>\d+(?:\.\d+)?|"
    + "|".join(_FOLD_NUMBER_WORDS)
    + r")\s*-?\s*(?:fold|times)\b"
    r"|\b(?P<word>twice|doubled|doubles|double|doubling|halved|half|tripled|triple|quadrupled)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)?|[%()=<>]")
#: sentence words that a comparison's effect often stands among
_SENTENCE_CUES = (
    "compared",
    "than",
    "versus",
    "placebo",
    "risk",
    "reduc",
    "lower",
    "higher",
    "increase",
    "of the",
    "group",
)


@dataclass(frozen=True)
class Candidate:
    """A number that an effect could be: its digits' or word's offsets, the match's end, its value and kind
    ('pct', 'points', 'fold', 'word')."""

    start: int
    end: int
    match_end: int
    value: float
    kind: str


def candidates(text: str) -> Iterator[Candidate]:
    """Every percentage, 'N-fold' / 'N times' and 'twice' / 'half' word of ``text``."""
    from extractor.components.numbers import to_number

    for m in _CANDIDATE.finditer(text):
        if m.group("pct_value"):
            kind = "points" if "point" in m.group("pct").lower() else "pct"
            s, e = m.span("pct_value")
            value = float(m.group("pct_value"))
        elif m.group("fold_value"):
            kind, (s, e) = "fold", m.span("fold_value")
            value = to_number(m.group("fold_value")) or 0.0
        else:
            word = m.group("word").lower()
            kind, (s, e) = "word", m.span("word")
            value = 0.5 if word.startswith("hal") else 2.0 if word[:3] in ("twi", "dou") else 3.0
            if word.startswith("quad"):
                value = 4.0
        yield Candidate(s, e, m.end(), value, kind)


def sentence_around(text: str, at: int) -> tuple[int, int]:
    """The stretch from the last '. ' or line break before ``at`` to the next one after it."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [x for x in (text.find(". ", at), text.find("\n", at)) if x >= 0]
    return start, (min(ends) if ends else len(text))


def features(text: str, cand: Candidate, in_sentence: int) -> dict[str, float]:
    """The candidate's features: its kind, the eight words either side (and the three nearest by place), the
    two words after it, sentence cues, its size and place in the text, and ``in_sentence``, the candidates
    in its sentence."""
    s, e = sentence_around(text, cand.start)
    left = _TOKEN.findall(text[s : cand.start].lower())[-8:]
    right = _TOKEN.findall(text[cand.match_end : e].lower())[:8]
    out: dict[str, float] = {"kind=" + cand.kind: 1.0}
    for k, word in enumerate(reversed(left)):
        out["L:" + word] = 1.0
        if k < 3:
            out[f"L{k}:" + word] = 1.0
    for k, word in enumerate(right):
        out["R:" + word] = 1.0
        if k < 3:
            out[f"R{k}:" + word] = 1.0
    if right:
        out["R01:" + " ".join(right[:2])] = 1.0
    sentence = text[s:e].lower()
    for cue in _SENTENCE_CUES:
        if cue in sentence:
            out["S:" + cue] = 1.0
    out["value>100"] = float(cand.value > 100)
    out["value<1"] = float(cand.value < 1)
    out["place"] = cand.start / max(1, len(text))
    out["in_sentence"] = float(in_sentence)
    return out


def gold_label(cand: Candidate, text: str, effects: list[dict[str, Any]]) -> str | None:
    """The type of the gold effect the candidate is, or None: one of equal value, inside its quote when the
    gold quotes the words (bench/effects), else any of equal value."""
    from extractor.evaluate import number_match

    same = [g for g in effects if number_match(float(g["value"]), cand.value)]
    if not same:
        return None
    for g in same:
        quote = g.get("quote")
        if quote and quote in text:
            at = text.index(quote)
            if at <= cand.start < at + len(quote):
                return str(g["type"])
    unquoted = [g for g in same if not (g.get("quote") and g["quote"] in text)]
    return str(unquoted[0]["type"]) if unquoted else None


@dataclass
class Article:
    id: str
    gold: dict[str, Any]
    fields: frozenset[str]
    text: str
    is_trial: bool
    effects: list[dict[str, Any]]
    effect_spans: list[tuple[int, int]]
    score: dict[str, int]
    words: str


def load(root: Path, texts: Path) -> list[Article]:
    """The readable gold sets' articles with their records, the classifier's features and their words."""
    from extractor.api import _make_doc, source_of
    from extractor.evaluate import (
        _annotated_fields,
        load_manifest,
        records_from,
        view_of_record,
    )
    from extractor.ingest.document import SourceDocument
    from extractor.ingest.readers import iter_path
    from extractor.pipeline import make_nlp

    news = {d.id: d for d in iter_path(texts) if isinstance(d, SourceDocument)}
    rows: list[tuple[dict[str, Any], dict[str, Any]]] = []
    taken: set[str] = set()
    for folder, split in READABLE:
        for row in load_manifest(root / folder, split or "all"):
            # an article in two sets counts once, with the first set's gold (bench/effects' quotes before
            # bench/wide's)
            if row["id"] in news and row["id"] not in taken:
                taken.add(row["id"])
                gold = json.loads((root / folder / row["gold"]).read_text("utf-8"))
                rows.append((row, gold))
    records = records_from(texts, {row["id"] for row, _ in rows})
    nlp = make_nlp()
    docs = [_make_doc(nlp, source_of(news[row["id"]])) for row, _ in rows]
    out = []
    for (row, gold), doc in zip(rows, nlp.pipe(docs), strict=True):
        record = records[row["id"]]
        view = view_of_record(record)
        spans = [
            (e.start, e.end)
            for path, evidence in record.evidence.items()
            if path.endswith("effect.value")
            for e in evidence
        ]
        doc_news = news[row["id"]]
        out.append(
            Article(
                id=row["id"],
                gold=gold,
                fields=_annotated_fields(row),
                text=record.source.text,
                is_trial=record.is_trial_report,
                effects=list((view or {}).get("effects") or []),
                effect_spans=spans,
                score=dict(doc._.trial_score or {}),
                words=f"{doc_news.title or ''}\n{doc_news.text}",
            )
        )
    return out


def effects_experiment(
    articles: list[Article], folds: int, thresholds: tuple[float, ...]
) -> dict[str, Any]:
    """Rules' effects alone, and with the model's candidates above each threshold added, cross-validated."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    from extractor.evaluate import FIELDS, Score, _multiset, effect_match

    scored = [a for a in articles if "effects" in a.fields]
    # each article's gold effects in full (their quotes label the candidates); none for no trial report
    golds = [FIELDS["effects"][0](a.gold.get("trial") or {}) for a in scored]
    rows: list[tuple[int, Candidate, bool, str | None]] = []
    feats: list[dict[str, float]] = []
    for k, a in enumerate(scored):
        gold = golds[k]
        found = list(candidates(a.text))
        for c in found:
            s, e = sentence_around(a.text, c.start)
            covered = any(x <= c.start < y or c.start <= x < c.end for x, y in a.effect_spans)
            rows.append((k, c, covered, gold_label(c, a.text, gold)))
            feats.append(features(a.text, c, sum(s <= o.start < e for o in found)))
    x = DictVectorizer().fit_transform(feats)
    y = np.array([label is not None for *_, label in rows])
    groups = [k for k, *_ in rows]
    prob = np.zeros(len(rows))
    kinds = np.empty(len(rows), dtype=object)
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        model = LogisticRegression(max_iter=3000, class_weight="balanced").fit(x[train], y[train])
        prob[test] = model.predict_proba(x[test])[:, 1]
        positive = [i for i in train if y[i]]
        types = [rows[i][3] for i in positive]
        if len(set(types)) > 1:
            typer = LogisticRegression(max_iter=3000).fit(x[positive], types)
            kinds[test] = typer.predict(x[test])
        else:  # one type among the training effects (or none): that one
            kinds[test] = types[0] if types else "other"
    open_ = [i for i, (k, _, covered, _) in enumerate(rows) if not covered and scored[k].is_trial]
    # the open candidates of each article, in text order
    open_of: dict[int, list[int]] = {}
    for i in open_:
        open_of.setdefault(rows[i][0], []).append(i)

    def score(threshold: float | None) -> dict[str, Any]:
        total = Score()
        for k, a in enumerate(scored):
            pred = list(a.effects) if a.is_trial else []
            seen = {(p["type"], float(p["value"])) for p in pred}
            if threshold is not None:
                for i in open_of.get(k, []):
                    if prob[i] >= threshold:
                        key = (str(kinds[i]), rows[i][1].value)
                        if key not in seen:
                            seen.add(key)
                            pred.append({"type": key[0], "value": key[1]})
            total.add(_multiset(golds[k], pred, effect_match))
        return {"tp": total.tp, "fp": total.fp, "fn": total.fn, "f1": round(total.f1, 4)}

    return {
        "articles": len(scored),
        "candidates": len(rows),
        "gold_candidates": int(y.sum()),
        "open_candidates": len(open_),
        "open_gold_candidates": int(y[open_].sum()),
        "auc_all": round(float(roc_auc_score(y, prob)), 4),
        "auc_open": round(float(roc_auc_score(y[open_], prob[open_])), 4)
        if 0 < y[open_].sum() < len(open_)
        else None,
        "rules": score(None),
        "rules_plus_model": {str(t): score(t) for t in thresholds},
    }


def is_trial_experiment(articles: list[Article], folds: int, seeds: int) -> dict[str, Any]:
    """The rules' is-trial accuracy, and that of two logistic regressions cross-validated (mean over seeds)."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    keys = sorted({k for a in articles for k in a.score})
    y = np.array([bool(a.gold["is_trial_report"]) for a in articles])
    rules = np.array([a.is_trial for a in articles])
    x_score = np.array([[a.score.get(k, 0) for k in keys] for a in articles], dtype=float)

    def by_score(train: Any, test: Any) -> Any:
        model = LogisticRegression(max_iter=5000).fit(x_score[train], y[train])
        return model.predict(x_score[test])

    def by_words(train: Any, test: Any) -> Any:
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=20000)
        a = vec.fit_transform([articles[i].words for i in train])
        b = vec.transform([articles[i].words for i in test])
        a = sp.hstack([a, sp.csr_matrix(rules[train][:, None] * 3.0)]).tocsr()
        b = sp.hstack([b, sp.csr_matrix(rules[test][:, None] * 3.0)]).tocsr()
        return LogisticRegression(max_iter=5000).fit(a, y[train]).predict(b)

    out: dict[str, Any] = {
        "articles": len(articles),
        "rules": round(float((rules == y).mean()), 4),
    }
    for name, fit in (("lr_on_trial_score", by_score), ("lr_on_words_and_rules", by_words)):
        accuracies = []
        for seed in range(seeds):
            pred = np.zeros(len(articles), dtype=bool)
            for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(
                x_score, y
            ):
                pred[test] = fit(train, test)
            accuracies.append(float((pred == y).mean()))
        out[name] = round(float(np.mean(accuracies)), 4)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m extractor.bench_learned", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("texts", type=Path, help="the real-news .jsonl the gold sets name by id")
    parser.add_argument("--root", type=Path, default=Path("."), help="the repository's root")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    articles = load(args.root, args.texts)
    result = {
        "gold_sets": [f"{folder}:{split or 'all'}" for folder, split in READABLE],
        "effects": effects_experiment(articles, args.folds, (0.5, 0.7, 0.8, 0.9, 0.95)),
        "is_trial": is_trial_experiment(articles, max(2, args.folds * 2), args.seeds),
    }
    sys.stdout.write(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
