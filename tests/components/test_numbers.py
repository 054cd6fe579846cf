from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.components.numbers import (
    approx_relation,
    find_numbers,
    to_int,
    to_number,
    words_to_number,
)
from tests.helpers import run


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two hundred fifty-six", 256),
        ("one thousand two hundred", 1200),
        ("a dozen", 12),
        ("twenty one", 21),
        ("nineteen", 19),
        ("4,800", 4800),
        ("1.5 million", 1_500_000),
        ("0.72", 0.72),
        ("half a million", 500_000),
        ("a quarter of a million", 250_000),
        ("half a dozen", 6),
    ],
)
def test_to_number(text: str, value: float) -> None:
    assert to_number(text) == value


def test_vague_numbers_have_no_value() -> None:
    assert words_to_number("thousands") is None
    assert to_number("several") is None


def test_approximations() -> None:
    assert approx_relation("more than") == "gt"
    assert approx_relation("nearly") == "lt"
    assert approx_relation("exactly") is None


def test_find_numbers_offsets_and_kinds() -> None:
    text = "More than 4,800 adults and nearly two hundred women; 62 percent"
    found = find_numbers(text)
    assert [(m.value, m.approx, m.percent) for m in found] == [
        (4800, "gt", False),
        (200, "lt", False),
        (62, None, True),
    ]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_component_sets_numbers() -> None:
    doc = run("The trial enrolled 256 women.", "trial_numbers")
    assert [m.value for m in doc._.numbers] == [256]


def test_component_sets_empty_list_when_nothing() -> None:
    doc = run("No numbers here.", "trial_numbers")
    assert doc._.numbers == []


@given(st.integers(min_value=0, max_value=10_000_000))
def test_digits_round_trip(n: int) -> None:
    assert to_int(f"{n:,}") == n


def test_is_year() -> None:
    from extractor.components.numbers import is_year

    text = "In 2015 a study of 2015 people (2016) between 1999 and 2009 ran 1500 tests"
    for word, expected in (("2015", True), ("2016", True), ("2009", True), ("1500", False)):
        i = text.index(word)
        assert is_year(text, i, i + 4) is expected, word
    i = text.index("2015 people")
    assert not is_year(text, i, i + 4)


def test_a_fraction_of_a_million_is_read_whole() -> None:
    # 'half a million' is one number, not 'a million' after the word 'half'
    values = [
        n.value
        for n in find_numbers(
            "data from nearly half a million adults and a quarter of a million men"
        )
    ]
    assert 500_000 in values and 250_000 in values and 1_000_000 not in values
