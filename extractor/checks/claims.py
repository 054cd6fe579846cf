"""Claims against the design: causal words for observational studies, animal or lab results not flagged up
front, a small study presented as definitive."""

from __future__ import annotations

from extractor.checks.cues import find, first_paragraph_end, matches, negated, sentence_at
from extractor.checks.registry import Finding, check
from extractor.record.models import TrialRecord

SMALL_STUDY = 100


def _quote(text: str, pos: int) -> str:
    start, end = sentence_at(text, pos)
    sentence = " ".join(text[start:end].split())
    return sentence if len(sentence) <= 160 else sentence[:157] + "..."


@check(
    "CLM001",
    "no cause-and-effect claims for an observational study",
    "warning",
    skip="the study is not observational (or its design is unknown), or the text is empty",
)
def causal_language_observational(record: TrialRecord) -> Finding | None:
    """An observational study shows an association, not that one thing causes another: 'prevents',
    'causes', 'cures', 'reverses', 'protects against' over-state it.

    Fails: an observational study of coffee drinkers, and 'coffee prevents liver cancer'.
    Passes: an observational study, and 'coffee drinkers were less likely to develop liver cancer'.
    """
    trial = record.trial
    text = record.source.text
    if trial is None or trial.design != "observational" or not text.strip():
        return None
    paths = ["trial.design", "source.text"]
    causal = [m for m in matches("causal", text) if not negated(text, m.start())]
    if causal:
        m = causal[0]
        return Finding(
            False,
            f"the study is observational, which cannot show cause and effect, yet the text says "
            f"'{m.group(0)}' (character {m.start()}): \"{_quote(text, m.start())}\"",
            paths,
        )
    return Finding(True, "no cause-and-effect verbs about this observational study", paths)


@check(
    "CLM002",
    "animal or lab results said up front",
    "warning",
    skip="a study in people (a trial, cohort or meta-analysis), or no animal or cell/lab results",
)
def animal_results_flagged(record: TrialRecord) -> Finding | None:
    """When results come from animals or cells ('in mice', 'cell cultures'), the headline or the first
    paragraph should say so, or readers take them as results in people. Not applied when the record's
    design is a study in people (there, animal work is background).

    Fails: a headline 'Drug shrinks tumors' and 'in mice' only in the sixth paragraph.
    Passes: a headline 'Drug shrinks tumors in mice'.
    """
    if record.trial is not None and record.trial.design not in (None, "other"):
        return None
    text = record.source.text
    cues = find("animal", text)
    title = record.source.title or ""
    if not cues and not find("animal", title):
        return None
    lead_end = first_paragraph_end(text, record.source.title)
    up_front = [c for c in cues if c.start < lead_end] or find("animal", title)
    paths = ["source.title", "source.text"]
    if up_front:
        return Finding(True, f"the headline or first paragraph says '{up_front[0].text}'", paths)
    c = cues[0]
    return Finding(
        False,
        f"the results involve animals or cells ('{c.text}', character {c.start}), but neither the "
        f"headline nor the first paragraph says so",
        paths,
    )


def study_size(record: TrialRecord) -> tuple[int, str] | None:
    """The study's size and the record path it came from: total, enrolled, randomized, or the arms' sum."""
    trial = record.trial
    if trial is None:
        return None
    e = trial.enrollment
    for value, key in ((e.total, "total"), (e.enrolled, "enrolled"), (e.randomized, "randomized")):
        if value is not None:
            return value, f"trial.enrollment.{key}"
    if trial.arms and all(a.n is not None for a in trial.arms):
        return sum(a.n for a in trial.arms if a.n is not None), "trial.arms"
    return None


@check(
    "CLM003",
    "a small study not presented as definitive",
    "warning",
    skip="the study's size is not stated",
)
def small_study_definitive(record: TrialRecord) -> Finding | None:
    """A single study of fewer than 100 people cannot settle a question: 'proves', 'breakthrough', 'cure'
    over-state it.

    Fails: 40 participants and 'the study proves the diet works'.
    Passes: 40 participants and 'the results are preliminary'; or 5,000 participants.
    """
    size = study_size(record)
    if size is None:
        return None
    n, path = size
    paths = [path, "source.text"]
    if n >= SMALL_STUDY:
        return Finding(True, f"{n} participants: not a small study", paths)
    text = record.source.text
    words = [m for m in matches("definitive", text) if not negated(text, m.start())]
    if words:
        m = words[0]
        return Finding(
            False,
            f"a study of only {n} people is presented as definitive: '{m.group(0)}' "
            f'(character {m.start()}): "{_quote(text, m.start())}"',
            paths,
        )
    return Finding(True, f"a study of {n} people, not presented as definitive", paths)
