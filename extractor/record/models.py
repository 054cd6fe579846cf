"""The trial record: pydantic v2 models, the one source of truth (contract v1).

`schemas/trial_record.schema.json` is exported from these models (`trialfacts schema`); a test fails
when the file drifts. "Not stated" is always ``None`` (or an empty list), never a sentinel string.
Cross-field rules (arms add up, events within arms, ...) are *not* validators here: they live in
`extractor.checks`, so an inconsistent record can still be stored and reviewed.

Keys may be added in later versions; none of the contract's keys may be renamed or change meaning
without a new ``schema_version``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["1"] = "1"

Design = Literal[
    "rct", "nonrandomized_trial", "single_arm", "observational", "meta_analysis", "other"
]
Phase = Literal["1", "1/2", "2", "2b", "3", "4"]
Blinding = Literal["double-blind", "single-blind", "open-label"]
Unit = Literal["days", "weeks", "months", "years"]
FollowUpStatistic = Literal["median", "mean", "max", "total", "planned"]
OutcomeRole = Literal["primary", "secondary", "safety"]
EffectType = Literal["HR", "RR", "OR", "ARR", "RRR", "NNT", "pct_change", "difference", "other"]
Direction = Literal["benefit", "no_difference", "harm", "mixed"]
CheckStatus = Literal["pass", "fail", "warn", "skip"]
Severity = Literal["error", "warning", "info"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Evidence(_Model):
    """Where a value was read: ``source.text[start:end] == text``."""

    start: int = Field(ge=0, description="Character offset into source.text (inclusive).")
    end: int = Field(ge=0, description="Character offset into source.text (exclusive).")
    text: str = Field(description="The quoted words, exactly source.text[start:end].")


class Source(_Model):
    id: str = Field(
        description="The input's id, or 'sha256:<first 16 hex>' of the text when it has none."
    )
    title: str | None = None
    url: str | None = None
    published: str | None = Field(
        default=None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="Publication date, YYYY-MM-DD."
    )
    sha256: str = Field(description="sha256 of the canonical text, hex.")
    text: str = Field(description="The canonical text; every evidence offset indexes it.")


class Investigator(_Model):
    name: str
    affiliation: str | None = None


class Period(_Model):
    start: int | None = Field(default=None, description="Year enrollment started.")
    end: int | None = Field(default=None, description="Year enrollment ended.")


class Enrollment(_Model):
    total: int | None = Field(
        default=None, ge=0, description="The headline number of participants."
    )
    enrolled: int | None = Field(default=None, ge=0)
    randomized: int | None = Field(default=None, ge=0)
    analyzed: int | None = Field(default=None, ge=0)
    period: Period = Field(default_factory=Period)
    randomized_subset: bool = Field(
        default=False,
        description="The text says only some of those enrolled were randomized (e.g. 'randomized those "
        "whose disease did not progress').",
    )


class Arm(_Model):
    label: str = Field(description="The group's intervention in the article's words.")
    intervention: str | None = None
    n: int | None = Field(default=None, ge=0, description="Participants assigned to the arm.")
    n_received: int | None = Field(
        default=None, ge=0, description="How many received the arm's intervention."
    )
    n_crossed_over: int | None = Field(
        default=None, ge=0, description="How many received another arm's intervention instead."
    )
    n_reported: list[int] = Field(
        default_factory=list,
        description="Every distinct size the text gives this arm (normally one).",
    )


class FollowUp(_Model):
    value: float = Field(ge=0)
    unit: Unit
    statistic: FollowUpStatistic | None = None


class ArmResult(_Model):
    arm: str | None = Field(default=None, description="The arm's label, as in trial.arms.")
    value: float | None = None
    unit: str | None = None
    events: int | None = Field(
        default=None, ge=0, description="Participants with the outcome event."
    )


class Effect(_Model):
    type: EffectType
    value: float
    ci: tuple[float, float] | None = Field(
        default=None, description="95% confidence interval [lo, hi]."
    )
    p: float | None = None


class Outcome(_Model):
    name: str | None = Field(
        default=None,
        description="The outcome's name; null when the text gives an effect "
        "without naming what it measured.",
    )
    role: OutcomeRole | None = None
    arm_results: list[ArmResult] = Field(default_factory=list)
    effect: Effect | None = None
    p_value: float | None = None
    direction: Direction | None = None


class Conclusion(_Model):
    text: str
    speaker: str | None = None


class OtherStudy(_Model):
    name: str | None = None
    n: int | None = Field(default=None, ge=0)
    design: Design | None = None


class Trial(_Model):
    name: str | None = None
    registry_ids: list[str] = Field(default_factory=list)
    design: Design | None = None
    phase: Phase | None = None
    blinding: Blinding | None = None
    placebo_controlled: bool | None = None
    condition: str | None = None
    population: str | None = None
    venue: str | None = None
    sponsor: str | None = None
    investigators: list[Investigator] = Field(default_factory=list)
    enrollment: Enrollment = Field(default_factory=Enrollment)
    arms: list[Arm] = Field(default_factory=list)
    follow_up: FollowUp | None = None
    outcomes: list[Outcome] = Field(default_factory=list)
    finding: Direction | None = Field(default=None, description="The main comparison, as reported.")
    conclusions: list[Conclusion] = Field(default_factory=list)
    other_studies: list[OtherStudy] = Field(default_factory=list)


ChecklistStatus = Literal["met", "not_met", "not_applicable"]


class ChecklistItem(_Model):
    """One criterion of the editor's checklist (after HealthNewsReview.org), judged from the article's text."""

    id: str = Field(description="The criterion's key, e.g. 'harms'.")
    name: str = Field(description="The criterion in words.")
    status: ChecklistStatus
    evidence: list[Evidence] = Field(
        default_factory=list, description="Spans of source.text that decided the status."
    )
    note: str = Field(description="Why, in plain English.")


class CheckResult(_Model):
    id: str = Field(description="The check's code, e.g. ARM001.")
    name: str
    status: CheckStatus
    severity: Severity
    message: str
    paths: list[str] = Field(default_factory=list, description="Record paths the finding is about.")


class TrialRecord(_Model):
    """One article's record: what it reports, where it says so, and what does not add up."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    extractor_version: str | None = Field(
        default=None,
        description=(
            "The trialfacts version that made it, and after a '+' a fingerprint of the extraction's "
            "code and pattern data (a re-ingest replaces a record whose fingerprint differs)."
        ),
    )
    source: Source
    is_trial_report: bool = Field(description="The article reports a specific clinical study.")
    trial: Trial | None = None
    evidence: dict[str, list[Evidence]] = Field(
        default_factory=dict,
        description="Record path (e.g. 'trial.arms[0].n') -> the spans it was read from.",
    )
    checks: list[CheckResult] = Field(default_factory=list)
    checklist: list[ChecklistItem] = Field(
        default_factory=list,
        description="The editor's checklist (reporting quality); empty for non-reports.",
    )
    summary: str = ""
