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


def test_a_time_point_later_first_in_its_sentence_without_a_comma() -> None:
    # 'N units later' first in its sentence, before those measured, with or without a comma; animals and
    # 'they' are those measured too
    assert follow_up_value(
        "Four months later the mice in the fasting group weighed less than those in the control group."
    ) == (4.0, "months", None)
    assert follow_up_value(
        "A week later they were shown the colours again, and their fear responses were measured."
    ) == (1.0, "weeks", None)
    # a crossover's second period is no read-out
    assert follow_up_value("Two weeks later the groups swapped their treatments.") is None


def test_a_duration_of_studies_in_general_is_not_the_own_studys() -> None:
    # other or earlier studies in general: their follow-up, not this one's
    assert follow_up_value(
        "Most studies involving these scans have a follow-up of five years or less. "
        "Researchers then tracked the participants for roughly 15 years."
    ) == (15.0, "years", None)
    assert (
        follow_up_value(
            "The findings are in line with earlier studies showing chondroitin sulfate could significantly "
            "decrease the progression of knee osteoarthritis over a period of three years."
        )
        is None
    )
    # a pooled analysis of earlier studies keeps their follow-up as its own
    assert follow_up_value(
        "The researchers combined 10 earlier studies that looked at women's diets and followed them over "
        "seven to 18 years."
    ) == (18.0, "years", None)


def test_a_stated_statistic_after_a_range_and_a_comma_is_the_follow_up() -> None:
    assert follow_up_value(
        "Patients were tracked from four to 12 years, with a median of 9.2 years."
    ) == (
        9.2,
        "years",
        "median",
    )
    assert follow_up_value("Patients were followed for 2 to 10 years (median 5.2 years).") == (
        5.2,
        "years",
        "median",
    )
    # a median of something else after the comma is no follow-up statistic
    assert follow_up_value(
        "The researchers followed 915 people for five years, with a median age of 81 years."
    ) == (5.0, "years", None)
