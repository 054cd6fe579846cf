"""Which sentence and which study the design and phase are read from (round 7, acc-des7)."""

from __future__ import annotations

from tests.helpers import design_of, phase_of


def test_phase_of_future_or_earlier_trials_is_not_the_studys() -> None:
    # the study's own phase, after a sentence about a trial to come
    assert (
        phase_of(
            "The drug helped 40 patients. A large, phase 3 clinical trial could start in a year. "
            "The current study was a phase 2 trial."
        )
        == "2"
    )
    # only trials to come or earlier trials carry a phase: the study's own is unstated
    assert phase_of("The drug helped 40 patients. An upcoming Phase 2 trial will test it.") is None
    assert (
        phase_of("Vertex expects results from two additional Phase 3 trials in the third quarter.")
        is None
    )
    assert phase_of("In an earlier phase-3 trial, the drug was shown to work.") is None
    # 'upcoming' and 'so far' about something else do not make the sentence an aside
    assert phase_of("Outcomes of the phase II trial will be published in an upcoming issue.") == "2"
    assert (
        phase_of("So far the team has shown the process is safe in a phase 1 clinical trial.")
        == "1"
    )


def test_random_assignment_without_the_usual_words_is_rct() -> None:
    assert design_of(
        "The randomized, double-blind and placebo-controlled study involved 3,000 people."
    ) == ("rct")
    assert (
        design_of("It was a double-blinded randomized, sham-controlled trial of 387 patients.")
        == "rct"
    )
    assert (
        design_of("The researchers put them at random into two groups, one getting a placebo.")
        == "rct"
    )
    assert design_of("Each participant was assigned randomly to receive the drug.") == "rct"
    assert (
        design_of("Two-thirds of the 4,465 patients were randomly chosen to get the drug.") == "rct"
    )
    assert design_of("The treatments were given in random order to the 12 patients.") == "rct"
    # a random sample is not random assignment
    assert design_of("Households were randomly selected to take part in the survey.") is None


def test_animal_findings_of_earlier_studies_are_background() -> None:
    # earlier animal or lab findings in the story of a study of people are not its design
    assert design_of("Previous studies in animals have shown that the drug works.") is None
    assert design_of("Our results build on previous animal and cell studies of mangos.") is None
    assert design_of("Also, lab and animal studies suggest aspirin may slow cancer growth.") is None
    # the study's own lab and animal work still is
    assert design_of("In addition, laboratory studies showed the drug worked in cancer cells.") == (
        "other"
    )
    assert design_of("The next step is to show the enzyme works in mice.") == "other"


def test_randomization_of_another_study_in_the_story_is_not_the_designs() -> None:
    text = (
        "Aspirin may help men with prostate cancer. "
        "Researchers looked at the records of 5,000 men with prostate cancer in a retrospective study. "
        "Those taking aspirin were less likely to die. "
        "A second study presented at the meeting looked at hormone therapy. "
        "That trial involved about 1,200 men who were randomly assigned to hormone therapy or radiation."
    )
    assert design_of(text) == "observational"
    # the study's own randomization, with no other study told of, still is
    assert design_of(text.replace("A second study presented at the meeting", "It")) == "rct"


def test_a_registry_or_database_as_the_source_is_observational() -> None:
    assert design_of(
        "The research was based on 111,707 cases submitted to a national registry."
    ) == ("observational")
    assert design_of("Using a cancer registry, the team examined records for a million women.") == (
        "observational"
    )
    # a register of trials, or a registry without study words, is not
    assert design_of("I began combing through the national clinical trials database.") is None
    assert design_of("The registry opens in May.") is None


def test_a_no_cause_and_effect_disclaimer_is_observational() -> None:
    assert design_of(
        "The study shows an association but is not designed to show cause and effect."
    ) == ("observational")
    assert design_of(
        "The study of 232 people is preliminary and doesn't prove cause and effect."
    ) == ("observational")
    # a randomized trial in the same story still outranks it
    assert (
        design_of("Patients were randomly assigned to the drug. It doesn't prove cause and effect.")
        == "rct"
    )
