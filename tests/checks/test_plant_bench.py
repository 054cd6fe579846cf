"""The planted-error benchmark on a one-article corpus (the seed), and its planters one by one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extractor.checks import plant_bench
from extractor.record.models import Evidence

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SEED = CORPUS / "articles" / "000_3561bdc1841b2c94.txt"


@pytest.fixture(scope="module")
def seed_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    (root / "articles").mkdir()
    shutil.copy(SEED, root / "articles" / SEED.name)
    row = json.loads((CORPUS / "MANIFEST.jsonl").read_text("utf-8").splitlines()[0])
    assert row["path"] == f"articles/{SEED.name}"
    (root / "MANIFEST.jsonl").write_text(json.dumps(row) + "\n", "utf-8")
    return root


@pytest.fixture(scope="module")
def report(seed_corpus: Path, nlp) -> dict:
    return plant_bench.run(seed_corpus, nlp)


def test_seed_plants_are_caught(report: dict) -> None:
    kinds = {p["kind"]: p for p in report["plants_detail"]}
    # the seed has arms, a received count, follow-up, an enrollment period and a publication date
    for kind in (
        "arm_sum",
        "count_exceeds_arm",
        "impossible_follow_up",
        "reversed_period",
        "enrollment_after_publication",
    ):
        assert kind in kinds, kind
        assert kinds[kind]["caught"], kinds[kind]
    assert "TIM001" in kinds["reversed_period"]["caught_by"]
    assert "TIM002" in kinds["enrollment_after_publication"]["caught_by"]
    assert "ARM002" in kinds["count_exceeds_arm"]["caught_by"]
    # an RCT: no causal-language plant (that one needs an observational study)
    assert "causal_words_observational" not in kinds
    assert report["plants"] == len(report["plants_detail"]) and report["caught"] <= report["plants"]


def test_unmodified_seed_has_no_failing_error_check(report: dict) -> None:
    assert report["unmodified"]["articles_with_failing_error_checks"] == 0


def test_table_and_cli(seed_corpus: Path, report: dict, tmp_path: Path, capsys) -> None:
    from rich.console import Console

    console = Console(width=160, record=True, color_system=None)
    console.print(plant_bench.table(report))
    assert "reversed_period" in console.export_text()
    assert plant_bench.main([str(tmp_path)]) == 2
    assert "no MANIFEST.jsonl" in capsys.readouterr().err


def test_replace_number_inside_span_only() -> None:
    text = "Of 125 patients, 125 had surgery."
    span = Evidence(start=17, end=20, text="125")
    assert plant_bench._replace_number(text, span, "132") == "Of 125 patients, 132 had surgery."
    words = "followed for six weeks"
    assert plant_bench._replace_number(
        words, Evidence(start=0, end=len(words), text=words), "3900"
    ) == ("followed for 3900 weeks")
    assert (
        plant_bench._replace_number("no digits", Evidence(start=0, end=9, text="no digits"), "1")
        is None
    )
