"""Every trialfacts ``Language.factory``, in one place.

Each component is a thin wrapper: the algorithm is the pure functions in ``extractor.components``; the
component reads the ``Doc._`` attributes it ``requires`` and sets the ones it ``assigns`` (so
``nlp.analyze_pipes()`` can tell when an input is missing). A component always sets its attributes,
even when nothing matched, and re-running it resets them.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from extractor.components.arms import find_arms
from extractor.components.classify import find_other_studies, is_trial_report, trial_score
from extractor.components.conclusions import find_conclusions, find_finding
from extractor.components.context import find_context
from extractor.components.design import find_study
from extractor.components.enrollment import find_enrollment
from extractor.components.facts import Fact, InvestigatorFacts
from extractor.components.follow_up import find_follow_up
from extractor.components.numbers import find_numbers
from extractor.components.outcomes import Directions, find_outcomes
from extractor.components.sentences import split_sentences
from extractor.components.text import TextView
from extractor.pipeline.extensions import register

register()


class TrialSections:
    """Sentence bounds as character offsets (regex over the text, a paragraph break always ends a
    sentence), also written to the tokens' SENT_START so ``doc.sents`` works for any later component."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        sentences = split_sentences(text)
        if len(doc):
            idx = doc.to_array("IDX")
            starts = numpy.searchsorted(idx, [s for s, _ in sentences])
            for i in sorted({0, *(int(i) for i in starts if i < len(doc))}):
                doc[i].is_sent_start = True  # the tokens in between stay unmarked: not sentence starts
        first_break = text.find("\n")
        title_end = first_break if 0 < first_break <= 300 else 0
        doc._.view = TextView(text, sentences, title_end)
        return doc


class TrialAbbreviations:
    """Abbreviations defined in the text ('overall survival (OS)'), by scispaCy's AbbreviationDetector.

    The detector runs only on the sentences that hold a parenthesis (a Doc of each, from the pipeline's own
    tokenizer), not on the whole text; every later use of a short form is then found with a regex.
    Sets ``doc._.abbreviation_pairs``: (short, long, start, end) for each occurrence of a short form.
    """

    CANDIDATE = re.compile(r"\(\s*[A-Za-z][^()\n]{0,60}\)")

    def __init__(self, nlp: Language) -> None:
        from scispacy.abbreviation import AbbreviationDetector

        self.tokenizer = nlp.tokenizer
        self.detector = AbbreviationDetector(nlp)

    def __call__(self, doc: Doc) -> Doc:
        view: TextView = doc._.view
        pairs: dict[str, str] = {}
        sentences = sorted({view.sentence_of(m.start()) for m in self.CANDIDATE.finditer(view.text)})
        for s, e in sentences:
            mini = self.detector(self.tokenizer(view.text[s:e]))
            for short in mini._.abbreviations:
                long = short._.long_form
                if short.text not in pairs and long is not None:
                    pairs[short.text] = long.text
        found: list[tuple[str, str, int, int]] = []
        for short, long in pairs.items():
            for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", view.text):
                found.append((short, long, m.start(), m.end()))
        doc._.abbreviation_pairs = sorted(found, key=lambda f: f[2])
        return doc


class TrialNumbers:
    def __call__(self, doc: Doc) -> Doc:
        doc._.numbers = find_numbers(doc._.view.text)
        return doc


class TrialDesign:
    def __call__(self, doc: Doc) -> Doc:
        doc._.study = find_study(doc._.view)
        return doc


class TrialEnrollment:
    def __call__(self, doc: Doc) -> Doc:
        doc._.enrollment = find_enrollment(doc._.view)
        return doc


class TrialArms:
    def __call__(self, doc: Doc) -> Doc:
        doc._.arms = find_arms(doc._.view)
        return doc


class TrialFollowUp:
    def __call__(self, doc: Doc) -> Doc:
        doc._.follow_up = find_follow_up(doc._.view)
        return doc


class TrialOutcomes:
    def __call__(self, doc: Doc) -> Doc:
        doc._.outcomes = find_outcomes(doc._.view, doc._.arms or [], doc._.abbreviation_pairs or [])
        return doc


class TrialContext:
    def __call__(self, doc: Doc) -> Doc:
        enrollment = doc._.enrollment
        anchor = (
            enrollment.total.at()
            if enrollment is not None and enrollment.total is not None
            else None
        )
        doc._.context = find_context(doc._.view, anchor)
        return doc


