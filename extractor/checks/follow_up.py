"""Follow-up: a plausible length, and not ending after the article was published."""

from __future__ import annotations

from datetime import date

from extractor.checks.cues import matches, sentence_at
from extractor.checks.registry import Finding, check
from extractor.record.models import TrialRecord

_YEARS = {"days": 1 / 365.25, "weeks": 7 / 365.25, "months": 1 / 12, "years": 1.0}
MAX_YEARS = 50.0


@check("TIM004", "follow-up of a plausible length", "warning", skip="no follow-up stated")
def follow_up_plausible(record: TrialRecord) -> Finding | None:
    """A follow-up longer than 50 years is implausible for a clinical study: usually a misread unit
    (months as years) or a typo.

    Fails: a median follow-up of 53 years. Passes: a median follow-up of 53 months.
    """
    trial = record.trial
    if trial is None or trial.follow_up is None:
        return None
    fu = trial.follow_up
    years = fu.value * _YEARS[fu.unit]
    paths = ["trial.follow_up"]
    if years <= MAX_YEARS:
        return Finding(True, f"{fu.value:g} {fu.unit} of follow-up ({years:.1f} years)", paths)
    return Finding(
        False,
        f"{fu.value:g} {fu.unit} of follow-up is {years:.0f} years, longer than any plausible study "
        f"({MAX_YEARS:g} years): check the number and the unit",
        paths,
    )


@check(
    "TIM005",
    "follow-up does not end after publication",
    "error",
    skip="needs a publication date and a year the text says follow-up ran until",
)
def follow_up_not_in_future(record: TrialRecord) -> Finding | None:
    """Results cannot include follow-up after the article was published: 'followed until 2025' in a story
    published in 2020 is an error (unless the sentence is about the future: 'will be followed until').

    Fails: 'patients were followed until 2023', published 2020-06-08.
    Passes: 'patients were followed until 2019', published 2020-06-08.
    """
    if record.source.published is None:
        return None
    published = date.fromisoformat(record.source.published)
    text = record.source.text
    seen: list[tuple[int, str]] = []
    for m in matches("followed_until", text):
        start, end = sentence_at(text, m.start())
        if matches("future", text, start, end):
            continue
        seen.append((int(m.group("year")), " ".join(m.group(0).split())))
    if not seen:
        return None
    paths = ["source.text", "source.published"]
    late = [(y, q) for y, q in seen if y > published.year]
    if late:
        y, q = late[0]
        return Finding(
            False,
            f"the text says '{q}', but the article was published on {published.isoformat()}: "
            f"follow-up cannot have run until {y}",
            paths,
        )
    return Finding(
        True,
        f"follow-up ran until {max(y for y, _ in seen)}, before publication ({published.year})",
        paths,
    )
