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
