"""Is this article a report of a specific study? And which further studies does it mention?"""

from __future__ import annotations

from extractor import patterns
from extractor.components.facts import EnrollmentFacts, Fact, OtherStudyFacts, StudyFacts
from extractor.components.text import TextView

#: a mention of another study than the article's own; run on the lower-cased text in the patterns' fast form
#: (not 'from/of/in a larger study': the study the article's own participants came from)
_OTHER_STUDY = patterns.split_lead(
    r"\b(?:another|an\s+earlier|a\s+previous|a\s+prior|a\s+separate|a\s+second|an\s+older|a\s+smaller|(?<!\bfrom\s)(?<!\bof\s)(?<!\bin\s)a\s+larger|"
    r"a\s+(?:\d{4}|recent)|last\s+year's)\s+(?:\w+\s+){0,2}?(?:study|trial|analysis)\b"
)


def other_study_sentences(view: TextView) -> set[tuple[int, int]]:
    """The sentences that mention another study than the article's own ('an earlier study', 'a 2015 trial').
    Read once a text: several components ask (enrollment, follow-up, outcomes)."""
    cached: set[tuple[int, int]] | None = view.__dict__.get("_other_study_sentences")
    if cached is None:
        cached = {
            view.sentence_of(m.start()) for m in patterns.finditer_fast(*_OTHER_STUDY, view.lower)
        }
        view.__dict__["_other_study_sentences"] = cached
    return cached


def trial_score(
    study: StudyFacts, enrollment: EnrollmentFacts, follow_up: object | None
) -> dict[str, int]:
    """The evidence, feature by feature, that the article reports one specific study.

    Only cheap features (design cues, study words, a stated size, follow-up, a name or registry id, a phase,
    blinding or a placebo): the classifier runs before the detail extractors, which then run only on study
    reports.
    """
    design_cues = sum(v for k, v in study.cues.items() if k != "trial")
    return {
        "design": min(design_cues, 4),
        "study_words": study.cues.get("trial", 0),
        "size": 2 if enrollment.total is not None else 0,
        "follow_up": 1 if follow_up is not None else 0,
        "name": 1 if (study.name is not None or study.registry_ids) else 0,
        "phase": 1 if study.phase is not None else 0,
        "blinding": 1 if (study.blinding is not None or study.placebo is not None) else 0,
    }


def is_trial_report(score: dict[str, int]) -> bool:
    """A study report names a design or states study facts, and talks about a study more than in passing."""
    concrete = (
        score["size"] + score["follow_up"] + score["name"] + score["phase"] + score["blinding"]
    )
    words = score["study_words"]
    if words < 2 and concrete < 2:
        return False
    if score["design"] == 0 and concrete == 0 and words < 6:
        return False
    return score["design"] + concrete + (words >= 4) + (words >= 8) + (words >= 12) >= 3


def find_other_studies(view: TextView, enrollment: EnrollmentFacts) -> list[OtherStudyFacts]:
    out: list[OtherStudyFacts] = []
    for m in patterns.finditer_fast(*_OTHER_STUDY, view.lower):
        s, e = view.sentence_of(m.start())
        n = next((f for f in enrollment.other_counts if s <= f.at() < e), None)
        out.append(OtherStudyFacts(n=Fact(n.value, list(n.spans), n.pattern_id) if n else None))
    return out
