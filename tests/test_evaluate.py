"""The evaluation harness: a corpus whose manifest names articles by id only, read from a file of articles
(``--texts``), a gold set of a few fields (a row's ``fields``), a second annotation scored against the gold
(``agreement``, ``--against``), and the gold-only yardsticks in bench/unseen, bench/independent and bench/effects."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args

import pytest

from extractor.errors import InputError
from extractor.evaluate import (
    ALL_FIELDS,
    CORE_FIELDS,
    FIELDS,
    agreement,
    evaluate,
    load_manifest,
    score_article,
    scored_value,
)
from extractor.record.models import Design, Direction, EffectType
from tests.conftest import ROOT
from tests.test_cli import tf

CORPUS = ROOT / "corpus"
UNSEEN = ROOT / "bench" / "unseen"
INDEPENDENT = ROOT / "bench" / "independent"
EFFECTS = ROOT / "bench" / "effects"
WIDE = ROOT / "bench" / "wide"
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


def _check_contract_values(gold: dict[str, Any], article: str) -> None:
    """A gold record of ``article``: its id, a trial exactly when it is a trial report, and the contract's values
    for design, finding and effect types."""
    assert gold["id"] == article and isinstance(gold["is_trial_report"], bool)
    trial = gold["trial"]
    assert (trial is None) == (not gold["is_trial_report"])
    if trial is not None:
        assert trial["design"] in (*get_args(Design), None)
        assert trial["finding"] in (*get_args(Direction), None)
        assert all(e["type"] in get_args(EffectType) for e in trial["effects"])


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
        _check_contract_values(gold, row["id"])
        assert gold["is_trial_report"] == row["is_trial_report"]
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


def test_wide_yardstick_is_complete_scorable_and_apart_from_the_blind_sets() -> None:
    # 1,200 to tune on, 596 scored in aggregate only; none of the corpus, bench/unseen or bench/independent
    ids = _check_gold_only_yardstick(WIDE, {"tune": 1200, "test": 596})
    others = {r["id"] for root in (UNSEEN, INDEPENDENT) for r in load_manifest(root)}
    assert not ids & others
    # the batches are cut in the draw's order: the test split is the last 24
    rows = load_manifest(WIDE)
    assert {r["batch"] for r in rows if r["split"] == "test"} == {
        f"w{k:02d}" for k in range(49, 73)
    }


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


def _second_annotation(tmp_path: Path, ids: list[str]) -> Path:
    """A folder holding a copy of the dev gold of ``ids``, as a second annotator's records."""
    rows = {r["id"]: r for r in load_manifest(CORPUS)}
    other = tmp_path / "second"
    other.mkdir(parents=True)
    for i in ids:
        shutil.copy(CORPUS / rows[i]["gold"], other / f"{i}.json")
    return other


