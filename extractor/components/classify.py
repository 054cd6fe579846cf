"""Is this article a report of a specific study? And which further studies does it mention?"""

from __future__ import annotations

import re

from extractor.components.facts import (
    ArmFacts,
    EnrollmentFacts,
    Fact,
    OtherStudyFacts,
    OutcomeFacts,
    StudyFacts,
)
from extractor.components.text import TextView

_OTHER_STUDY = re.compile(
    r"\b(?:another|an\s+earlier|a\s+previous|a\s+prior|a\s+separate|a\s+second|an\s+older|a\s+smaller|a\s+larger|"
    r"a\s+(?:\d{4}|recent)|last\s+year's)\s+(?:\w+\s+){0,2}?(?:study|trial|analysis)\b",
    re.IGNORECASE,
)


def trial_score(
    view: TextView,
    study: StudyFacts,
    enrollment: EnrollmentFacts,
    arms: list[ArmFacts],
    outcomes: list[OutcomeFacts],
    follow_up: object | None,
) -> dict[str, int]:
    """The evidence, feature by feature, that the article reports one specific study."""
    design_cues = sum(v for k, v in study.cues.items() if k != "trial")
    effects = sum(1 for o in outcomes if o.effect is not None or o.p_value is not None)
    return {
        "design": min(design_cues, 4),
        "study_words": min(study.cues.get("trial", 0), 6),
        "size": 2 if enrollment.total is not None else 0,
        "arms": 1 if arms else 0,
        "effects": min(effects, 2),
        "results": 1 if any(o.direction is not None or o.arm_results for o in outcomes) else 0,
        "follow_up": 1 if follow_up is not None else 0,
        "name": 1 if (study.name is not None or study.registry_ids) else 0,
        "phase": 1 if study.phase is not None else 0,
    }


def is_trial_report(score: dict[str, int]) -> bool:
    """A study report states a design or a size, and talks about a study more than in passing."""
    concrete = (
        score["size"]
        + score["arms"]
        + score["effects"]
        + score["follow_up"]
        + score["name"]
        + score["phase"]
    )
    if score["study_words"] < 2 and concrete < 3:
        return False
    if score["design"] == 0 and concrete == 0:
        return False
    return score["design"] + concrete + score["results"] + (score["study_words"] >= 4) >= 4


def find_other_studies(view: TextView, enrollment: EnrollmentFacts) -> list[OtherStudyFacts]:
    out: list[OtherStudyFacts] = []
    for m in _OTHER_STUDY.finditer(view.text):
        s, e = view.sentence_of(m.start())
        n = next((f for f in enrollment.other_counts if s <= f.at() < e), None)
        out.append(OtherStudyFacts(n=Fact(n.value, list(n.spans), n.pattern_id) if n else None))
    return out
