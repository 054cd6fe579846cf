"""Reporting: what a reader needs and the article may leave out (absolute numbers, harms, funding, an
independent voice, the study's size)."""

from __future__ import annotations

from extractor.checks.claims import study_size
from extractor.checks.cues import find
from extractor.checks.effects import reliable_ratio
from extractor.checks.registry import Finding, check
from extractor.record.models import TrialRecord

SMALL_SAMPLE = 50
_RELATIVE = ("RRR", "HR", "RR", "OR")
_ABSOLUTE = ("ARR", "NNT", "difference")


@check(
    "REP001",
    "absolute numbers alongside relative effects",
    "warning",
    skip="no relative effect (risk reduction, hazard, risk or odds ratio) reported",
)
def absolute_numbers(record: TrialRecord) -> Finding | None:
    """A relative effect alone ('cut the risk by 50%') does not say how many people benefit: the article
    should also give absolute numbers (results per arm, percentages of each group, a number needed to
    treat).

    Fails: 'cut the risk of stroke by 50%' and no arm-level figures.
    Passes: 'cut the risk of stroke by 50%, from 2% of patients to 1%'.
    """
    trial = record.trial
    if trial is None:
        return None
    text = record.source.text
    relative_paths = [
        f"trial.outcomes[{i}].effect"
        for i, o in enumerate(trial.outcomes)
        if o.effect is not None
        and o.effect.type in _RELATIVE
        and (o.effect.type == "RRR" or reliable_ratio(record, i))
    ]
    relative_text = find("relative", text)
    if not relative_paths and not relative_text:
        return None
    paths = relative_paths or ["source.text"]
    arm_level = [
        f"trial.outcomes[{i}].arm_results[{j}]"
        for i, o in enumerate(trial.outcomes)
        for j, r in enumerate(o.arm_results)
        if r.value is not None or r.events is not None
    ]
    absolute_effects = [
        f"trial.outcomes[{i}].effect"
        for i, o in enumerate(trial.outcomes)
        if o.effect is not None and o.effect.type in _ABSOLUTE
    ]
    absolute_text = find("absolute", text)
    if arm_level or absolute_effects:
        return Finding(True, "absolute figures are given", paths + arm_level + absolute_effects)
    if absolute_text:
        return Finding(
            True, f"absolute figures are given ('{absolute_text[0].text}')", [*paths, "source.text"]
        )
    what = f"'{relative_text[0].text}'" if relative_text else "a relative effect"
    return Finding(
        False,
        f"the article gives {what} but no absolute numbers (how many in each group had the outcome), "
        f"so readers cannot tell how large the benefit is",
        [*paths, "source.text"],
    )


@check("REP002", "harms mentioned", "info", skip="not a trial report, or no text")
def harms_mentioned(record: TrialRecord) -> Finding | None:
    """The article says something about harms: side effects, adverse events, safety, toxicity,
    complications.

    Fails: a drug trial story that never mentions side effects or safety.
    Passes: 'the most common side effects were nausea and fatigue'.
    """
    text = record.source.text
    if record.trial is None or not text.strip():
        return None
    cues = find("harms", text)
    if cues:
        return Finding(True, f"harms are mentioned ('{cues[0].text}')", ["source.text"])
    return Finding(
        False,
        "the article does not mention side effects, adverse events, safety or other harms",
        ["source.text"],
    )


@check("REP003", "funding source stated", "info", skip="not a trial report, or no text")
def funding_stated(record: TrialRecord) -> Finding | None:
    """The article says who paid for the study.

    Fails: no sponsor and no 'funded by' / 'sponsored by' / 'grant from'.
    Passes: 'the trial was funded by the National Cancer Institute'.
    """
    trial = record.trial
    if trial is None:
        return None
    if trial.sponsor is not None:
        return Finding(True, f"the sponsor is named ({trial.sponsor})", ["trial.sponsor"])
    text = record.source.text
    if not text.strip():
        return None
    cues = find("funding", text)
    if cues:
        return Finding(True, f"funding is stated ('{cues[0].text}')", ["source.text"])
    return Finding(
        False, "the article does not say who funded the study", ["trial.sponsor", "source.text"]
    )


@check("REP004", "independent expert quoted", "info", skip="not a trial report, or no text")
def independent_expert(record: TrialRecord) -> Finding | None:
    """Someone not involved in the study comments on it.

    Fails: only the study's own authors are quoted.
    Passes: 'said Dr. Jane Roe, who was not involved in the study'.
    """
    text = record.source.text
    if record.trial is None or not text.strip():
        return None
    cues = find("independent", text)
    if cues:
        return Finding(True, f"an outside voice is quoted ('{cues[0].text}')", ["source.text"])
    return Finding(
        False,
        "no one independent of the study is quoted (only its authors, or no one)",
        ["trial.investigators", "source.text"],
    )


@check("REP005", "sample size not very small", "info", skip="the study's size is not stated")
def sample_size(record: TrialRecord) -> Finding | None:
    """Fewer than 50 participants: results can easily be chance; readers should be told.

    Fails: a trial of 24 participants. Passes: a trial of 256 participants.
    """
    size = study_size(record)
    if size is None:
        return None
    n, path = size
    if n < SMALL_SAMPLE:
        return Finding(
            False,
            f"only {n} participants: a very small study, whose results may be chance",
            [path],
        )
    return Finding(True, f"{n} participants", [path])