def _edit(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    record = json.loads(path.read_text("utf-8"))
    change(record)
    path.write_text(json.dumps(record))


def test_the_gold_agrees_with_itself_on_the_articles_annotated_twice(tmp_path: Path) -> None:
    other = _second_annotation(tmp_path, [A, B])
    report = agreement(CORPUS, other, "dev")
    assert report.articles == 2 and report.is_trial_accuracy == 1.0
    assert report.errors == [] and report.micro(ALL_FIELDS).tp > 0
    # the dev rows without a second record are left out, not counted as disagreements
    assert len(load_manifest(CORPUS, "dev")) > 2


def test_a_different_value_is_one_disagreement_and_the_scores_are_symmetric(tmp_path: Path) -> None:
    other = _second_annotation(tmp_path, [A])
    gold = json.loads((other / f"{A}.json").read_text("utf-8"))
    assert gold["trial"]["enrollment"]["total"] is not None

    def change(record: dict[str, Any]) -> None:
        record["trial"]["enrollment"]["total"] += 1
        record["trial"]["design"] = None

    _edit(other / f"{A}.json", change)
    forward = agreement(CORPUS, other)
    assert (forward.fields["total_n"].fp, forward.fields["total_n"].fn) == (1, 1)
    assert (forward.fields["design"].fp, forward.fields["design"].fn) == (0, 1)
    assert {(e["field"], e["fp"], e["fn"]) for e in forward.errors} == {
        ("total_n", 1, 1),
        ("design", 0, 1),
    }
    # the other way round: the second record as the gold, the first as the one scored
    root = tmp_path / "swapped"
    (root / "gold").mkdir(parents=True)
    shutil.copy(other / f"{A}.json", root / "gold" / f"{A}.json")
    row = {"id": A, "gold": f"gold/{A}.json", "split": "dev"}
    (root / "MANIFEST.jsonl").write_text(json.dumps(row) + "\n")
    back = agreement(root, _second_annotation(tmp_path / "b", [A]))
    for name in ALL_FIELDS:
        f, b = forward.fields[name], back.fields[name]
        assert (f.tp, f.fp, f.fn) == (b.tp, b.fn, b.fp) and f.f1 == b.f1


def test_a_second_reading_of_no_trial_report_misses_every_gold_value(tmp_path: Path) -> None:
    other = _second_annotation(tmp_path, [A])
    whole = agreement(CORPUS, other)

    def change(record: dict[str, Any]) -> None:
        record["is_trial_report"] = False
        record["trial"] = None

    _edit(other / f"{A}.json", change)
    report = agreement(CORPUS, other)
    assert report.is_trial_accuracy == 0.0
    total = report.micro(ALL_FIELDS)
    assert total.tp == total.fp == 0 and total.fn == whole.micro(ALL_FIELDS).tp


def test_agreement_keeps_to_a_rows_fields(tmp_path: Path) -> None:
    rows = [r for r in load_manifest(EFFECTS) if r["is_trial_report"]][:3]
    other = tmp_path / "second"
    other.mkdir()
    for r in rows:
        shutil.copy(EFFECTS / r["gold"], other / f"{r['id']}.json")
    report = agreement(EFFECTS, other)
    assert report.articles == 3 and report.errors == []
    assert set(report.scored_fields) <= set(rows[0]["fields"])


def test_a_second_annotation_that_is_no_gold_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a folder"):
        agreement(CORPUS, tmp_path / "absent")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no gold record of an article"):
        agreement(CORPUS, empty)
    other = _second_annotation(tmp_path, [A])
    (other / f"{A}.json").write_text('{"id": "x"}')
    with pytest.raises(InputError, match=f"{A}.json: not a gold record"):
        agreement(CORPUS, other)
    (other / f"{A}.json").write_text('{"is_trial_report": "yes"}')
    with pytest.raises(InputError, match="not true or false"):
        agreement(CORPUS, other)
    out = tf("eval", "corpus", "--against", str(other))
    assert out.returncode == 2
    assert out.stderr.decode().strip().count("\n") == 0 and b"not true or false" in out.stderr


def test_cli_scores_a_second_annotation_without_the_extractor(tmp_path: Path) -> None:
    other = _second_annotation(tmp_path, [A, B])
    out = tf("eval", "corpus", "--split", "dev", "--against", str(other), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["articles"] == 2 and data["is_trial_accuracy"] == 1.0
    assert data["core_micro"]["f1"] == 1.0 and data["core_micro"]["fp"] == 0


def test_independent_yardsticks_second_annotation_is_complete_and_scorable() -> None:
    """bench/independent/second holds a second gold record of each of the 160 articles, in the contract's
    values, and ``agreement`` scores it on all of them."""
    second = INDEPENDENT / "second"
    rows = load_manifest(INDEPENDENT)
    assert sorted(p.stem for p in second.glob("*.json")) == sorted(r["id"] for r in rows)
    for row in rows:
        _check_contract_values(
            json.loads((second / f"{row['id']}.json").read_text("utf-8")), row["id"]
        )
    report = agreement(INDEPENDENT, second)
    assert report.articles == len(rows) and report.scored_fields == ALL_FIELDS


def test_every_field_is_scored_in_the_documented_order() -> None:
    assert list(FIELDS) == ALL_FIELDS and set(CORE_FIELDS) <= set(FIELDS)


def test_an_error_names_the_gold_and_the_predicted_value(tmp_path: Path) -> None:
    other = _second_annotation(tmp_path, [A])
    gold = json.loads((other / f"{A}.json").read_text("utf-8"))
    total, design = gold["trial"]["enrollment"]["total"], gold["trial"]["design"]

    def change(record: dict[str, Any]) -> None:
        record["trial"]["enrollment"]["total"] = total + 1
        record["trial"]["design"] = None

    _edit(other / f"{A}.json", change)
    errors = {e["field"]: e for e in agreement(CORPUS, other).errors}
    assert (errors["total_n"]["gold"], errors["total_n"]["predicted"]) == (total, total + 1)
    assert (errors["design"]["gold"], errors["design"]["predicted"]) == (design, None)
    out = tf("eval", "corpus", "--against", str(other), "--errors", "--format", "json")
    assert out.returncode == 0, out.stderr
    listed = {e["field"]: e for e in json.loads(out.stdout)["errors"]}
    assert listed["total_n"]["predicted"] == total + 1 and listed["design"]["gold"] == design


def test_an_effect_is_shown_by_its_type_and_value() -> None:
    trial = {
        "effects": [{"type": "RRR", "value": 30, "ci": [10, 45], "quote": "cut the risk by 30%"}]
    }
    assert scored_value(trial, "effects") == [{"type": "RRR", "value": 30}]
    assert scored_value(None, "effects") == [] and scored_value(None, "total_n") is None
    assert scored_value({"arms": [{"label": "a", "n": 5}, {"label": "b", "n": None}]}, "arm_n") == [
        5
    ]
