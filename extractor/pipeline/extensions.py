"""Every ``Doc._`` attribute trialfacts sets, in one place.

Components cooperate through these attributes (``Doc.has_extension``), never by importing each other.
Each component always sets its attribute, even when it found nothing, and re-running it resets it.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: attribute -> (default, what it holds)
EXTENSIONS: dict[str, tuple[object, str]] = {
    "view": (
        None,
        "TextView: the text with sentence bounds and the headline's end (trial_sections)",
    ),
    "abbreviation_pairs": (
        None,
        "list[(short, long, start, end)]: abbreviations and every use of them (trial_abbreviations)",
    ),
    "numbers": (
        None,
        "list[NumberMention]: every number, with approximation words (trial_numbers)",
    ),
    "study": (
        None,
        "StudyFacts: design, phase, blinding, placebo, registry ids, name (trial_design)",
    ),
    "enrollment": (
        None,
        "EnrollmentFacts: total, enrolled, randomized, analyzed, period (trial_enrollment)",
    ),
    "arms": (None, "list[ArmFacts]: compared groups and their sizes (trial_arms)"),
    "follow_up": (None, "Fact[(value, unit, statistic)] | None (trial_follow_up)"),
    "outcomes": (
        None,
        "list[OutcomeFacts]: outcomes, effects, p-values, direction (trial_outcomes)",
    ),
    "context": (
        None,
        "ContextFacts: investigators, sponsor, venue, condition (trial_context, trial_people)",
    ),
    "conclusions": (None, "list[ConclusionFacts] (trial_conclusions)"),
    "finding": (None, "Fact[str] | None: the main comparison's direction (trial_conclusions)"),
    "other_studies": (
        None,
        "list[OtherStudyFacts]: further studies the article mentions (trial_classifier)",
    ),
    "is_trial_report": (None, "bool: the article reports a specific study (trial_classifier)"),
    "trial_score": (None, "dict[str, int]: the evidence behind is_trial_report (trial_classifier)"),
}


def register() -> None:
    for name, (default, _doc) in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
