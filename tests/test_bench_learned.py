"""The learned baselines' parts (extractor.bench_learned): candidates, their gold labels and features, and the
effects experiment's scoring of the rules alone, which must be ``trialfacts eval``'s."""

from __future__ import annotations

from typing import Any

from extractor.bench_learned import (
    Article,
    Candidate,
    candidates,
    effects_experiment,
    features,
    gold_label,
)
from extractor.evaluate import ALL_FIELDS


def _found(text: str) -> list[tuple[str, float, str]]:
    return [(text[c.start : c.end], c.value, c.kind) for c in candidates(text)]


def test_candidates_are_the_numbers_an_effect_could_be() -> None:
    text = (
        "It cut the risk by 30 percent and deaths by 4.5%, a gain of 2 percentage points; users were "
        "twice as likely to recover, a three-fold rise, and relapses halved. In 2019, 1,200 people joined."
    )
    assert _found(text) == [
        ("30", 30.0, "pct"),
        ("4.5", 4.5, "pct"),
        ("2", 2.0, "points"),
        ("twice", 2.0, "word"),
        ("three", 3.0, "fold"),
        ("halved", 0.5, "word"),
    ]


def test_a_candidate_is_labelled_by_the_gold_effect_of_its_value() -> None:
    text = "Pain fell 40% in both groups. The drug cut the risk of a fall by 40 percent."
    first, second = list(candidates(text))
    quoted = [{"type": "RRR", "value": 40, "quote": "cut the risk of a fall by 40 percent"}]
    # with the gold's words quoted, only the candidate inside them is the effect
    assert gold_label(first, text, quoted) is None
    assert gold_label(second, text, quoted) == "RRR"
    # without a quote, any candidate of the value is
    unquoted = [{"type": "pct_change", "value": 40}]
    assert gold_label(first, text, unquoted) == "pct_change"
    assert gold_label(second, text, [{"type": "RRR", "value": 41}]) is None


def test_features_read_the_words_around_the_candidate() -> None:
    text = "Compared with placebo, the drug cut the risk by 30 percent over two years."
    cand = next(candidates(text))
    f = features(text, cand, 1)
    assert f["kind=pct"] == 1.0 and f["L0:by"] == 1.0 and f["L1:risk"] == 1.0
    assert f["R0:over"] == 1.0 and f["S:compared"] == 1.0 and f["in_sentence"] == 1.0
    assert "S:versus" not in f


def _article(i: int, effect: bool) -> Article:
    value = 20 + i
    text = (
        f"The drug cut the risk of stroke by {value} percent compared with placebo. "
        f"About {value + 40}% of the patients were women."
    )
    if effect:
        pred, spans = (
            [{"type": "RRR", "value": float(value)}],
            [(text.index(str(value)), text.index(str(value)) + 2)],
        )
    else:
        pred, spans = [], []
    gold: dict[str, Any] = {
        "is_trial_report": True,
        "trial": {"effects": [{"type": "RRR", "value": value}]},
    }
    return Article(
        id=f"a{i}",
        gold=gold,
        fields=frozenset(ALL_FIELDS),
        text=text,
        is_trial=True,
        effects=pred,
        effect_spans=spans,
        score={},
        words=text,
    )


def test_the_rules_alone_score_as_eval_scores_them() -> None:
    # the rules found the effect in 8 articles and missed it in 4: 8 tp, 4 fn, no fp
    articles = [_article(i, effect=i % 3 != 0) for i in range(12)]
    result = effects_experiment(articles, folds=3, thresholds=(0.5,))
    assert result["rules"] == {"tp": 8, "fp": 0, "fn": 4, "f1": round(16 / 20, 4)}
    assert result["candidates"] == 24 and result["gold_candidates"] == 12
    # the open candidates are those no rule took: both of the 4 missed articles, the women's share of all 12
    assert result["open_candidates"] == 16 and result["open_gold_candidates"] == 4
    added = result["rules_plus_model"]["0.5"]
    assert added["tp"] >= 8 and added["tp"] + added["fn"] == 12


def test_candidate_is_a_plain_value() -> None:
    c = Candidate(3, 5, 13, 30.0, "pct")
    assert (c.start, c.end, c.value, c.kind) == (3, 5, 30.0, "pct")
