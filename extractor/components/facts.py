"""What components find: values with the character spans they were read from.

Components write these to ``Doc._`` extensions; ``extractor.record.build`` turns them into the pydantic
record and its evidence map. Offsets index ``doc.text`` (the canonical text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")

Span = tuple[int, int]


@dataclass
class Fact(Generic[T]):
    """A value and the spans of text that state it."""

    value: T
    spans: list[Span] = field(default_factory=list)
    pattern_id: str | None = None  # the pattern that found it, for debugging and review

    def at(self) -> int:
        return self.spans[0][0] if self.spans else 0


@dataclass
class ArmFacts:
    label: Fact[str]
    n: Fact[int] | None = None
    n_received: Fact[int] | None = None
    n_crossed_over: Fact[int] | None = None
    sizes: list[Fact[int]] = field(default_factory=list)  # every size stated for this arm


@dataclass
class ArmResultFacts:
    arm: str | None
    value: Fact[float] | None = None
    unit: str | None = None
    events: Fact[int] | None = None


@dataclass
class EffectFacts:
    type: str
    value: Fact[float]
    ci: Fact[tuple[float, float]] | None = None
    p: Fact[float] | None = None


@dataclass
class OutcomeFacts:
    name: Fact[str]
    role: str | None = None
    arm_results: list[ArmResultFacts] = field(default_factory=list)
    effect: EffectFacts | None = None
    p_value: Fact[float] | None = None
    direction: Fact[str] | None = None


@dataclass
class InvestigatorFacts:
    name: Fact[str]
    affiliation: Fact[str] | None = None


@dataclass
class ConclusionFacts:
    text: Fact[str]
    speaker: Fact[str] | None = None


@dataclass
class StudyFacts:
    """Design-level facts: the 'what kind of study' of an article."""

    design: Fact[str] | None = None
    phase: Fact[str] | None = None
    blinding: Fact[str] | None = None
    placebo: Fact[bool] | None = None
    registry_ids: list[Fact[str]] = field(default_factory=list)
    name: Fact[str] | None = None
    #: design label -> weighted cue count; also 'trial' (study words), 'report' (weighted report cues) and
    #: 'other_studies' (mentions of other or several studies); 'aside' (design cues in sentences about future or
    #: earlier trials: counted for the classifier, not for the design)
    cues: dict[str, int] = field(default_factory=dict)


@dataclass
class EnrollmentFacts:
    total: Fact[int] | None = None
    enrolled: Fact[int] | None = None
    randomized: Fact[int] | None = None
    analyzed: Fact[int] | None = None
    period_start: Fact[int] | None = None
    period_end: Fact[int] | None = None
    randomized_subset: Fact[bool] | None = None
    other_counts: list[Fact[int]] = field(
        default_factory=list
    )  # further study sizes (other studies)


@dataclass
class ContextFacts:
    condition: Fact[str] | None = None
    population: Fact[str] | None = None
    venue: Fact[str] | None = None
    sponsor: Fact[str] | None = None
    investigators: list[InvestigatorFacts] = field(default_factory=list)


@dataclass
class OtherStudyFacts:
    name: Fact[str] | None = None
    n: Fact[int] | None = None
    design: Fact[str] | None = None


def first(facts: list[Fact[Any]]) -> Fact[Any] | None:
    return min(facts, key=Fact.at) if facts else None
