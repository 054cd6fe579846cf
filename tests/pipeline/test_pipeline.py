from __future__ import annotations

from extractor.pipeline import PIPELINE, make_nlp
from extractor.pipeline.extensions import EXTENSIONS


def test_pipeline_order_is_the_declared_one() -> None:
    assert make_nlp(use_model=True).pipe_names == [name for name, _, _ in PIPELINE]


def test_analyze_pipes_finds_no_missing_inputs() -> None:
    analysis = make_nlp(use_model=True).analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]


def test_every_extension_documented() -> None:
    assert all(doc for _, doc in EXTENSIONS.values())


def test_without_model_component() -> None:
    assert "trial_people" not in make_nlp().pipe_names
