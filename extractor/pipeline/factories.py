"""Every trialfacts ``Language.factory``, in one place.

Each component is a thin wrapper: the algorithm is the pure functions in ``extractor.components``; the
component reads the ``Doc._`` attributes it ``requires`` and sets the ones it ``assigns`` (so
``nlp.analyze_pipes()`` can tell when an input is missing). A component always sets its attributes,
even when nothing matched, and re-running it resets them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens.underscore import Underscore
from spacy.util import minibatch

from extractor.components.arms import (
    add_partition,
    add_partner,
    add_study_group,
    find_arms,
    single_arm,
)
from extractor.components.classify import (
    body_words,
    find_other_studies,
    is_trial_report,
    ruled_out,
    trial_score,
)
from extractor.components.conclusions import find_conclusions, find_finding, title_finding
from extractor.components.context import find_context
from extractor.components.design import (
    condition_groups_design,
    find_study,
    whole_group_design,
)
from extractor.components.enrollment import find_enrollment
from extractor.components.facts import ContextFacts, EnrollmentFacts, Fact, InvestigatorFacts
from extractor.components.follow_up import find_follow_up
from extractor.components.numbers import find_numbers
from extractor.components.outcomes import MIXED_FIRST, Directions, find_outcomes
from extractor.components.sentences import split_sentences
from extractor.components.text import TextView, search_in
from extractor.pipeline.extensions import register
from extractor.pipeline.tokenizer import english_tokenizer

register()


TEXT_KEY = "trialfacts.text"
#: ``doc.user_data`` key of the article's publication date (YYYY-MM-DD), when ``extractor.api`` knows it
PUBLISHED_KEY = "trialfacts.published"


def _is_report(ext: Underscore) -> bool:
    """The detail extractors run only on study reports (``trial_classifier`` runs before them); on a Doc
    the classifier has not seen (a component used on its own) they always run. ``ext``: the Doc's ``doc._``."""
    return ext.is_trial_report is not False


def doc_text(doc: Doc) -> str:
    """The Doc's text. ``Doc.text`` joins every token anew on each call; ``extractor.api`` puts the string
    the Doc was made from in ``doc.user_data`` (checked against the last token's end) so it is read once."""
    text = doc.user_data.get(TEXT_KEY)
    if isinstance(text, str) and len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        return text
    return doc.text


class BatchComponent:
    """Base of the rule-based components. ``pipe`` runs a whole batch through this component before it hands
    any document on, so ``nlp.pipe`` goes component by component over a batch (as spaCy's trainable
    components do), not one article at a time through all of them: each component's code and compiled
    patterns stay in the CPU's caches for the batch. On the real-news file that is about a tenth faster, for
    the same records. Batches are kept to ``MAX_BATCH`` documents, below ``scan.KEEP``, so that a batch's
    lower-cased texts and word indexes are still cached when the next component asks for them."""

    MAX_BATCH = 64

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in minibatch(docs, size=min(batch_size, self.MAX_BATCH)):
            yield from [self(doc) for doc in batch]


class TrialSections(BatchComponent):
    """Sentence bounds as character offsets (regex over the text, a paragraph break always ends a
    sentence), also written to the tokens' SENT_START so ``doc.sents`` works for any later component."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        sentences = split_sentences(text)
        if len(doc):
            idx = doc.to_array("IDX")
            starts = numpy.searchsorted(idx, [s for s, _ in sentences])
            marks = numpy.zeros(
                (len(doc), 1), dtype="uint64"
            )  # 0: not marked, 1: starts a sentence
            marks[starts[starts < len(doc)], 0] = 1
            marks[0, 0] = 1
            doc.from_array([SENT_START], marks)  # type: ignore[arg-type]  # thinc types Ints2d narrowly
        first_break = text.find("\n")
        title_end = first_break if 0 < first_break <= 300 else 0
        published = doc.user_data.get(PUBLISHED_KEY)
        year = (
            int(published[:4]) if isinstance(published, str) and published[:4].isdigit() else None
        )
        doc._.view = TextView(text, sentences, title_end, published_year=year)
        return doc


def _window_start(text: str, sentence_start: int, pos: int, before: int) -> int:
    """Where a window of about ``before`` characters before ``pos`` starts: at a word, not before the
    sentence's start (for the models that read a few words around a spot rather than a sentence)."""
    lo = max(sentence_start, pos - before)
    if lo > sentence_start:
        lo = max(text.find(" ", lo, pos) + 1, lo)
    return lo


