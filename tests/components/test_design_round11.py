"""Design reading on real news accepted as trial reports (round 11, acc-des11)."""

from __future__ import annotations

from tests.helpers import run


def _design(text: str) -> str | None:
    d = run(text, "trial_design")._.study.design
    return None if d is None else d.value


def test_the_participants_given_the_treatment_as_one_group_are_a_single_arm() -> None:
    # the count may stand in the sentence before the cue
    assert (
        _design(
            "At the time the abstract was submitted, 22 patients with advanced thyroid cancer were "
            "accrued. Participants received 10 mg of pembrolizumab every two weeks."
        )
        == "single_arm"
    )
    assert (
        _design(
            "Long-term use was tested in 61 volunteers. The rate of unnecessary shocks was low."
        )
        == "single_arm"
    )
    # a trial under way, a subgroup, a test the participants took: not a single arm
    assert _design("The pill is now being tested on 100 women in the United Kingdom.") is None
    assert _design("Of the 300 patients, some patients received a lower dose.") is None
    assert (
        _design("Thirteen adults spent two nights in a lab. The participants took a memory test.")
        is None
    )


def test_a_second_group_an_inactive_treatment_or_another_condition_is_a_comparison() -> None:
    assert (
        _design(
            "The authors gave 16 cancer patients fish oil. These patients were given the oil daily, "
            "while a second group of 24 patients underwent the same regimen minus the fish oil."
        )
        is None
    )
    assert (
        _design(
            "The researchers tested the method on ten patients. On one day the patients received "
            "active stimulation and on another day inactive treatment."
        )
        is None
    )
    assert (
        _design(
            "The system was tested in 12 adults. Participants were in range 70% of the time, up "
            "from 47% when they didn't use the technology."
        )
        is None
    )
    assert (
        _design(
            "It's a very early study of 20 toddlers. Areas responded more than when they slept."
        )
        is None
    )


def test_people_or_records_of_a_past_period_are_observational() -> None:
    assert (
        _design(
            "In their study, the team identified nearly 5,000 individuals who had been diagnosed "
            "with the cancer between 1992 and 2008."
        )
        == "observational"
    )
    assert (
        _design(
            "National Emergency Medicine Service Information System data for 2012 were reviewed."
        )
        == "observational"
    )
    # people who developed a condition beside those who did not: cases and controls
    assert (
        _design(
            "They tested the blood of 60 women who developed pre-eclampsia later in pregnancy and "
            "60 women who did not."
        )
        == "observational"
    )
    # a trial of its own, or the period in which a trial enrolled, is not a study of records
    assert (
        _design(
            "Patients treated between 2005 and 2010 at 12 centers took part in the trial of the drug."
        )
        is None
    )
    assert _design("The trial enrolled 300 patients between 2010 and 2012.") != "observational"


def _phase(text: str) -> str | None:
    p = run(text, "trial_design")._.study.phase
    return None if p is None else p.value


def test_a_phase_of_trials_in_the_plural_without_a_count_is_not_the_studys_own() -> None:
    # a drug's programme or trials to come
    assert (
        _phase(
            "The drug was originally developed up to late stage, or phase III, clinical trials by a "
            "Japanese firm. The team tested it in mice."
        )
        is None
    )
    assert (
        _phase(
            "It has had strong results in phase III trials in women. This phase II clinical trial "
            "combined the drug with sequencing."
        )
        == "2"
    )
    # the trials the release reports keep their phase
    assert _phase("The results of these phase III trials were compiled in a paper.") == "3"
    assert _phase("The findings come from phase III clinical trials of the drug.") == "3"
    assert _phase("Two phase 3 trials enrolled 1,200 women.") == "3"
    assert _phase("The phase 2 trials showed a benefit.") == "2"


def test_an_animal_experiment_told_without_in_mice_is_an_animal_study() -> None:
    assert (
        _design(
            "Collaborators first fed the cocoa compound to animals on a high-fat diet. The compound "
            "decreased the level of obesity in the animals."
        )
        == "other"
    )
    # animals named once, or without an experiment, or beside a trial of the text's own
    assert (
        _design("Collaborators first fed the cocoa compound to animals on a high-fat diet.") is None
    )
    assert (
        _design(
            "Patients with pets say the animals help them. The animals also distract them from pain."
        )
        is None
    )
    assert (
        _design(
            "The rats were given the drug first. The rats did well. The trial then enrolled 40 "
            "smokers who took the drug."
        )
        != "other"
    )


def test_what_remains_to_be_done_or_the_current_standard_is_not_the_studys_comparison() -> None:
    assert (
        _design(
            "The drug just completed a phase 1 clinical trial in 32 patients. The current standard "
            "treatments only have response rates of 15 percent compared with this."
        )
        == "single_arm"
    )
    assert (
        _design(
            "The new study, designed as a proof-of-concept study, involved just 41 men. The results "
            "need to be replicated and compared with other therapies."
        )
        == "single_arm"
    )
    # the study's own comparison still counts
    assert _design("The pilot study of 30 patients compared the drug with standard care.") is None
