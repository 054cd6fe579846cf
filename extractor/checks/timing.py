"""Time: the enrollment period is ordered and before publication; follow-up fits the time available."""

from __future__ import annotations

from datetime import date

from extractor.checks.registry import Finding, check
from extractor.record.models import TrialRecord

_YEARS = {"days": 1 / 365.25, "weeks": 7 / 365.25, "months": 1 / 12, "years": 1.0}


def _published(record: TrialRecord) -> date | None:
    if record.source.published is None:
        return None
    return date.fromisoformat(record.source.published)


@check("TIM001", "enrollment period ordered", "error", skip="no enrollment period with both years")
def period_ordered(record: TrialRecord) -> Finding | None:
    """Enrollment starts no later than it ends.

    Fails: enrollment from 2015 to 2011. Passes: enrollment from 2011 to 2015.
    """
    trial = record.trial
    if trial is None:
        return None
    p = trial.enrollment.period
    if p.start is None or p.end is None:
        return None
    paths = ["trial.enrollment.period.start", "trial.enrollment.period.end"]
    if p.start <= p.end:
        return Finding(True, f"enrollment {p.start}-{p.end}", paths)
    return Finding(
        False,
        f"enrollment is said to run from {p.start} to {p.end}: it ends before it starts",
        paths,
    )


@check(
    "TIM002",
    "enrollment before publication",
    "error",
    skip="needs an enrollment year and a publication date",
)
def period_before_publication(record: TrialRecord) -> Finding | None:
    """Enrollment (start and end) cannot be later than the article's publication.

    Fails: enrollment 2011-2021 in an article published 2020-06-08. Passes: 2011-2015, published 2020.
    """
    trial = record.trial
    published = _published(record)
    if trial is None or published is None:
        return None
    p = trial.enrollment.period
    years = [
        (y, f"trial.enrollment.period.{k}")
        for y, k in ((p.start, "start"), (p.end, "end"))
        if y is not None
    ]
    if not years:
        return None
    late = [(y, path) for y, path in years if y > published.year]
    if late:
        return Finding(
            False,
            f"enrollment year {late[0][0]} is after publication ({published.isoformat()})",
            [path for _, path in late],
        )
    return Finding(
        True,
        f"enrollment ended by {max(y for y, _ in years)}, before publication",
        [p for _, p in years],
    )


@check(
    "TIM003",
    "follow-up fits the time available",
    "error",
    skip="needs follow-up, the enrollment start year and a publication date",
)
def follow_up_possible(record: TrialRecord) -> Finding | None:
    """Follow-up cannot be longer than the time from the start of enrollment to publication.

    Fails: a median follow-up of 12 years for enrollment from 2011, published 2020.
    Passes: a median follow-up of 53 months for enrollment from 2011, published 2020.
    """
    trial = record.trial
    published = _published(record)
    if trial is None or published is None or trial.follow_up is None:
        return None
    start = trial.enrollment.period.start
    if start is None:
        return None
    available = (published - date(start, 1, 1)).days / 365.25
    fu = trial.follow_up
    years = fu.value * _YEARS[fu.unit]
    paths = ["trial.follow_up", "trial.enrollment.period.start"]
    if years <= available + 1e-9:
        return Finding(
            True,
            f"{fu.value:g} {fu.unit} of follow-up fits in the {available:.1f} years since {start}",
            paths,
        )
    return Finding(
        False,
        f"{fu.value:g} {fu.unit} of follow-up is longer than the {available:.1f} years from "
        f"the start of enrollment ({start}) to publication",
        paths,
    )
