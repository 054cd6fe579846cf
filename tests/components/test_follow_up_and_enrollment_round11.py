"""Follow-up and enrollment phrasings of real news (round 11)."""

from __future__ import annotations

from tests.helpers import enrollment_counts, follow_up_value


def test_the_size_written_before_the_study_word() -> None:
    # 'their 190-patient study': the study's size, and randomized when the participants were randomly assigned
    assert enrollment_counts(
        "George and his colleagues report the results of their 190-patient study, the most rigorous so far. "
        "The researchers randomly assigned participants to receive TMS or sham TMS."
    ) == (190, 190)
    assert enrollment_counts("The 2,400-woman, randomized study complicates the advice.") == (
        2400,
        None,
    )
    # ... before another study's count it is the earliest stated
    assert enrollment_counts(
        "The 1,212-patient study calls into question the need for surgery. Two participants in the study, "
        "Donald Ferguson and Jimmy Spell, were each diagnosed eight years ago."
    ) == (1212, None)


def test_a_study_size_of_a_study_to_come_or_long_ago_or_of_two_pooled_is_not_the_total() -> None:
    assert enrollment_counts(
        "Abbott plans to begin a 500-patient pivotal trial in Europe later this year."
    ) == (
        None,
        None,
    )
    assert enrollment_counts(
        "Allegro Diagnostics is halfway through a 60-patient clinical trial of the test."
    ) == (None, None)
    assert enrollment_counts(
        "Wood noted that in a five-subject study of peanut allergy shots more than 10 years ago, all "
        "patients suffered serious reactions."
    ) == (None, None)
    assert enrollment_counts(
        "The latest results come from a combined analysis of a 1,012-patient study and a 646-patient study."
    ) == (None, None)


def test_a_result_at_n_months_mid_sentence_is_a_time_point() -> None:
    assert follow_up_value("In the study, 119 people (37%) reported no pain at six months.") == (
        6.0,
        "months",
        None,
    )
    # the latest read-out of the study
    assert follow_up_value(
        "At the end of 12 weeks, the tai chi group reported improvements in their scores. The improvements "
        "were still evident at 24 weeks, according to the research."
    ) == (24.0, "weeks", None)
    # not a week of pregnancy, nor an age
    assert (
        follow_up_value(
            "Overall, 63 percent opposed having most women deliver at 39 weeks, the poll found."
        )
        is None
    )
    assert (
        follow_up_value("The infants showed a significant improvement at 12 months of age.") is None
    )


def test_of_n_people_first_in_a_sentence_is_the_total_when_nothing_else_is_stated() -> None:
    assert enrollment_counts(
        "Of 16 people with mild-to-moderate Alzheimer's disease, those who received two to seven infusions "
        "of the experimental drug every four weeks showed marked reductions."
    ) == (16, None)
    # a part told by what they did or when they were seen is not
    assert enrollment_counts(
        "Among the 11 women who took the placebo, just one experienced remission within 60 hours."
    ) == (None, None)
    assert enrollment_counts(
        "Among five patients seen six months after the procedure, tumor control continued to be 100 percent."
    ) == (None, None)
    # ... and another pattern's count comes first
    assert enrollment_counts(
        "The trial enrolled 300 patients. Of the 24 patients with a relapse, 70 percent saw the disease halted."
    ) == (300, None)
