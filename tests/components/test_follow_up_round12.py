"""Follow-up component tests added in round 12 (blank tokenizer, only the follow-up component)."""

from __future__ import annotations

from tests.helpers import follow_up_value


def test_a_period_people_were_recruited_or_their_data_gathered_over_is_no_follow_up() -> None:
    # when the study's people came in or their data were gathered: an enrollment period
    assert (
        follow_up_value(
            "For this case-control study, researchers recruited 5,307 colonoscopy patients at two hospitals "
            "over a seven-year period ending in April 2010."
        )
        is None
    )
    assert (
        follow_up_value(
            "The new study tapped into data from more than 20,000 children who had been screened at public "
            "schools in West Virginia over five years."
        )
        is None
    )
    assert (
        follow_up_value(
            "The researchers analyzed results from 1,867 patients who had both types of scans performed within "
            "six months of each other over a 10-year period."
        )
        is None
    )
    # people seen again over the period, or a change over it, is a time line
    assert follow_up_value(
        "The new study examined former smokers three times over a five-year period."
    ) == (
        5.0,
        "years",
        None,
    )
    assert follow_up_value(
        "Researchers identified 10 people whose cognitive skills declined over a two-year period."
    ) == (2.0, "years", None)
