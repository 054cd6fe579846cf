"""The evaluation harness: a corpus whose manifest names articles by id only, read from a file of articles
(``--texts``), a gold set of a few fields (a row's ``fields``), and the gold-only yardsticks in bench/unseen,
bench/independent and bench/effects."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import get_args

import pytest

from extractor.errors import InputError
from extractor.evaluate import ALL_FIELDS, CORE_FIELDS, evaluate, load_manifest, score_article
from extractor.record.models import Design, Direction, EffectType
from tests.conftest import ROOT
from tests.test_cli import tf

CORPUS = ROOT / "corpus"
UNSEEN = ROOT / "bench" / "unseen"
INDEPENDENT = ROOT / "bench" / "independent"
EFFECTS = ROOT / "bench" / "effects"
A, B = "news_reviews_00020", "news_reviews_00037"


def _gold_only_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A corpus of two dev articles: A with its text copied in, B by id only; and a .jsonl holding B."""
    root = tmp_path / "c"
    (root / "gold").mkdir(parents=True)
    (root / "articles").mkdir()
    rows = {r["id"]: r for r in load_manifest(CORPUS)}
    shutil.copy(CORPUS / rows[A]["path"], root / "articles" / f"{A}.json")
    for i in (A, B):
        shutil.copy(CORPUS / rows[i]["gold"], root / "gold" / f"{i}.json")
    manifest = [
        {"id": A, "path": f"articles/{A}.json", "gold": f"gold/{A}.json", "split": "dev"},
        {"id": B, "gold": f"gold/{B}.json", "split": "dev"},
    ]
    (root / "MANIFEST.jsonl").write_text("".join(json.dumps(r) + "\n" for r in manifest))
    texts = tmp_path / "news.jsonl"
    article = json.loads((CORPUS / rows[B]["path"]).read_text("utf-8"))
    other = {**article, "id": "someone_else", "text": "Nothing about a study."}
    texts.write_text(json.dumps(other) + "\n" + json.dumps(article) + "\n")
    return root, texts


def test_articles_named_by_id_are_read_from_texts(tmp_path: Path) -> None:
    root, texts = _gold_only_corpus(tmp_path)
    with_texts = evaluate(root, texts=texts)
    assert with_texts.articles == 2
    # the same scores as when both texts sit in the corpus
    full = tmp_path / "full"
    shutil.copytree(root, full)
    rows = {r["id"]: r for r in load_manifest(CORPUS)}
    shutil.copy(CORPUS / rows[B]["path"], full / "articles" / f"{B}.json")
    manifest = [json.loads(x) for x in (full / "MANIFEST.jsonl").read_text().splitlines()]
    manifest[1]["path"] = f"articles/{B}.json"
    (full / "MANIFEST.jsonl").write_text("".join(json.dumps(r) + "\n" for r in manifest))
    assert evaluate(full).as_dict() == with_texts.as_dict()


def test_a_gold_only_corpus_needs_texts(tmp_path: Path) -> None:
    root, _ = _gold_only_corpus(tmp_path)
    with pytest.raises(InputError, match="--texts"):
        evaluate(root)


def test_an_id_missing_from_texts_is_named(tmp_path: Path) -> None:
    root, texts = _gold_only_corpus(tmp_path)
    texts.write_text(texts.read_text().splitlines()[0] + "\n")
    with pytest.raises(InputError, match=B):
        evaluate(root, texts=texts)


def test_cli_says_so_in_one_line(tmp_path: Path) -> None:
    root, _ = _gold_only_corpus(tmp_path)
    out = tf("eval", str(root))
    assert out.returncode == 2
    assert out.stderr.decode().strip().count("\n") == 0 and b"--texts" in out.stderr


def test_a_split_is_any_the_manifest_has(tmp_path: Path) -> None:
    root, texts = _gold_only_corpus(tmp_path)
    manifest = [json.loads(x) for x in (root / "MANIFEST.jsonl").read_text().splitlines()]
    manifest[1]["split"] = "fresh"
    (root / "MANIFEST.jsonl").write_text("".join(json.dumps(r) + "\n" for r in manifest))
    assert [r["id"] for r in load_manifest(root, "fresh")] == [B]
    assert evaluate(root, "fresh", texts=texts).articles == 1
    assert evaluate(root, texts=texts).articles == 2
    with pytest.raises(InputError, match="dev, fresh"):
        load_manifest(root, "heldout")
    out = tf("eval", str(root), "--split", "heldout", "--texts", str(texts))
    assert out.returncode == 2
    assert out.stderr.decode().strip().count("\n") == 0 and b"no split 'heldout'" in out.stderr