class TrialPeople:
    """Confirm rule-found investigator names with the trained NER, on their sentences only.

    Names found by the strong pattern ('Jane Smith, MD, of ...') are kept as they are. Weaker matches
    ('Dr. X', 'led by X', 'lead author X') are kept only when the NER tags the words as a PERSON; this
    runs the trained model on a few sentences an article, where it pays, not on the whole text.
    """

    STRONG = ("person.name_degree_of_org",)

    def __init__(self, max_sentences: int) -> None:
        self.max_sentences = max_sentences

    def __call__(self, doc: Doc) -> Doc:
        context = doc._.context
        if context is None or not context.investigators:
            return doc
        weak = [inv for inv in context.investigators if inv.name.pattern_id not in self.STRONG]
        if not weak:
            return doc
        from extractor.pipeline.model import load_ner

        ner = load_ner()
        view: TextView = doc._.view
        sentences = sorted({view.sentence_of(inv.name.at()) for inv in weak})[: self.max_sentences]
        people: list[tuple[int, int]] = []
        for (s, _e), parsed in zip(
            sentences, ner.pipe([view.text[s:e] for s, e in sentences]), strict=True
        ):
            people.extend(
                (s + ent.start_char, s + ent.end_char)
                for ent in parsed.ents
                if ent.label_ == "PERSON"
            )
        checked = {view.sentence_of(inv.name.at()) for inv in weak} <= set(sentences)

        def confirmed(inv: InvestigatorFacts) -> bool:
            if inv.name.pattern_id in self.STRONG:
                return True
            start, end = inv.name.spans[0]
            if not checked and view.sentence_of(start) not in sentences:
                return True  # beyond the budget: keep the rule's answer
            return any(ps <= start and end <= pe for ps, pe in people)

        context.investigators = [inv for inv in context.investigators if confirmed(inv)]
        return doc


class TrialConclusions:
    def __call__(self, doc: Doc) -> Doc:
        view: TextView = doc._.view
        context = doc._.context
        doc._.conclusions = find_conclusions(view, context.investigators if context else [])
        title: Fact[str] | None = None
        if view.title_end > 0:
            title = Directions(view).between(0, view.title_end)
        doc._.finding = find_finding(view, doc._.outcomes or [], title)
        return doc


class TrialClassifier:
    def __call__(self, doc: Doc) -> Doc:
        score = trial_score(
            doc._.view,
            doc._.study,
            doc._.enrollment,
            doc._.arms or [],
            doc._.outcomes or [],
            doc._.follow_up,
        )
        doc._.trial_score = score
        doc._.is_trial_report = is_trial_report(score)
        doc._.other_studies = find_other_studies(doc._.view, doc._.enrollment)
        return doc


def _simple(name: str, cls: type, assigns: list[str], requires: list[str]) -> None:
    @Language.factory(name, assigns=assigns, requires=requires, default_config={})
    def make(nlp: Language, name: str) -> Any:
        return cls()


_simple("trial_sections", TrialSections, ["doc._.view", "token.is_sent_start"], [])


@Language.factory("trial_abbreviations", assigns=["doc._.abbreviation_pairs"], requires=["doc._.view"],
                  default_config={})
def make_trial_abbreviations(nlp: Language, name: str) -> TrialAbbreviations:  # noqa: ARG001
    return TrialAbbreviations(nlp)
_simple("trial_numbers", TrialNumbers, ["doc._.numbers"], [])
_simple("trial_design", TrialDesign, ["doc._.study"], ["doc._.view"])
_simple("trial_enrollment", TrialEnrollment, ["doc._.enrollment"], ["doc._.view"])
_simple("trial_arms", TrialArms, ["doc._.arms"], ["doc._.view"])
_simple("trial_follow_up", TrialFollowUp, ["doc._.follow_up"], ["doc._.view"])
_simple("trial_outcomes", TrialOutcomes, ["doc._.outcomes"], ["doc._.view", "doc._.arms", "doc._.abbreviation_pairs"])
_simple("trial_context", TrialContext, ["doc._.context"], ["doc._.view", "doc._.enrollment"])
_simple(
    "trial_conclusions",
    TrialConclusions,
    ["doc._.conclusions", "doc._.finding"],
    ["doc._.view", "doc._.context", "doc._.outcomes"],
)
_simple(
    "trial_classifier",
    TrialClassifier,
    ["doc._.is_trial_report", "doc._.trial_score", "doc._.other_studies"],
    [
        "doc._.view",
        "doc._.study",
        "doc._.enrollment",
        "doc._.arms",
        "doc._.outcomes",
        "doc._.follow_up",
    ],
)


@Language.factory(
    "trial_people",
    assigns=["doc._.context"],
    requires=["doc._.context", "doc._.view"],
    default_config={"max_sentences": 3},
)
def make_trial_people(nlp: Language, name: str, max_sentences: int) -> TrialPeople:
    return TrialPeople(max_sentences)
