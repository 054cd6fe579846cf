"""Design reading on real news accepted as trial reports (round 10, acc-des10)."""

from __future__ import annotations

from tests.helpers import run


def _design(text: str) -> str | None:
    d = run(text, "trial_design")._.study.design
    return None if d is None else d.value


def test_randomized_trials_in_the_plural_are_not_the_studys_own_design() -> None:
    # 'randomized trials' with no count before them are others: absent, needed, the gold standard in general
    cohort = "The retrospective study involved 161 men. "
    assert (
        _design(cohort + "The test needs validation in larger, prospective randomized trials.")
        == "observational"
    )
    assert (
        _design(
            "The researchers used data from 20,000 patient records. "
            "In the absence of randomized trials, this is the best evidence."
        )
        == "observational"
    )
    # a count before them: the trials the study pooled or the release reports keep their design
    assert _design("The drug was tested in three randomized trials of 900 women.") == "rct"
    assert _design("Two randomized, placebo-controlled studies showed the drug worked.") == "rct"
    # the study itself among its kind, or trials named before
    assert (
        _design(
            "The study, one of the largest randomised control trials in Pakistan, followed women."
        )
        == "rct"
    )
    assert _design("In the randomized studies, 44 men started on the drug.") == "rct"
    # the study's own randomization in the singular still counts
    assert _design("The randomized trial enrolled 300 patients.") == "rct"


def test_one_late_mention_of_mice_is_not_the_design_of_a_reported_trial() -> None:
    filler = "".join(f"Sentence {i} says the patients did well. " for i in range(9))
    trial = "The trial compared the drug with a placebo in 20 patients. " + filler
    assert _design(trial + "Earlier work had shown the effect in mice.") is None
    # with no trial of its own, one mention is the design still
    lab = "The researchers tested the compound. " + filler
    assert _design(lab + "It stopped tumour growth in mice.") == "other"
    # a trial that is only hoped for or under way does not count
    assert (
        _design(lab + "It stopped tumour growth in mice. A clinical trial could start next summer.")
        == "other"
    )


def _phase(text: str) -> str | None:
    p = run(text, "trial_design")._.study.phase
    return None if p is None else p.value


def test_phases_of_programmes_units_and_trials_to_come_are_not_the_studys() -> None:
    # the name of a unit, a drug's programme, a phase of something else
    assert (
        _phase(
            "Dr. Mehnert, director of the Phase I and Developmental Therapeutics Program, led it."
        )
        is None
    )
    assert _phase("Phase 1 of the 2014 campaign ran older ads.") is None
    # trials needed, to be run, expected or already under way for the drug
    assert _phase("Careful phase III clinical trials are now needed to confirm it.") is None
    assert _phase("The benefit will be further studied in a follow-up phase II trial.") is None
    assert _phase("Fludase is already in phase 2 clinical trials for influenza.") is None
    assert _phase("Results from this phase III testing are expected in early 2013.") is None
    # an announced trial recruiting now, and the study's own phase, still count
    assert _phase("UAB is currently recruiting for a Phase II clinical trial of the drug.") == "2"
    assert _phase("In this phase 3 trial, 300 women got the drug.") == "3"


def test_a_study_stated_to_lack_a_control_group_is_single_arm() -> None:
    assert (
        _design(
            "All 227 volunteers did the yoga poses daily. "
            "The study has many limitations, including the lack of a control group."
        )
        == "single_arm"
    )
    assert _design("The study didn't include a comparison group that did not get cells.") == (
        "single_arm"
    )
    # earlier research lacking one is not the study's
    assert (
        _design(
            "Researchers used data from the medical records of 30,000 patients. "
            "Some previous research has been limited by the lack of a comparison group."
        )
        == "observational"
    )


def test_a_review_outranks_the_randomized_trials_it_pooled() -> None:
    # a systematic review that counts the randomized trials it looked at is a meta-analysis
    assert (
        _design(
            "In a systematic review, a team found lower mortality with aspirin. "
            "The review looked at all the data, including five randomised trials. "
            "Aspirin was linked with a 20 percent lower risk."
        )
        == "meta_analysis"
    )
    # an analysis of four or more studies is one too; of a drug's three trials, it keeps their design
    assert (
        _design(
            "A healthy diet was linked with a reduced risk of death in an analysis of 7 studies."
        )
        == "meta_analysis"
    )
    assert _design("The new analysis of three separate studies included 4,500 people.") is None


def test_the_standard_treatment_patients_had_before_is_not_a_comparison() -> None:
    early = "In the phase II trial, 40 patients got the new drug with chemotherapy. "
    assert _design(early + "None had responded to standard treatment.") == "single_arm"
    assert _design(early + "It worked better than standard treatment.") is None