def _check_gold_only_yardstick(root: Path, splits: dict[str, int]) -> set[str]:
    """Each split of the gold-only yardstick at ``root`` has its size; every row is an id outside the corpus
    whose gold file agrees with it, in the contract's values, and scores "no record" as misses only."""
    rows = load_manifest(root)
    assert len(rows) == sum(splits.values()) and len({r["id"] for r in rows}) == len(rows)
    for split, size in splits.items():
        assert len(load_manifest(root, split)) == size
    corpus_ids = {r["id"] for r in load_manifest(CORPUS)}
    for row in rows:
        assert "path" not in row and row["id"] not in corpus_ids
        gold = json.loads((root / row["gold"]).read_text("utf-8"))
        assert gold["id"] == row["id"] and gold["is_trial_report"] == row["is_trial_report"]
        trial = gold["trial"]
        assert (trial is None) == (not gold["is_trial_report"])
        if trial is not None:
            assert trial["design"] in (*get_args(Design), None)
            assert trial["finding"] in (*get_args(Direction), None)
            assert all(e["type"] in get_args(EffectType) for e in trial["effects"])
        # scoring "no record" against it gives the gold's own values as misses, and nothing else
        scores = score_article(gold, None)
        assert set(CORE_FIELDS) <= set(scores)
        assert all(s.tp == 0 and s.fp == 0 for s in scores.values())
    return {r["id"] for r in rows}


def test_unseen_yardstick_is_complete_and_scorable() -> None:
    # the first batch and the fresh one drawn at stop 27, each scorable alone
    _check_gold_only_yardstick(UNSEEN, {"unseen": 40, "unseen2": 30})


def test_independent_yardstick_is_complete_scorable_and_apart_from_unseen() -> None:
    # 80 to tune on, 80 to test that the tuning generalises
    ids = _check_gold_only_yardstick(INDEPENDENT, {"tune": 80, "test": 80})
    assert not ids & {r["id"] for r in load_manifest(UNSEEN)}


def test_a_row_naming_its_fields_is_scored_on_those_only(tmp_path: Path) -> None:
    root, texts = _gold_only_corpus(tmp_path)
    whole = evaluate(root, texts=texts)
    assert whole.scored_fields == ALL_FIELDS
    manifest = [json.loads(x) for x in (root / "MANIFEST.jsonl").read_text().splitlines()]
    for row in manifest:
        row["fields"] = ["effects", "arm_n"]
    (root / "MANIFEST.jsonl").write_text("".join(json.dumps(r) + "\n" for r in manifest))
    few = evaluate(root, texts=texts)
    assert few.scored_fields == ["arm_n", "effects"] and list(few.as_dict()["fields"]) == [
        "arm_n",
        "effects",
    ]
    # the same scores for those fields, nothing for the others (their values are neither right nor wrong)
    assert (
        few.fields["effects"] == whole.fields["effects"]
        and few.fields["arm_n"] == whole.fields["arm_n"]
    )
    assert few.micro(ALL_FIELDS) == few.micro(["effects", "arm_n"])
    assert {e["field"] for e in few.errors} <= {"effects", "arm_n"}
    manifest[0]["fields"] = ["effect"]
    (root / "MANIFEST.jsonl").write_text("".join(json.dumps(r) + "\n" for r in manifest))
    with pytest.raises(InputError, match="no field 'effect'"):
        evaluate(root, texts=texts)


def test_effects_yardstick_is_complete_scorable_and_apart_from_the_others() -> None:
    rows = load_manifest(EFFECTS)
    assert len(rows) == 180 and len({r["id"] for r in rows}) == 180
    assert (
        len(load_manifest(EFFECTS, "random")) == 120 and len(load_manifest(EFFECTS, "dense")) == 60
    )
    others = {r["id"] for root in (CORPUS, UNSEEN, INDEPENDENT) for r in load_manifest(root)}
    for row in rows:
        assert "path" not in row and row["id"] not in others
        assert row["fields"] == ["effects", "arm_n", "p_values"]
        gold = json.loads((EFFECTS / row["gold"]).read_text("utf-8"))
        assert gold["id"] == row["id"] and gold["is_trial_report"] == row["is_trial_report"]
        trial = gold["trial"]
        assert (trial is None) == (not gold["is_trial_report"])
        if trial is None:
            continue
        # each effect with the article's own words (spans to find, for a model that learns them)
        for effect in trial["effects"]:
            assert effect["type"] in get_args(EffectType) and effect["quote"].strip()
        assert all(a["n"] is None or isinstance(a["n"], int) for a in trial["arms"])
        scores = score_article(gold, None)
        assert all(scores[f].tp == 0 and scores[f].fp == 0 for f in row["fields"])
