"""Design reading on real news accepted as trial reports (round 12, acc-dv12)."""

from __future__ import annotations

from tests.helpers import run


def _design(text: str) -> str | None:
    d = run(text, "trial_design")._.study.design
    return None if d is None else d.value


def test_people_compared_with_those_who_did_not_take_it_are_an_observational_comparison() -> None:
    text = (
        "In a new study of 1,300 men, those who took statins for their hearts were 30% less likely "
        "to have their cancers come back than men who did not take the drugs."
    )
    assert _design(text) == "observational"
    text = (
        "Children born to mothers who drank at low levels were at no higher risk compared to "
        "mothers who did not drink, the study of 10,000 families found."
    )
    assert _design(text) == "observational"
    # a trial or a placebo named in the text: the comparison is the trial's own groups
    text = (
        "In a trial of 8,000 men, those who took the drug had a 23% lower risk compared to men who "
        "did not take the drug."
    )
    assert _design(text) is None
    # no comparison: people who do not exercise are a background fact
    text = (
        "Stiffening often shows up in middle age in people who don't exercise. The 53 participants "
        "were divided into two groups."
    )
    assert _design(text) is None


def test_the_people_or_data_of_four_or_more_studies_are_a_meta_analysis() -> None:
    text = (
        "Less-invasive valve surgery is tied to a better quality of life, a research review suggests. "
        "The current analysis included 2,775 patients from a total of 20 previously published studies."
    )
    assert _design(text) == "meta_analysis"
    text = "Antidepressants work, a major study found. Pooling data from 522 trials, researchers found all drugs worked."
    assert _design(text) == "meta_analysis"
    # two or three trials of one drug keep their design
    text = (
        "The drug was tested in 300 patients. The researchers looked at data from the two trials."
    )
    assert _design(text) != "meta_analysis"