class TrialAbbreviations(BatchComponent):
    """Abbreviations defined in the text ('overall survival (OS)'), by scispaCy's AbbreviationDetector.

    The detector runs only on the words just before each parenthesized candidate (a Doc of each, from
    spaCy's English tokenizer), not on the whole text; every later use of a short form is then found with a regex.
    Sets ``doc._.abbreviation_pairs``: (short, long, start, end) for each occurrence of a short form.
    """

    # '(OS)', '(PFS)', '(ASCO)': a short form in parentheses, the common way news defines one
    CANDIDATE = re.compile(r"\(\s*[A-Za-z]?[A-Z][A-Za-z0-9-]{0,9}s?\s*\)")
    #: characters before a candidate's parenthesis that the detector reads (a long form of up to 20 words)
    WINDOW = 160

    def __init__(self, nlp: Language) -> None:
        from scispacy.abbreviation import AbbreviationDetector

        # the detector needs linguistic tokens ('(OS)' as three): spaCy's, whatever the pipeline's own are
        self.tokenizer = english_tokenizer(nlp)
        self.detector = AbbreviationDetector(nlp)

    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one Underscore for the call: spaCy builds a new one at each ``doc._``
        if not _is_report(ext):
            ext.abbreviation_pairs = []
            return doc
        view: TextView = ext.view
        pairs: dict[str, str] = {}
        text = view.text
        windows: list[tuple[int, int]] = []
        for m in self.CANDIDATE.finditer(text):
            # Schwartz & Hearst look for the long form in the min(|A| + 5, 2|A|) words before the
            # parenthesis: the WINDOW characters before it (within its sentence) hold them
            lo = _window_start(text, view.sentence_of(m.start())[0], m.start(), self.WINDOW)
            if windows and lo < windows[-1][1]:
                lo = windows[-1][0]  # overlapping: one window
                windows.pop()
            windows.append((lo, m.end()))
        for s, e in windows:
            mini = self.detector(self.tokenizer(text[s:e]))
            for short in mini._.abbreviations:
                long = short._.long_form
                if short.text not in pairs and long is not None:
                    pairs[short.text] = long.text
            # the detector's spans, kept in the Doc's user_data, point back at the Doc: emptied, the mini
            # Doc is freed at once instead of waiting for the cyclic garbage collector
            mini.user_data.clear()
        found: list[tuple[str, str, int, int]] = []
        for short, long in pairs.items():
            found.extend((short, long, s, e) for s, e in whole_occurrences(view.text, short))
        ext.abbreviation_pairs = sorted(found, key=lambda f: f[2])
        return doc


