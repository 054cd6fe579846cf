"""Design, phase and single-arm reading on real news accepted as trial reports (round 8, acc-des8)."""

from __future__ import annotations

from tests.helpers import run


def _design(text: str) -> str | None:
    d = run(text, "trial_design")._.study.design
    return None if d is None else d.value


def test_randomized_trials_called_for_ongoing_or_not_done_are_not_the_design() -> None:
    # a cohort story's call for a randomized trial, or one being conducted elsewhere, is not its design
    cohort = (
        "Researchers used data from the medical records of 30,000 patients. "
        "People who took statins were less likely to die. "
    )
    assert _design(cohort + "A full randomized clinical trial was needed to confirm it.") == (
        "observational"
    )
    assert (
        _design(cohort + "A large, randomized study currently being conducted should tell.")
        == "observational"
    )
    assert (
        _design(cohort + "The authors call for verification in randomised studies.")
        == "observational"
    )
    # the study's own randomization still counts
    assert (
        _design("The researchers randomly assigned 300 patients to the drug or a placebo.") == "rct"
    )


def test_a_study_described_by_its_data_source_is_observational() -> None:
    assert (
        _design(
            "Researchers reviewed the medical charts of 9,073 patients. Those with psoriasis improved."
        )
        == "observational"
    )
    assert (
        _design("A study of Medicare claims found that many men get testosterone.")
        == "observational"
    )
    assert _design("The study found fewer infections. The findings are observational.") == (
        "observational"
    )


def test_people_followed_over_time_without_a_trial_are_a_cohort() -> None:
    cohort = "Zheng's team followed 2,520 adults for eight years. Those with poor vision lost memory faster."
    assert _design(cohort) == "observational"
    # a treatment in the sentence, or a trial or placebo named in the text: not a cohort
    assert (
        _design(
            "The researchers followed 165 infants who received cooling therapy for eight years."
        )
        is None
    )
    assert _design(cohort + " The trial was funded by the NIH.") is None
    # 'trials' of others ('randomized trials are needed') do not make it a trial
    assert _design(cohort + " Randomized trials are needed to confirm it.") == "observational"


def test_an_early_study_or_small_trial_without_a_comparison_is_single_arm() -> None:
    assert (
        _design(
            "In an early study, an experimental stem cell procedure helped 15 teens stay off insulin."
        )
        == "single_arm"
    )
    assert (
        _design("The drug worked in a small clinical study. The study gave the drug to 14 adults.")
        == "single_arm"
    )
    # early trials in the plural are others'; a 'small study' may be of any design
    assert (
        _design("Several other drugs are in early trials. The study included 30 patients.") is None
    )
    assert _design("A small study of 40 people found that coffee drinkers slept less.") is None
    # a comparison of its own: not single-arm
    assert _design("In an early study, 30 patients got the drug and 30 got a placebo.") is None


def _phase(text: str) -> str | None:
    p = run(text, "trial_design")._.study.phase
    return None if p is None else p.value


def test_a_spelt_out_phase_is_read() -> None:
    assert _phase("Italian researchers conducted a phase three study of 281 women.") == "3"
    assert _phase("In this phase one clinical trial, the drug was safe.") == "1"
    assert _phase("Their next step is a phase two trial, which will test it.") is None


def test_a_review_of_several_studies_or_a_model_is_read_when_nothing_else_is() -> None:
    assert (
        _design("Researchers who took another look at 19 published studies find that soy may help.")
        == "meta_analysis"
    )
    assert _design("No drug works well, according to a review of 27 clinical trials.") == (
        "meta_analysis"
    )
    assert (
        _design("The team constructed a mathematical model to predict the effects of chocolate.")
        == "other"
    )
    # a pooled analysis of trials keeps the trials' (here unstated) design; two studies are not a review
    assert _design("The study looked at eight trials of aspirin involving 25,570 patients.") is None
    assert _design("The researchers looked at two studies of the drug.") is None
    # another design cue wins
    assert (
        _design(
            "Patients were randomly assigned to the drug. A review of 27 clinical trials agreed."
        )
        == "rct"
    )
