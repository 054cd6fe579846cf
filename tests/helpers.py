"""Small Docs built by hand: a blank tokenizer, sentences, and only the components under test."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

import extractor.pipeline  # noqa: F401  (registers the factories)
from extractor.pipeline.factories import PUBLISHED_KEY


def run(text: str, *components: str, published: str | None = None) -> Doc:
    """``text`` through the sentences step and ``components``; ``published`` (YYYY-MM-DD) is the article's date,
    passed as ``extractor.api`` passes it."""
    nlp = spacy.blank("en")
    nlp.add_pipe("trial_sections")
    for name in components:
        nlp.add_pipe(name)
    doc = nlp.make_doc(text)
    if published is not None:
        doc.user_data[PUBLISHED_KEY] = published
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def follow_up_value(text: str) -> tuple[float, str, str | None] | None:
    """The follow-up the follow-up component alone reads in ``text``: (value, unit, statistic), or None."""
    fu = run(text, "trial_follow_up")._.follow_up
    return None if fu is None else fu.value


def enrollment_counts(text: str) -> tuple[int | None, int | None]:
    """(total, randomized) as the numbers and enrollment components read them in ``text``."""
    e = run(text, "trial_numbers", "trial_enrollment")._.enrollment
    return (
        None if e.total is None else e.total.value,
        None if e.randomized is None else e.randomized.value,
    )


def design_of(text: str) -> str | None:
    """The design the design component alone reads in ``text``."""
    d = run(text, "trial_design")._.study.design
    return None if d is None else d.value


def name_of(text: str) -> str | None:
    """The study's name the design component reads (its candidates' best)."""
    n = run(text, "trial_design")._.study.name
    return None if n is None else n.value


def phase_of(text: str) -> str | None:
    """The phase the design component alone reads in ``text``."""
    p = run(text, "trial_design")._.study.phase
    return None if p is None else p.value


def venue_of(text: str, published: str | None = None) -> str | None:
    """The venue the enrollment and context components read in ``text`` (of an article published on
    ``published``, when given)."""
    v = run(text, "trial_enrollment", "trial_context", published=published)._.context.venue
    return None if v is None else v.value


def condition_of(text: str) -> str | None:
    """The condition the enrollment and context components read in ``text``."""
    c = run(text, "trial_enrollment", "trial_context")._.context.condition
    return None if c is None else c.value


def sponsor_of(text: str) -> str | None:
    """The sponsor the enrollment and context components read in ``text``."""
    s = run(text, "trial_enrollment", "trial_context")._.context.sponsor
    return None if s is None else s.value


def reported_finding(text: str) -> str | None:
    """The finding of the whole pipeline's record of ``text``, which must be read as a trial report."""
    from extractor.api import extract_text

    record = extract_text(text)
    assert record.is_trial_report and record.trial is not None
    return record.trial.finding


def arm_sizes(text: str) -> list[int | None]:
    """The arms' sizes, in order, as the numbers and arms components read them in ``text``."""
    doc = run(text, "trial_numbers", "trial_arms")
    return [a.n.value if a.n is not None else None for a in doc._.arms]


def effects_of(text: str) -> list[tuple[str, float]]:
    """(type, value) of each effect the arms and outcomes components read in ``text``, in order."""
    doc = run(text, "trial_arms", "trial_outcomes")
    return [(o.effect.type, o.effect.value.value) for o in doc._.outcomes if o.effect]


def p_values_of(text: str) -> list[float]:
    """The p-values the arms and outcomes components read in ``text`` (each outcome's, then its effect's when
    that one differs), in order, as the scored record lists them."""
    doc = run(text, "trial_arms", "trial_outcomes")
    out: list[float] = []
    for o in doc._.outcomes:
        if o.p_value is not None:
            out.append(o.p_value.value)
        own = None if o.p_value is None else o.p_value.value
        if o.effect is not None and o.effect.p is not None and o.effect.p.value != own:
            out.append(o.effect.p.value)
    return out


def effect_cis_of(text: str) -> list[tuple[float, tuple[float, float] | None]]:
    """(value, CI) of each effect the arms and outcomes components read in ``text``, in order."""
    doc = run(text, "trial_arms", "trial_outcomes")
    return [
        (o.effect.value.value, None if o.effect.ci is None else o.effect.ci.value)
        for o in doc._.outcomes
        if o.effect
    ]
