"""Round 12: arm sizes and randomized counts the earlier rounds missed."""

from __future__ import annotations

from tests.helpers import enrollment_counts


def test_a_count_after_an_earlier_number_and_a_comma_is_still_read() -> None:
    # the match that starts at '12' (a duration, rejected) no longer takes the count '31' into its gap
    assert enrollment_counts(
        "After 12 weeks of treatment, 31 patients were randomly selected to receive either a placebo or "
        "cabozantinib."
    ) == (31, 31)
    assert enrollment_counts(
        "Over six months, 300 patients were randomized to surgery or not."
    ) == (
        300,
        300,
    )
    # a number inside the words before the people word still belongs to them
    assert enrollment_counts(
        "The researchers randomly assigned 300 type 2 diabetes patients to metformin or a placebo."
    ) == (300, 300)
