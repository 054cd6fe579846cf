"""Enrollment: randomized within enrolled; 'only some were randomized' against the numbers."""

from __future__ import annotations

from extractor.checks.registry import Finding, approximate, check
from extractor.record.models import TrialRecord


@check(
    "ENR001",
    "randomized subset vs randomized = enrolled",
    "warning",
    skip="the text does not say only some of those enrolled were randomized, or a number is missing",
)
def randomized_subset(record: TrialRecord) -> Finding | None:
    """When the text says only some of those enrolled were randomized (e.g. 'randomized those whose
    disease did not progress'), the number randomized should be smaller than the number enrolled.

    Fails: 256 enrolled, 'randomized those whose disease did not progress', 125 + 131 = 256 randomized.
    Passes: 368 enrolled, 'randomized those whose disease did not progress', 256 randomized.
    """
    trial = record.trial
    if trial is None or not trial.enrollment.randomized_subset:
        return None
    e = trial.enrollment
    enrolled = e.enrolled if e.enrolled is not None else e.total
    if enrolled is None or e.randomized is None:
        return None
    paths = [
        "trial.enrollment.randomized_subset",
        "trial.enrollment.randomized",
        "trial.enrollment.enrolled",
    ]
    if e.randomized < enrolled:
        return Finding(
            True,
            f"{e.randomized} of {enrolled} enrolled were randomized, as the text implies",
            paths,
        )
    return Finding(
        False,
        f"the text says only some of those enrolled were randomized, yet randomized ({e.randomized}) "
        f"equals enrolled ({enrolled}): the enrolled number may be the randomized one, or vice versa",
        paths,
    )


@check(
    "ENR002",
    "randomized not more than enrolled",
    "error",
    skip="needs both enrolled and randomized numbers",
)
def randomized_within_enrolled(record: TrialRecord) -> Finding | None:
    """No more people can be randomized than were enrolled. An approximate enrolled number ("more than
    900", "about 900") allows a randomized number within 10% of it.

    Fails: 200 enrolled and 256 randomized. Passes: 256 enrolled and 256 randomized; "more than 900"
    enrolled and 932 randomized.
    """
    trial = record.trial
    if trial is None:
        return None
    e = trial.enrollment
    if e.enrolled is None or e.randomized is None:
        return None
    paths = ["trial.enrollment.randomized", "trial.enrollment.enrolled"]
    if e.randomized <= e.enrolled:
        return Finding(True, f"{e.randomized} randomized of {e.enrolled} enrolled", paths)
    if approximate(record, "trial.enrollment.enrolled") and e.randomized <= e.enrolled * 1.1:
        return Finding(
            True,
            f"{e.randomized} randomized of about {e.enrolled} enrolled (an approximate figure)",
            paths,
        )
    return Finding(False, f"{e.randomized} randomized but only {e.enrolled} enrolled", paths)