def _joins_word(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def whole_occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Each (start, end) of ``word`` in ``text`` with no word character or hyphen right before or after it,
    left to right, no overlaps: what ``(?<![\\w-])word(?![\\w-])`` finds, without compiling a regex for
    every short form of every article."""
    if not word:
        return
    n = len(word)
    pos = text.find(word)
    while pos >= 0:
        end = pos + n
        if (pos == 0 or not _joins_word(text[pos - 1])) and (
            end == len(text) or not _joins_word(text[end])
        ):
            yield pos, end
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)


class TrialScreen(BatchComponent):
    """Rules out, from the design facts alone, the articles that are no study report whatever sizes and
    follow-up they state (``classify.ruled_out``: features citing several studies, long features with no
    report language, pooled-approval product news): ``is_trial_report`` False, so that the numbers, size
    and follow-up components skip them as the detail extractors skip every non-report. On the others it
    sets None (not decided yet); ``trial_classifier`` decides. Its rules are a part of the classifier's,
    so the classifier says False on every article ruled out here."""

    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one Underscore for the call: spaCy builds a new one at each ``doc._``
        view: TextView = ext.view
        score = trial_score(
            ext.study, EnrollmentFacts(), None, len(view.sentences), body_words(view)
        )
        ext.is_trial_report = False if ruled_out(score) else None
        return doc


class TrialNumbers(BatchComponent):
    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one Underscore for the call: spaCy builds a new one at each ``doc._``
        view: TextView = ext.view
        if not _is_report(ext):
            ext.numbers = []
            view.number_starts = []
            return doc
        ext.numbers = find_numbers(view.text, lower=view.lower)
        view.number_starts = sorted({p for n in ext.numbers for p in (n.start, n.value_start)})
        return doc


class TrialDesign(BatchComponent):
    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one Underscore for the call: spaCy builds a new one at each ``doc._``
        ext.study = find_study(ext.view)
        return doc


class TrialEnrollment(BatchComponent):
    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one Underscore for the call: spaCy builds a new one at each ``doc._``
        ext.enrollment = find_enrollment(ext.view) if _is_report(ext) else EnrollmentFacts()
        return doc


class TrialArms(BatchComponent):
    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one Underscore for the call: spaCy builds a new one at each ``doc._``
        ext.arms = find_arms(ext.view) if _is_report(ext) else []
        study, enrollment = ext.study, ext.enrollment
        if not ext.arms and study is not None and enrollment is not None and _is_report(ext):
            # a single-arm trial's one arm, of the total's size
            unstated = study.design is None
            ext.arms = single_arm(ext.view, study.design, enrollment.total)
            if unstated and ext.arms:
                # the one group of a study of no stated design, all its participants given the treatment: a
                # single-arm trial's
                study.design = whole_group_design(ext.view, ext.arms)
        elif ext.arms:
            # the other group of two, sized by the rest of the total where that number is stated
            ext.arms = add_partner(ext.view, ext.arms, enrollment)
            # a control group stated beside the study's count: the people counted are the other group
            ext.arms = add_study_group(
                ext.view, ext.arms, enrollment, study.design if study else None
            )
        if not ext.arms and _is_report(ext):
            # two groups that split all the participants ('Of this group, 68 patients had ..., while 53 had ...')
            ext.arms = add_partition(ext.view, ext.arms, enrollment)
        if study is not None and study.design is None and len(ext.arms) >= 2:
            # groups of no stated design told apart by a condition, not a treatment: an observational comparison
            study.design = condition_groups_design(ext.view, ext.arms)
        return doc


class TrialFollowUp(BatchComponent):
    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one Underscore for the call: spaCy builds a new one at each ``doc._``
        ext.follow_up = find_follow_up(ext.view) if _is_report(ext) else None
        return doc


class TrialOutcomes(BatchComponent):
    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one Underscore for the call: spaCy builds a new one at each ``doc._``
        ext.outcomes = (
            find_outcomes(ext.view, ext.arms or [], ext.abbreviation_pairs or [])
            if _is_report(ext)
            else []
        )
        return doc


class TrialContext(BatchComponent):
    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one Underscore for the call: spaCy builds a new one at each ``doc._``
        if not _is_report(ext):
            ext.context = ContextFacts()
            return doc
        enrollment = ext.enrollment
        anchor = (
            enrollment.total.at()
            if enrollment is not None and enrollment.total is not None
            else None
        )
        ext.context = find_context(ext.view, anchor)
        return doc


class TrialPeople:
    """Confirm rule-found investigator names with the trained NER, on a few words around each name only.

    Names found by the strong patterns ('Jane Smith, MD, of ...', 'Dr. Jane Smith') are kept as they are.
    Weaker matches ('led by X', 'lead author X', which also catch 'led by Pfizer Inc') are kept only when
    the NER tags the words as a PERSON. The model runs only on study reports, on at most
    ``max_sentences`` sentences an article, and there only on a window around the names: where it pays,
    not on the whole text.
    """

    STRONG = ("person.name_degree_of_org", "person.dr_name")

    def __init__(self, max_sentences: int) -> None:
        self.max_sentences = max_sentences

    #: characters of context the NER sees before and after a name: its features reach only a few words
    #: either side, so a window reads a name as the whole sentence does, at a fraction of the cost
    BEFORE, AFTER = 30, 25

    def _to_check(self, doc: Doc) -> list[tuple[int, int]]:
        """The stretches (a weakly-cued name with some words around it, inside its sentence) the NER should
        read: none for non-study articles, at most ``max_sentences`` an article."""
        context = doc._.context
        if context is None or not any(
            inv.name.pattern_id not in self.STRONG for inv in context.investigators
        ):
            return []
        if doc._.is_trial_report is False:
            return []  # the model only pays on study reports
        view: TextView = doc._.view
        text = view.text
        windows: dict[tuple[int, int], tuple[int, int]] = {}
        for inv in context.investigators:
            if inv.name.pattern_id in self.STRONG:
                continue
            start, end = inv.name.spans[0]
            sent = view.sentence_of(start)
            lo = _window_start(text, sent[0], start, self.BEFORE)
            hi = min(sent[1], end + self.AFTER)
            if hi < sent[1]:
                cut = text.rfind(" ", end, hi)
                hi = cut if cut > end else hi
            if sent in windows:  # two names in one sentence: one window over both
                lo, hi = min(lo, windows[sent][0]), max(hi, windows[sent][1])
            windows[sent] = (lo, hi)
        return sorted(windows.values())[: self.max_sentences]

    def _apply(
        self, doc: Doc, windows: list[tuple[int, int]], people: list[tuple[int, int]]
    ) -> None:
        context = doc._.context

        def confirmed(inv: InvestigatorFacts) -> bool:
            if inv.name.pattern_id in self.STRONG:
                return True
            start, end = inv.name.spans[0]
            if not any(ws <= start and end <= we for ws, we in windows):
                return True  # beyond the budget: keep the rule's answer
            return any(ps <= start and end <= pe for ps, pe in people)

        context.investigators = [inv for inv in context.investigators if confirmed(inv)]

    def _people(self, texts: list[str]) -> list[list[tuple[int, int]]]:
        from extractor.pipeline.model import load_ner

        ner = load_ner()
        return [
            [(e.start_char, e.end_char) for e in parsed.ents if e.label_ == "PERSON"]
            for parsed in ner.pipe(texts)
        ]

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Batches the NER over the sentences of many documents: one model call a batch, not a document."""
        for batch in minibatch(docs, size=batch_size):
            plans = [self._to_check(doc) for doc in batch]
            texts = [
                doc._.view.text[s:e]
                for doc, plan in zip(batch, plans, strict=True)
                for s, e in plan
            ]
            found = iter(self._people(texts) if texts else [])
            for doc, plan in zip(batch, plans, strict=True):
                if plan:
                    people = [(s + ps, s + pe) for s, _ in plan for ps, pe in next(found)]
                    self._apply(doc, plan, people)
                yield doc


def _about_the_study(view: TextView, start: int, end: int) -> bool:
    """The sentence speaks of a study: its generic words ('study', 'researchers') or a report cue."""
    return any(search_in(view, "study_words", start, end, "trial")) or any(
        search_in(view, "study_words", start, end, "report")
    )


class TrialConclusions(BatchComponent):
    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one Underscore for the call: spaCy builds a new one at each ``doc._``
        if not _is_report(ext):
            ext.conclusions, ext.finding = [], None
            return doc
        view: TextView = ext.view
        context = ext.context
        ext.conclusions = find_conclusions(view, context.investigators if context else [])
        directions = Directions.of(view)
        body = [s for s in view.sentences if s[0] >= view.title_end][:5]
        # the headline and the lead's sentences read in one pass over the patterns, not one pass each
        directions.read(([(0, view.title_end)] if view.title_end > 0 else []) + body)
        title: Fact[str] | None = None
        if view.title_end > 0:
            title = title_finding(view, directions.between(0, view.title_end, MIXED_FIRST))
        lead: Fact[str] | None = None
        # The first of the article's first sentences with direction words, in that sentence's order; a harm or
        # no-difference sentence after the lede counts only when it speaks of the study ('a new study finds',
        # 'researchers found'), not when it describes the disease ('psoriasis is associated with an increased
        # risk for depression') or earlier research.
        lead = next(
            (
                d
                for i, d in enumerate(directions.between(s, e) for s, e in body)
                if d is not None
                and (d.value == "benefit" or i == 0 or _about_the_study(view, *body[i]))
            ),
            None,
        )
        study = ext.study
        design = study.design.value if study is not None and study.design is not None else None
        total = ext.enrollment.total.value if ext.enrollment and ext.enrollment.total else None
        ext.finding = find_finding(view, ext.outcomes or [], title, lead, design, total)
        return doc


class TrialClassifier(BatchComponent):
    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one Underscore for the call: spaCy builds a new one at each ``doc._``
        view: TextView = ext.view
        score = trial_score(
            ext.study, ext.enrollment, ext.follow_up, len(view.sentences), body_words(view)
        )
        ext.trial_score = score
        ext.is_trial_report = is_trial_report(score)
        ext.other_studies = (
            find_other_studies(ext.view, ext.enrollment) if ext.is_trial_report else []
        )
        return doc


def _simple(name: str, cls: type, assigns: list[str], requires: list[str]) -> None:
    @Language.factory(name, assigns=assigns, requires=requires, default_config={})
    def make(nlp: Language, name: str) -> Any:
        return cls()


_simple("trial_sections", TrialSections, ["doc._.view", "token.is_sent_start"], [])


@Language.factory(
    "trial_abbreviations",
    assigns=["doc._.abbreviation_pairs"],
    requires=["doc._.view"],
    default_config={},
)
def make_trial_abbreviations(nlp: Language, name: str) -> TrialAbbreviations:
    return TrialAbbreviations(nlp)


_simple(
    "trial_screen",
    TrialScreen,
    ["doc._.is_trial_report"],
    ["doc._.view", "doc._.study"],
)
_simple("trial_numbers", TrialNumbers, ["doc._.numbers"], ["doc._.view"])
_simple("trial_design", TrialDesign, ["doc._.study"], ["doc._.view"])
_simple("trial_enrollment", TrialEnrollment, ["doc._.enrollment"], ["doc._.view"])
_simple("trial_arms", TrialArms, ["doc._.arms"], ["doc._.view", "doc._.study", "doc._.enrollment"])
_simple("trial_follow_up", TrialFollowUp, ["doc._.follow_up"], ["doc._.view"])
_simple(
    "trial_outcomes",
    TrialOutcomes,
    ["doc._.outcomes"],
    ["doc._.view", "doc._.arms", "doc._.abbreviation_pairs"],
)
_simple("trial_context", TrialContext, ["doc._.context"], ["doc._.view", "doc._.enrollment"])
_simple(
    "trial_conclusions",
    TrialConclusions,
    ["doc._.conclusions", "doc._.finding"],
    ["doc._.view", "doc._.context", "doc._.outcomes", "doc._.study"],
)
_simple(
    "trial_classifier",
    TrialClassifier,
    ["doc._.is_trial_report", "doc._.trial_score", "doc._.other_studies"],
    ["doc._.view", "doc._.study", "doc._.enrollment", "doc._.follow_up"],
)


@Language.factory(
    "trial_people",
    assigns=["doc._.context"],
    requires=["doc._.context", "doc._.view"],
    default_config={"max_sentences": 3},
)
def make_trial_people(nlp: Language, name: str, max_sentences: int) -> TrialPeople:
    return TrialPeople(max_sentences)
