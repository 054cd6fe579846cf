import gc

import pytest

from extractor.memory import collector_paused


def test_the_collector_is_off_inside_and_back_on_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_is_back_on_after_an_error() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("inside")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_extraction_leaves_the_collector_on() -> None:
    from extractor.api import extract_text

    record = extract_text("A randomized trial enrolled 200 adults with asthma.")
    assert record.source.text
    assert gc.isenabled()


def test_extraction_leaves_no_cyclic_garbage() -> None:
    """Everything a record's extraction creates is freed by reference counting (the collector has nothing to
    find): what a long ingest relies on, with the collector paused batch by batch. The seed defines
    abbreviations ('(OS)', '(PFS)'), whose detector Docs were once left in reference cycles."""
    from extractor.api import extract_path
    from tests.conftest import SEED

    list(extract_path(SEED))  # patterns, caches and the pipeline loaded first
    gc.collect()
    gc.disable()
    try:
        records = list(extract_path(SEED))
        del records
        assert gc.collect() == 0
    finally:
        gc.enable()
