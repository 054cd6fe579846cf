"""Study design, phase, blinding, placebo, registry ids and the trial's name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache

from extractor import patterns
from extractor.components.classify import (
    mentions_other_study,
    other_study_sentences,
    own_study_need,
    year_dated_study,
)
from extractor.components.facts import ArmFacts, Fact, StudyFacts
from extractor.components.text import TextView, matches, search_in

DESIGNS = ("rct", "nonrandomized_trial", "single_arm", "observational", "meta_analysis", "other")
#: the designs whose cues do not count in a sentence about future or earlier trials (design.jsonl's 'aside'
#: label). Observational and laboratory cues still do: a story that says 'as in other observational
#: studies' is most often about an observational study itself.
_ASIDE_DESIGNS = ("rct", "nonrandomized_trial", "single_arm", "meta_analysis")
#: the designs whose cues do not count in a sentence about earlier findings (design.jsonl's 'earlier_findings'
#: label): 'Studies in mice have shown ...' in the story of a human trial, 'Some previous research has been
#: limited by ... the lack of a comparison group'. Not the 'aside' sentences: a lab study's next step is often
#: in animals ('The next step is to show it works in animals').
_BACKGROUND_DESIGNS = ("other", "single_arm")
#: design cues that count only in a sentence with study or result words (design.jsonl's 'study_context')
_NEEDS_STUDY_CONTEXT = ("design.observational.association", "design.observational.registry")
# Years, registry ids and drug codes ('TAK-875', 'MK-3475') are not trial names.
_NOT_A_NAME = re.compile(r"(?:19|20)\d\d|NCT\d+|[A-Z]{1,5}-?\d{3,}[A-Z]?|[A-Z]{1,4}-\d")
_ROMAN = {
    "I": "1",
    "II": "2",
    "III": "3",
    "IV": "4",
    "ONE": "1",
    "TWO": "2",
    "THREE": "3",
    "FOUR": "4",
}
_PHASES = {"1", "1/2", "2", "2b", "3", "4"}


#: a title-case word next (after a space, after "of", "to" and the like, or a possessive's): a name read up to here is the
#: first word of a longer title
_TITLE_WORD_NEXT = re.compile(
    r"[^\S\n]+[A-Z][a-z]|['’]s\b|[^\S\n]+(?:of|to|for|on|in|and|with)[^\S\n]+(?:the[^\S\n]+)?[A-Z]"
)


@cache
def _generic_title_words() -> frozenset[str]:
    return frozenset(patterns.load_json("stopnames")["generic_title_words"])


#: words of a study's phase or design: a title-case study with one of them is described, not named ('a Phase 2 Randomized
#: Controlled Study', 'the Randomized Phase III OPUS-2 Study', 'An Open Label Study')
_DESIGN_TITLE_WORDS = frozenset(
    {
        "phase",
        "randomized",
        "randomised",
        "controlled",
        "placebo-controlled",
        "double-blind",
        "open-label",
        "label",
        "multi-center",
        "multicenter",
        "multi-centre",
        "multicentre",
        "pivotal",
    }
)
#: an indefinite article before a title-case study: 'Results of a Repeated Measures Cohort Study' (a description)
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?[^\S\n]+$")


#: what a publication's name follows: a study-like name there is a column or journal, not a study
_PUBLISHED_IN = re.compile(r"\b(?:published|described|reported|appear\w*)\s+in\s+(?:the\s+)?$")
#: a title-case word and a joining word before a titled name: the name is the tail of a longer title ('the Tehran
#: Lipid and Glucose Study', 'Proof of Concept Study'), which the pattern's run of capitals stops before
_CUT_TITLE = re.compile(r"[A-Z][\w'’-]*\s+(?:and|of|for|&)\s+$")
#: a line's words of four letters or more; when nearly all of them are capitalised, the line is a headline
_LONG_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")


def _in_headline_case(text: str, start: int, end: int) -> bool:
    """The line around ``text[start:end]`` (a headline, a press release's title or subheading) has its
    other long words capitalised, as headlines do ('UCLA Study Finds Fish Oil Helps'): capitals there say
    nothing of a name. Needs two such words, most of them capitalised."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    words = [
        w.group(0)
        for part in (text[line_start:start], text[end:line_end])
        for w in _LONG_WORD.finditer(part)
    ]
    if len(words) < 2:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


@cache
def _stopnames() -> frozenset[str]:
    return frozenset(n.upper() for n in patterns.load_json("stopnames")["names"])


def normalize_phase(raw: str) -> str | None:
    """'III' -> '3', 'IIb' -> '2b', 'I/II' -> '1/2', '1 and 2' -> '1/2', '2a' -> '2', 'three' -> '3'."""
    raw = re.sub(r"\s+(?:and|or)\s+(?:phase\s+)?", "/", raw, flags=re.IGNORECASE)
    parts = [p.strip() for p in raw.replace(" ", "").split("/")]
    out = []
    for part in parts:
        m = re.fullmatch(r"(I{1,3}|IV|[1-4]|one|two|three|four)([abAB]?)", part, re.IGNORECASE)
        if not m:
            return None
        num = _ROMAN.get(m.group(1).upper(), m.group(1))
        out.append(num + ("b" if m.group(2).lower() == "b" and num == "2" else ""))
    phase = "/".join(out)
    if phase == "2/3":
        return None  # not a value of the contract; left unstated rather than guessed
    return phase if phase in _PHASES else None


def _weight(view: TextView, offset: int) -> int:
    if view.in_title(offset):
        return 3
    return 2 if view.sentence_index(offset) < 8 else 1


#: sentences from this index on hold report cues that do not count (a study cited deep in a long feature)
REPORT_CUE_SENTENCES = 20
#: the lead is the first ``LEAD_SENTENCES`` sentences, or the first ``LEAD_CHARS`` characters after the headline
#: when these hold more sentences: a page's captions, credits, sign-up lines and datelines ('View Sample Sign Up
#: Now', 'DAVID MAIALETTI / Staff Photographer', 'HealthDay Reporter') count as sentences and push the story's
#: first report sentence past the eighth ('But in a study published in JAMA Neurology, scientists report ...')
LEAD_SENTENCES = 8
LEAD_CHARS = 1200


def _report_weight(view: TextView, index: int) -> int:
    """A report cue's weight by its sentence: the headline 3, the lead 2 (the first ``LEAD_SENTENCES``
    sentences or the first ``LEAD_CHARS`` characters of the body), later 1, none from sentence
    REPORT_CUE_SENTENCES on."""
    if view.sentences and view.in_title(view.sentences[index][0]):
        return 3
    if index < LEAD_SENTENCES or view.sentences[index][0] - view.title_end < LEAD_CHARS:
        return 2
    return 1 if index < REPORT_CUE_SENTENCES else 0


#: sentences read for a regulator's approval (the headline and the lead) and for pooled trials
APPROVAL_SENTENCES = 3
POOLED_TRIALS_SENTENCES = 15


def _cue_in_lead(view: TextView, label: str, sentences: int) -> bool:
    """Whether a study_words cue labelled ``label`` stands in the text's first ``sentences`` sentences (the
    headline's among them; the whole text when it has no sentences)."""
    return any(search_in(view, "study_words", 0, view.lead_end(sentences), label))


def _approval_in_lead(view: TextView) -> bool:
    """Whether the headline or lead announces a regulator's approval ('FDA expands use of Novartis MS drug')."""
    return bool(view.sentences) and _cue_in_lead(view, "approval", APPROVAL_SENTENCES)


#: sentences read for a medical body's guidance (the headline and the first three of the body: a press release
#: opens with a dateline and the condition's burden before 'the American Medical Society for Sports Medicine has
#: released a new scientific statement')
GUIDANCE_SENTENCES = 4


def _guidance_in_lead(view: TextView) -> bool:
    """Whether the headline or lead announces a medical body's guidance ('Experts Issue New Guidelines on Breast
    Cancer Drugs', 'according to new guidelines issued by the American Heart Association', 'has released a new
    scientific statement')."""
    return bool(view.sentences) and _cue_in_lead(view, "guidance", GUIDANCE_SENTENCES)


def _pooled_trials(view: TextView) -> bool:
    """Whether the text gives the efficacy of several trials at once ('established in two 12-week
    placebo-controlled clinical trials of 406 women'): after a regulator's approval in the lead ('FDA approves
    Intrarosa'), product news citing pooled trials, not the report of one study."""
    return _cue_in_lead(view, "pooled_trials", POOLED_TRIALS_SENTENCES)


def _one_trial_figures(view: TextView) -> bool:
    """Whether the text states one specific (singular) study's own figures anywhere ('In a 12-month clinical
    trial considered by the FDA, 38.3% of subjects ...', 'a comparative study involving 401 people'): read
    only after a regulator's approval in the lead with no pooled trials, where a product story quotes the
    trial behind the approval further down than the report cues are sought (corpus rule: a product story that
    reports one specific study with its own figures is a trial report)."""
    return any(search_in(view, "study_words", 0, len(view.text), "one_trial"))


def _headline_tells_a_result(view: TextView) -> bool:
    """Whether the headline places a result in a study ('... superior to Novartis treatment in study', 'Study:
    ...', '... Succeeds in Trial') and the text after it speaks of a study too (not a headline over a caption or
    a site's boilerplate)."""
    if view.title_end <= 0:
        return False
    return any(search_in(view, "study_words", 0, view.title_end, "headline")) and any(
        search_in(view, "study_words", view.title_end, len(view.text), "trial")
    )


def _classifier_cues(view: TextView) -> Counter[str]:
    """The cues that only feed the classifier (they gate nothing): 'trial', the count of study words
    ('trial', 'researchers'); 'report', the weighted sentences that hold a report cue ('published in the
    journal', 'lead author', 'researchers found'); 'other_studies', mentions of other or several studies;
    'own', the sentences that refer to one study as 'the study', 'the researchers', 'this trial' (not those
    about another study).

    A report cue weighs by where it stands: a story says in its headline and first sentences what it is
    about, a study cited far down a feature is cited in passing (so cues are looked for only in the first
    REPORT_CUE_SENTENCES sentences), and a cue in a sentence about another study ('Another study, published
    last year in ...') or about a study dated by a past year of publication ('A study published by a Korean
    researcher in 2010 found ...': ``year_dated_study``) does not count. Other-study mentions matter only in
    an article without a report cue (a feature citing studies), so they are counted only then.
    """
    cues: Counter[str] = Counter()
    for pat in patterns.load("study_words", "trial"):
        cues["trial"] += sum(1 for _ in pat.finditer_fast(view.lower))
    end = (
        view.sentences[REPORT_CUE_SENTENCES - 1][1]
        if len(view.sentences) >= REPORT_CUE_SENTENCES
        else len(view.text)
    )
    hit = {
        view.sentence_index(m.start()) for _, m in search_in(view, "study_words", 0, end, "report")
    }
    if _headline_tells_a_result(view):
        hit.add(view.sentence_index(0))
    if view.sentences:
        told_of = other_study_sentences(view)
        hit = {
            i
            for i in hit
            if not mentions_other_study(view, *view.sentences[i])
            and view.sentences[i] not in told_of
            and not year_dated_study(view, *view.sentences[i])
        }
    if hit:
        cues["report"] = sum(_report_weight(view, i) for i in hit)
    own = _own_study_sentences(view, told_of if view.sentences else set())
    if own:
        cues["own"] = own
    approval = _approval_in_lead(view)
    if approval:
        cues["approval"] = 1
    if _guidance_in_lead(view):
        cues["guidance"] = 1
    if "?" in view.text[: view.title_end]:
        cues["question"] = 1  # a question headline ('Can elderberry help treat colds and flu?')
    if approval and _pooled_trials(view):
        cues["approval_pooled"] = 1
    else:
        for pat in patterns.load("study_words", "other_studies"):
            cues["other_studies"] += sum(1 for _ in pat.finditer_fast(view.lower))
        if approval and _one_trial_figures(view):
            cues["one_trial"] = 1
    return cues


def _own_study_sentences(view: TextView, told_of: set[tuple[int, int]]) -> int:
    """The sentences that refer to one study as 'the study', 'the researchers', 'this trial' (not those about
    another study), counted up to what keeps the article to one study (``classify.own_study_need``): the
    classifier reads no more, so the scan stops there."""
    need = own_study_need(len(view.sentences))
    found: set[int] = set()
    passed: set[int] = set()
    for pat in patterns.load("study_words", "own"):
        for m in pat.finditer_fast(view.lower):
            i = view.sentence_index(m.start())
            if i in found or i in passed:
                continue
            if view.sentences and (
                mentions_other_study(view, *view.sentences[i]) or view.sentences[i] in told_of
            ):
                passed.add(i)
                continue
            found.add(i)
            if len(found) >= need:
                return len(found)
    return len(found)


#: words of an early, uncontrolled study: a phase 1 trial, a pilot or feasibility study
EARLY_STUDY_WORDS = (
    "pilot study",
    "pilot trial",
    "feasibility study",
    "feasibility trial",
    "proof-of-concept study",
    "proof-of-concept trial",
    "proof of concept study",
    "proof of concept trial",
    "first-in-human",
    # an early study or a small trial ('In an early study, an experimental stem cell procedure helped 15 teens',
    # 'a small clinical study', 'a small study designed as a pilot'); not 'a small study' (observational and
    # diagnostic studies are small too) and not in the plural ('Several other drugs are in early trials')
    "small clinical study",
    "small trial",
    "small clinical trial",
    "early study",
    "early trial",
    "early-stage study",
    "early-stage trial",
    "as a pilot",
    # a preliminary study or trial ('In a preliminary study, the technique ... eliminated lung tumors in 19 of 28
    # patients', 'a preliminary study of 26 patients'); not in the plural
    "preliminary study",
    "preliminary trial",
    "preliminary clinical study",
    "preliminary clinical trial",
)


def early_study_words(
    text: str, words: tuple[str, ...] = EARLY_STUDY_WORDS
) -> Iterator[tuple[int, int]]:
    """Where ``words`` (early-study words) stand in the lower-cased ``text``, each (start, end), in the
    singular only ('an early trial', not 'Several other drugs are in early trials'). Plain substring
    look-ups."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not (end < len(text) and text[end] == "s"):
                yield at, end
            at = text.find(word, end)


def _early_words(view: TextView, small_study: bool = False) -> list[tuple[int, int]]:
    """``early_study_words`` in the text, read once a text (a text with no design cue is asked twice:
    _early_phase_single_arm, then _small_study_of_patients), and with ``small_study`` SMALL_STUDY_WORDS' places
    after them."""
    early: list[tuple[int, int]] = view.once(
        "early_study_words", lambda: list(early_study_words(view.lower))
    )
    return [*early, *early_study_words(view.lower, SMALL_STUDY_WORDS)] if small_study else early


#: words of a comparison (a control, a placebo, a comparator) or of a diagnostic-accuracy study (people with
#: and without the disease): with any of them the early study is not taken for a single-arm one
_COMPARED = (
    "placebo",
    "sham",
    "control group",
    "comparison group",
    "control arm",
    "controls",
    "compared with",
    "compared to",
    "versus",
    " vs",
    "randomi",
    "usual care",
    "standard care",
    "standard treatment",
    "standard therapy",
    "with and without",
    "sensitivity of",
    "sensitivity,",
    "sensitivity was",
    "sensitivity and specificity",
    "specificity",
    "specificity",
    "accuracy",
    "accurate",
    "diagnostic",
    "false positive",
    "false-positive",
    # a comparison with people not treated ('than those who did not'), not between subgroups of the treated
    # ('a higher rate of pCR than patients who had early-stage invasive disease')
    "than those who did not",
    "than those who didn't",
    "than those not ",
    "than those given",
    "than those who got",
    "than those who received",
    "than those taking",
    "than those on ",
    "than those in the",
    "the other half",
    # a second group, however it is introduced ('a second group of 24 patients underwent the same regimen minus
    # the fish oil', 'another group got', 'the other group')
    "other group",
    "second group",
    "another group",
    # an inactive treatment as the comparator ('on another day inactive treatment', 'an inactive pill')
    "inactive",
    # the same people under another condition ('they ate 10 per cent less pasta than when they drank the milkshake
    # that contained inulin alone', 'up from 47% when they didn't use the technology'): a crossover comparison
    "than when",
    "when they did not",
    "when they didn't",
    "sugar pill",
    "dummy",
    "untreated group",
    "untreated control",
    # a vaccine's efficacy is a comparison with the unvaccinated ('more than 90 percent effective')
    "percent effective",
    "% effective",
    "did not receive",
    "didn't receive",
    "did not get",
    "didn't get",
)


#: words of a sentence about a future trial: neither its phase nor its comparison is the study's own ('an
#: upcoming Phase 2 trial will further test'). design.jsonl's 'aside' cues say so too, but only in the
#: sentences its trigger reads.
FUTURE_WORDS = ("upcoming", "will ", "future", "planned", "plans to", "next step")
#: words of a sentence about other, ongoing or historical results: a comparison named there ('improved survival
#: compared to historical data') is not the study's own control group
NOT_OWN_COMPARISON = (
    *FUTURE_WORDS,
    "ongoing",
    "being tested",
    "larger",
    "historical",
    "historically",
    "typical",
    "normally",
    "expected",
    "previous",
    "prior ",
    # what remains to be done or what is done now ('HIFU also needs to be studied long-term and compared with
    # other therapies', 'The current standard treatments ... only have response rates in about 15 percent')
    "needs to be",
    "need to be",
    "current standard",
    "current treatment",
    "current therap",
)


def in_sentence_with(view: TextView, offset: int, words: tuple[str, ...]) -> bool:
    """Whether the sentence holding ``offset`` holds any of ``words`` (lower case, as substrings)."""
    start, end = view.sentence_of(offset)
    sentence = view.lower[start:end]
    return any(w in sentence for w in words)


#: the standard treatment as the one that came before the study's, not its comparator ('whose cancer progressed on
#: standard treatment', 'who had failed standard therapy', 'despite standard care')
STANDARD_CARE_WORDS = ("standard care", "standard treatment", "standard therapy")
_TREATED_BEFORE = re.compile(
    r"\b(?:progress\w*|fail\w*|after|despite|resistant|refractory|respond\w*|exhausted|relapsed)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)


#: the same people's own earlier state after 'compared with / to' ('systolic blood pressure was significantly lower two
#: hours after mango intake compared to baseline values', 'compared with their levels before treatment'): a change
#: within the group, not a comparison group
_OWN_BASELINE_AFTER = re.compile(
    r"\s+(?:(?:their|the|its|his|her)\s+(?:own\s+)?)?(?:baseline|pre-?treatment|pre-?study|(?:levels?|scores?|values?|"
    r"readings?|measurements?)\s+(?:at\s+(?:the\s+)?(?:start|beginning|baseline|enrollment|entry)|before)|before\s+"
    r"(?:the\s+|they\s+|treatment|therapy|surgery|starting)|the\s+(?:start|beginning)\s+of)"
)


#: 'controls' as a verb, taking an object ('Proton therapy controls common pediatric brain tumor', 'it controls sleep
#: timing'): a word follows that does not go after the noun ('healthy controls who', 'than controls in the study')
_CONTROLS_VERB_AFTER = re.compile(
    r"controls\s+(?!(?:who|whom|which|that|were|was|had|have|has|did|do|does|showed|show|in|with|and|or|to|from|at|"
    r"for|on|by|of|without|than|matched|group|groups|received|got|took|given)\b)[a-z]"
)
#: words before 'controls' the noun ('healthy controls', '40 controls', 'compared with the controls')
_CONTROLS_NOUN_BEFORE = re.compile(
    r"(?:\d|\b(?:healthy|matched|age-matched|normal|the|as|versus|vs\.?|and|or|than|with|to|among|of|between|those|"
    r"these|its|their|our|placebo|untreated|unaffected|control))\s+$"
)


def _controls_a_verb(text: str, at: int) -> bool:
    """Whether 'controls' at ``at`` in the lower-cased ``text`` is the verb, not a control group."""
    return bool(
        _CONTROLS_VERB_AFTER.match(text, at)
        and not _CONTROLS_NOUN_BEFORE.search(text, max(0, at - 20), at)
    )


def names_comparison(
    view: TextView,
    aside: set[int] | frozenset[int],
    ignore: Callable[[str, int], bool] | None = None,
) -> bool:
    """Whether the text names a comparison of its own: a word of _COMPARED in a sentence that is not about
    future, other or historical trials (nor a standard treatment the participants had before), and not one
    ``ignore`` (the word and where it starts) sets aside. Plain substring look-ups, on the rare path only."""
    text = view.lower
    for word in _COMPARED:
        at = text.find(word)
        while at >= 0:
            if (
                view.sentence_index(at) not in aside
                and not in_sentence_with(view, at, NOT_OWN_COMPARISON)
                and not (
                    word in STANDARD_CARE_WORDS
                    and _TREATED_BEFORE.search(text, max(0, at - 40), at)
                )
                and not (
                    word in ("compared with", "compared to")
                    and _OWN_BASELINE_AFTER.match(text, at + len(word))
                )
                and not (word == "controls" and _controls_a_verb(text, at))
                and not (ignore is not None and ignore(word, at))
            ):
                return True
            at = text.find(word, at + len(word))
    return False


#: an early-study word of another study than the article's own ('One recent, small study found that even stool samples
#: ...', 'another small study')
_ANOTHER_STUDY_BEFORE = re.compile(
    r"\b(?:another|one|other)\s+(?:(?:recent|earlier|previous|prior|separate|second)\b,?\s+)?$|"
    r"\b(?:a|an)\s+(?:recent|earlier|previous|prior|separate|second)\b,?\s+$"
)
#: a small study, told as such ('A small study of an experimental drug for advanced melanoma', 'In a small study from
#: Spain, lupus patients showed dramatic improvements', 'a small human trial'): early-study words read only by
#: _small_study_of_patients (observational and diagnostic studies are small too, so not among EARLY_STUDY_WORDS)
SMALL_STUDY_WORDS = (
    "small study",
    "small, early study",
    "small new study",
    "small, preliminary study",
    "small human trial",
    "small, ongoing trial",
)
#: words of a treatment given ('a single outpatient treatment', 'Treating Kidneys With Radio Waves', 'an experimental
#: drug', 'electrical stimulation'): a small study's lead names one when the study gave it
_TREATMENT_WORDS = re.compile(
    r"\b(?:treat(?:ment|ments|ing|ed|s)?|therap(?:y|ies)|drugs?|medications?|devices?|implant(?:s|ed)?|vaccines?|"
    r"procedures?|surger(?:y|ies)|transplant(?:s|ed)?|injections?|infusions?|stimulation|stimulators?|"
    r"experimental)\b",
    re.IGNORECASE,
)
#: the headline and the first sentences, where a small study's lead names its treatment
SMALL_STUDY_LEAD = 3


def _lead_names_a_treatment(view: TextView, at: int, end: int) -> bool:
    """Whether a small-study cue at ``at:end`` tells of a study that gave a treatment: the cue names a trial
    ('a small human trial', a trial is an intervention's), or the headline or the first ``SMALL_STUDY_LEAD``
    sentences name a treatment ('Drug Shows Promise for Lupus Skin Conditions'); not 'better sleep can reduce
    migraine pain ... according to this small study' (an exposure, as often observed as given)."""
    if view.lower.endswith("trial", at, end):
        return True
    if not view.sentences:
        return False
    lead_end = view.lead_end(SMALL_STUDY_LEAD)
    return _TREATMENT_WORDS.search(view.text, 0, lead_end) is not None


#: a count of patients, or of people with or diagnosed with a condition ('32 patients', 'ten patients', '15 women with
#: lupus skin conditions'); not of volunteers, students or players (a small study of healthy people is as often an
#: experiment on them or an observation)
_PATIENT_COUNT = re.compile(
    patterns.expand(
        r"(?<![\w.,'’-])<<NUM>>\s+(?:[\w'’-]+\s+){0,3}?(?:patients\b|<<PEOPLE>>\s+(?:with|who\s+(?:had|have|"
        r"suffer\w*|were\s+diagnosed))\b)"
    ),
    re.IGNORECASE,
)
#: people treated over a past period of years ('had their bands placed, in the years 1994 through 1997', 'between
#: 2009 and 2013'): a look back at past patients, observational, not a trial
_TREATED_OVER_YEARS = re.compile(
    r"\b(?:between|from|in\s+the\s+years)\s+(?:[a-z]+\s+)?(?:19|20)\d\d\s+(?:and|to|through|until)\s+"
    r"(?:[a-z]+\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


#: the people set against any others ('They did better than those who took pills', 'fared better than patients on
#: chemotherapy'), beyond _COMPARED's own words: read for the weakest single-arm cues, whose people may be an
#: exposure's (as arms.py reads a study of no stated design)
_SET_AGAINST_OTHERS = (
    "than those",
    "than people",
    "than patients",
    "than participants",
    "comparison",
)


def _sets_against_others(view: TextView, aside: set[int] | frozenset[int]) -> bool:
    """Whether a word of _SET_AGAINST_OTHERS stands in a sentence outside ``aside``. Plain substring look-ups, on
    the rare path."""
    text = view.lower
    for word in _SET_AGAINST_OTHERS:
        at = text.find(word)
        while at >= 0:
            if view.sentence_index(at) not in aside:
                return True
            at = text.find(word, at + len(word))
    return False


def _small_study_of_patients(
    view: TextView, phase: Fact[str] | None, aside: set[int] | frozenset[int]
) -> Fact[str] | None:
    """A small study of patients that names no comparison ('A small study of an experimental drug for advanced
    melanoma ... for those 32 patients', 'the researchers describe endoscopic procedures to position electrodes in
    the sinus cavities of five patients' after 'for the first time, induced a sense of smell in humans'): a
    single-arm trial (corpus rule: every participant got the intervention and no control group is mentioned), read
    last, when no other design was found. _early_phase_single_arm with the small-study words beside the early ones
    and a count of patients anywhere in the text (a count of volunteers or players is as often an experiment on
    healthy people or an observation). Not a text that tells of case reports nor of people treated over a past
    period of years (corpus rule: a report of a few treated patients, a look back at past ones, is observational)."""
    found = _early_phase_single_arm(
        view,
        phase,
        aside,
        small_study=True,
    )
    # (the exclusions asked only once a cue and its patients are found)
    if found is None or (
        "case report" in view.lower
        or _TREATED_OVER_YEARS.search(view.text)
        or _sets_against_others(view, aside)
    ):
        return None
    return found


def _uncontrolled_cues(view: TextView) -> list[tuple[int, int, str]]:
    """uncontrolled.jsonl's matches as (start, end, pattern id), read once a text: _early_phase_single_arm asks for
    them up to three times (people only, then early-study words, then small-study words)."""
    return view.once(
        "uncontrolled_cues",
        lambda: [(m.start(), m.end(), pat.id) for pat, m in matches(view, "uncontrolled")],
    )


def _early_phase_single_arm(
    view: TextView,
    phase: Fact[str] | None,
    aside: set[int] | frozenset[int] = frozenset(),
    people_only: bool = False,
    small_study: bool = False,
) -> Fact[str] | None:
    """A phase 1, 1/2 or 2 trial, a pilot or feasibility study, when no design cue says otherwise and the text
    names no comparison of its own, is a single-arm study ('This Phase I/II clinical trial treated 78
    patients', 'The small pilot study ... involved 20 patients'): corpus rule, a trial in which every
    participant got the intervention and no control group is mentioned. A comparison named only in a
    sentence about future, other or historical trials does not count (``aside``: the sentences of design.jsonl's
    'aside' cues). With ``people_only`` only uncontrolled.jsonl's cues count (people treated, tested or given
    the treatment), not an early phase or early-study words. With ``small_study`` the small-study words count
    beside the early-study words, and a count of patients anywhere in the text, and only that, tells who got it
    (see _small_study_of_patients). Plain substring look-ups, on this rare path only."""
    text = view.lower
    # the cue: an early phase, an early-study word or a cue of an uncontrolled trial (uncontrolled.jsonl's
    # 'uncontrolled': 'all 12 patients received', 'a clinical trial in 54 women'), not in a sentence about
    # future or other trials ('an upcoming Phase 2 trial will further test ...')
    cues: list[tuple[int, int, str]] = []
    if phase is not None and phase.value in ("1", "1/2", "2") and not people_only:
        cues.append((*phase.spans[0], "design.single_arm.early_phase"))
    if not people_only:
        cues.extend(
            (
                at,
                end,
                "design.single_arm.small_study"
                if text[at:end] in SMALL_STUDY_WORDS
                else "design.single_arm.early_phase",
            )
            for at, end in _early_words(view, small_study)
            if not _ANOTHER_STUDY_BEFORE.search(text, max(0, at - 30), at)
            and not (
                text[at:end] in SMALL_STUDY_WORDS and not _lead_names_a_treatment(view, at, end)
            )
        )
    cues.extend(_uncontrolled_cues(view))
    cues = [
        c
        for c in cues
        if view.sentence_index(c[0]) not in aside and not in_sentence_with(view, c[0], FUTURE_WORDS)
    ]
    # (the comparison words asked only once a cue is found: most texts on this path have none)
    if not cues or names_comparison(view, aside):
        return None
    # who got it: a count of people in the cue's sentence, the one before or the next ('treated 78 patients',
    # 'Of 12 patients given ...', '22 patients ... were accrued. Participants received ...'), or in a sentence
    # about the study or trial ('The clinical trial included 22 patients'); an
    # announced trial that states none ('has progressed to Phase I testing') is left unstated. The earliest cue
    # with a count near it; any cue when a study sentence gives one.
    if small_study:
        # a count of patients anywhere tells who got it; a study sentence's count of anyone does not
        if _PATIENT_COUNT.search(view.text) is None:
            return None
        at, end, pattern_id = min(cues)
        return Fact("single_arm", [(at, end)], pattern_id)
    counted = any(
        _study_sentence_with_count(view, i) for i in range(len(view.sentences)) if i not in aside
    )
    for at, end, pattern_id in sorted(cues):
        index = view.sentence_index(at)
        stretch_start = view.sentences[max(index - 1, 0)][0]
        stretch_end = view.sentences[min(index + 1, len(view.sentences) - 1)][1]
        if counted or _people_count().search(text, stretch_start, stretch_end):
            return Fact("single_arm", [(at, end)], pattern_id)
    # no count: an early study whose own sentence tells its result ('A new pilot study ... suggests that the use of
    # tablet computers is both a safe and a potentially effective approach') was done, not announced
    for at, end, pattern_id in sorted(cues):
        if pattern_id == "design.single_arm.early_phase" and text[at:end] in EARLY_STUDY_WORDS:
            stop = view.sentence_of(at)[1]
            if _TELLS_A_RESULT.search(text, end, stop):
                return Fact("single_arm", [(at, end)], pattern_id)
    return None


#: a result told after an early study's words ('pilot study ... suggests that', 'the feasibility study found')
_TELLS_A_RESULT = re.compile(
    r"\b(?:suggests|suggested|found|finds|showed|shows|demonstrated|concluded)\s+that\b"
)


#: words of a trial of the text's own: with one of them outside the asides, people followed over time are a
#: trial's participants, not a cohort (a blinded study is an intervention study: 'conducted a double-blind study')
_OWN_TRIAL_WORDS = (
    "trial",
    "placebo",
    "double-blind",
    "double-blinded",
    "double blind",
    "single-blind",
)


#: words of a sentence about a trial to come, under way or hoped for ('a clinical trial could start as early as next
#: summer', 'A clinical trial has already begun to investigate this further'): not a trial the text reports
_NOT_OWN_TRIAL = (*NOT_OWN_COMPARISON, "begun", "could start", "if ")
#: words of a sentence about a trial that may be done ('a clinical trial can be designed in patients', 'hopes to lead a
#: human clinical trial'): read only for a text that counts no people (see _unstated_design)
_HOPED_FOR = ("can be ", "could be ", "would be ", "hope", "may ")


def _names_a_trial(
    view: TextView,
    skip: set[int],
    not_with: tuple[str, ...] = (),
    words: tuple[str, ...] = _OWN_TRIAL_WORDS,
) -> bool:
    """Whether a sentence outside ``skip`` says 'trial' (not 'trials': 'randomized trials are needed' is about
    others) or 'placebo' (``words``), and none of the words ``not_with``. Plain substring look-ups, on the rare
    path only."""
    text = view.lower
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            whole = (at == 0 or not text[at - 1].isalnum()) and not (
                end < len(text) and text[end].isalnum()
            )
            if (
                whole
                and view.sentence_index(at) not in skip
                and not (not_with and in_sentence_with(view, at, not_with))
            ):
                return True
            at = text.find(word, end)
    return False


#: the sentences (the headline's among them) where a finding about people set apart by a habit is the study's own
#: (cohort.jsonl's gate 'lead'); further down such a sentence is as often background
COHORT_LEAD_SENTENCES = 5


def _followed_cohort(view: TextView, skip: set[int]) -> Fact[str] | None:
    """A cohort described without the word ('Zheng's team followed 2,520 adults for eight years'): cohort.jsonl's
    'cohort' cues (people followed or tracked over time, with nothing in the sentence about a treatment they were
    given or assigned; people or records of a past period: 'patients who had undergone the surgery between 1994
    and 1997', 'Information System data for 2012 were reviewed'), when no other design cue was found and the text names no trial or placebo of its own
    (corpus rule: a cohort described without the word is observational). Read only on this rare path; sentences
    in ``skip`` (about other or future studies) do not count."""
    if _names_a_trial(view, skip):
        return None
    # _many_people_unassigned, asked once, lazily (it reads the whole text)
    many_people: bool | None = None
    for pat, m in matches(view, "cohort"):
        if view.sentence_index(m.start()) in skip:
            continue
        if pat.extra.get("gate") == "many_people":
            if many_people is None:
                many_people = _many_people_unassigned(view)
            if not many_people:
                continue
        return Fact("observational", [m.span()], pat.id)
    # cohort_lead.jsonl's cues count only in the headline (gate 'headline') or the first sentences (gate 'lead'): read
    # there alone, not wherever their common words ('likely', 'risk of', 'linked to') stand
    if not view.sentences:
        return None
    lead_end = view.lead_end(COHORT_LEAD_SENTENCES)
    for pat, m in search_in(view, "cohort_lead", 0, lead_end):
        if view.sentence_index(m.start()) in skip:
            continue
        if pat.extra.get("gate") == "headline" and not view.in_title(m.start()):
            continue
        if "\n" in m.group(0).strip():
            continue  # (a match stays inside one paragraph, as matches() has it)
        return Fact("observational", [m.span()], pat.id)
    return None


#: a count of a hundred people or more, in figures ('nearly 4,000 men and women', '417 children')
_MANY_PEOPLE = re.compile(
    patterns.expand(
        r"(?<![\w.,'’-])(?:\d{1,3}(?:,\d{3})+|[1-9]\d{2,})\s+(?:[\w'’-]+\s+){0,3}?<<PEOPLE>>\b"
    ),
    re.IGNORECASE,
)
#: words of a group given something else by the study: with one of them, people followed up are a trial's
_ASSIGNED_WORDS = (
    "control group",
    "other half",
    "sham",
    "dummy",
    "assigned",
    "allocated",
)
#: 'either' naming one of two things ('either the drug or a placebo', 'given either'), not closing a phrase ('The typical
#: American diet doesn't contain enough of either.')
_EITHER = re.compile(r"\beither\b(?![.,;:!?)]|\s+(?:way|side|case)\b)")
#: a split of the participants between treatments ('About half were given an implantable defibrillator ... and half
#: a combination device', 'half of them received the drug'); not a share of an outcome ('half had no calcium')
_SPLIT_IN_HALF = re.compile(
    r"\bhalf\s+(?:of\s+(?:them|the\s+[\w-]+)\s+)?(?:were\s+given|received|got|took|were\s+put|were\s+placed)\b"
)


def _many_people_unassigned(view: TextView) -> bool:
    """Whether the text counts a hundred people or more, has none of _ASSIGNED_WORDS nor an 'either' that names one
    of two things (_EITHER) and splits no one in halves between treatments (_SPLIT_IN_HALF): what a passive
    'were followed for ten years' needs to tell a cohort (a small treated group followed up is a case series or a
    single-arm trial; a control group or a dummy pill makes a trial). Read on the rare path only."""
    text = view.lower
    if (
        any(w in text for w in _ASSIGNED_WORDS)
        or _EITHER.search(text)
        or _SPLIT_IN_HALF.search(text)
    ):
        return False
    return _MANY_PEOPLE.search(view.text) is not None


def _unstated_design(
    view: TextView, skip: set[int], background: set[int] | frozenset[int] = frozenset()
) -> Fact[str] | None:
    """A review of several studies not called a meta-analysis ('a review of 27 clinical trials'), a modelling
    study ('constructed a mathematical model') or an experiment on animals told without 'in mice' ('fed the cocoa
    compound to animals', 'The mice were exposed to'): unstated_design.jsonl's cues, the earliest outside ``skip``
    (sentences about other or future studies), read only when no other design cue was found (so a trial or
    cohort that mentions a model or earlier studies keeps its own design). An animal experiment counts with
    laboratory animals named in two sentences or more, outside ``background`` (sentences about earlier
    findings), and only when the text names no trial or placebo of its own (a placebo in a sentence naming the
    animals is theirs): a study of people mentions its animal work in passing. A laboratory experiment ('tested in
    cell lines', 'in lab tests') counts likewise outside ``background`` and when the text names no trial or placebo."""
    experiment: list[Fact[str]] = []
    lab: list[Fact[str]] = []  # laboratory experiments ('tested in cell lines', 'in lab tests')
    sentences: set[int] = set()  # the sentences that name laboratory animals
    named: list[Fact[str]] = []  # where laboratory animals are named, outside ``background``
    for pat, m in matches(view, "unstated_design"):
        index = view.sentence_index(m.start())
        if index in skip:
            continue
        if pat.label == "lab":
            if index not in background:
                lab.append(Fact("other", [m.span()], pat.id))
            continue
        if pat.label not in ("animal", "animal_word"):
            return Fact(pat.label, [m.span()], pat.id)
        if index in background:
            continue
        sentences.add(index)
        if not m.group(0).lower().startswith("animal"):
            # a laboratory animal by its name ('rats', 'rodents'), not any animals ('the animals help them')
            named.append(Fact("other", [m.span()], pat.id))
        if pat.label == "animal":
            experiment.append(Fact("other", [m.span()], pat.id))
    # a placebo in a sentence that names the animals is the experiment's own control ('Other laboratory rats
    # from the same age group were assigned to receive placebo treatment'), not a trial of people
    if (
        experiment
        and len(sentences) >= 2
        and not _names_a_trial(view, skip, words=("trial",))
        and not _names_a_trial(view, skip | sentences, words=("placebo",))
    ):
        return min(experiment, key=Fact.at)
    # a laboratory experiment, when the text names no trial or placebo of its own: a study of people mentions its
    # laboratory work in passing ('This follows previous laboratory work')
    if lab and not _names_a_trial(view, skip, words=("trial", "placebo")):
        return min(lab, key=Fact.at)
    # a text that counts no people at all: its animals or laboratory work, named once, are the study's own
    # ('Researchers analyzed eye tissue from rats that drank green tea', 'The researchers tested different bitter
    # compounds on human and mouse airways'), and a trial to come ('a clinical trial can be designed in patients',
    # 'hopes to lead a human clinical trial in the future') is not one of its own
    if (
        (experiment or named or lab)
        and _people_count().search(view.text) is None
        and not _names_a_trial(view, skip, (*_NOT_OWN_TRIAL, *_HOPED_FOR), ("trial", "placebo"))
    ):
        return min(experiment or lab or named, key=Fact.at)
    return None


def _study_sentence_with_count(view: TextView, index: int) -> bool:
    """Whether sentence ``index`` speaks of the study or trial and gives a count of its people ('Salloway's
    study looked at the drug's safety in 194 Alzheimer's patients')."""
    start, end = view.sentences[index]
    sentence = view.lower[start:end]
    if "study" not in sentence and "trial" not in sentence:
        return False
    return _people_count().search(sentence) is not None


@cache
def _people_count() -> re.Pattern[str]:
    """A count of people ('78 patients', 'two participants', 'about 200 people', 'a small number of people',
    'a handful of patients')."""
    return re.compile(
        patterns.expand(
            r"(?:(?<![\w.,'’-])<<NUM>>|\ba\s+(?:small\s+|handful\s+|few\s+|group\s+|number\s+|of\s+)+)"
            r"\s*(?:[\w'’-]+\s+){0,3}?<<PEOPLE>>\b"
        ),
        re.IGNORECASE,
    )


#: earlier work than the article's own study ('confirms results from a December 2015 open-label expanded
#: access program', 'the initial open-label studies')
_EARLIER_WORK = re.compile(
    r"\b(?:a|an)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+){0,3}?(?:study|trial|program|programme|analysis)\b|"
    r"\b(?:earlier|previous|prior|initial)\s+(?:[\w-]+\s+){0,3}?(?:stud(?:y|ies)|trials?|programs?)\b",
    re.IGNORECASE,
)


def _about_earlier_work(view: TextView, offset: int) -> bool:
    """Whether the sentence at ``offset`` is about earlier work (its blinding is not the study's)."""
    start, end = view.sentence_of(offset)
    return (
        mentions_other_study(view, start, end)
        or _EARLIER_WORK.search(view.text, start, end) is not None
    )


def _about_other_trials(view: TextView, offset: int, aside: set[int] | frozenset[int]) -> bool:
    """Whether the sentence at ``offset`` is about future, ongoing, needed or earlier trials rather than the
    article's own: one of ``aside`` (the sentences design.jsonl's 'aside' cues hit among those its trigger
    reads), or one an 'aside' cue hits when tried on it alone (a sentence without a design trigger word: 'Vertex
    expects results from two additional Phase 3 trials'), or one about earlier work. Tried only where a phase
    is printed."""
    if view.sentence_index(offset) in aside:
        return True
    start, end = view.sentence_of(offset)
    return any(search_in(view, "design", start, end, "aside")) or _about_earlier_work(view, offset)


#: a randomized-trial cue that names trials in the plural ('randomized trials', 'randomised controlled studies',
#: 'RCTs'): the article's own study is one, so these are others ('In the absence of randomized trials', 'needs
#: validation in larger, prospective randomized trials', 'The highest-quality studies, known as randomized
#: controlled trials')
_PLURAL_RANDOMIZED = re.compile(
    r"randomi[sz]ed(?:,?\s+(?:and\s+)?[\w-]+){0,6}?,?\s+(?:trials|studies|experiments)\b|rcts\b"
)
#: a count just before: the plural trials are the ones the study pooled or the release reports ('106 randomized
#: trials', 'two randomized, placebo-controlled studies'), whose design it keeps (corpus rule)
_COUNT_BEFORE = re.compile(
    r"(?:\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|both))"
    r"\s+(?:[\w,-]+\s+){0,3}$"
)
#: the study itself among its kind ('one of the largest randomised control trials'), or trials named before ('In
#: the randomized studies, 44 men started on')
_OWN_BEFORE = re.compile(r"\bone\s+of\s+the\s+(?:[\w-]+\s+){0,2}$|\bthe\s+$")


#: studies or trials in the plural, and the study or trial in the singular, before a randomized cue in its sentence
_PLURAL_STUDIES = re.compile(r"\b(?:studies|trials)\b")
_ONE_STUDY = re.compile(r"\b(?:study|trial|experiment|research)\b")
#: a count just before the plural ('eight earlier studies that compared ...', 'the six trials')
_COUNT_BEFORE_NOUN = re.compile(
    r"(?:\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|both))"
    r"\s+(?:[\w,-]+\s+){0,3}$"
)
#: the study's own trials named before the plural ('results of the trials which randomized 209 women')
_THESE_BEFORE_NOUN = re.compile(r"\b(?:the|these|those|its|their|our)\s+(?:[\w,-]+\s+){0,3}$")


def _randomized_in_plural_studies(view: TextView, start: int) -> str | None:
    """'other' when a randomized cue that names no trial itself ('were randomly assigned') stands in a sentence that
    tells of studies in the plural, with no count or 'the', 'these' just before them, and of no study in the singular
    before the cue ('outdated studies done from the 1960s through the 1980s in which women were randomly assigned'):
    trials other than the study's own. None otherwise: the trials a pooled analysis took ('eight earlier studies that
    compared ... people randomly assigned', 'results of the trials which randomized 209 women') keep their design
    (corpus rule)."""
    sentence_start = view.sentence_of(start)[0]
    before = view.lower[sentence_start:start]
    plural = max(_PLURAL_STUDIES.finditer(before), key=lambda m: m.start(), default=None)
    if plural is None or _ONE_STUDY.search(before):
        return None
    if _COUNT_BEFORE_NOUN.search(before, 0, plural.start()) or _THESE_BEFORE_NOUN.search(
        before, 0, plural.start()
    ):
        return None
    return "other"


#: a review dated or called earlier, just before the meta-analysis cue ('A 2008 meta-analysis found that placebos ...',
#: 'a previous systematic review', 'last year's meta-analysis', 'Berghella's 2015 review of 34 randomized controlled
#: trials'): earlier work, not the study's own
_EARLIER_REVIEW = re.compile(
    r"(?:\b(?:a|an|one)\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+)?(?:19|20)\d\d|\b(?:a|an)\s+(?:earlier|previous|prior|older)|\blast\s+year['’]s|"
    r"\b[a-z][\w-]*['’]s\s+(?:19|20)\d\d)"
    r"\s+(?:[\w-]+\s+)?$"
)


def _plural_randomized(view: TextView, start: int, end: int) -> str | None:
    """How the rct cue at ``view.text[start:end]`` names randomized trials in the plural: 'other' with nothing
    before it that makes them the study's (trials other than its own, see _PLURAL_RANDOMIZED), 'pooled' after a
    count (the trials a review or release reports), None when it names them in the singular or as the study's
    own. Read on rct cues only."""
    if _PLURAL_RANDOMIZED.match(view.lower, start, end) is None:
        return _randomized_in_plural_studies(view, start)
    before = view.lower[max(view.sentence_of(start)[0], start - 40) : start]
    if _COUNT_BEFORE.search(before):
        return "pooled"
    return None if _OWN_BEFORE.search(before) else "other"


#: an animal or laboratory cue weighing less than this (one mention past the lead) is the design only when the
#: text names no trial or placebo of its own: a story of a trial in people mentions mice in passing ('Studies in
#: mice have shown', 'They also showed in mice that')
_WEAK_OTHER = 2


#: a phase followed by trials in the plural ('Phase III trials', 'so-called Phase I, human trials', 'phase 2
#: clinical trials'): with no count or 'the' before it, a drug's programme or trials other than the study's own
#: (as for randomized trials in the plural, _plural_randomized)
_PLURAL_PHASE_TRIALS = re.compile(
    r"(?:,?\s+(?:[\w-]+\s+){0,2}?)?\s*(?:clinical\s+)?(?:trials|studies)\b"
)


#: the trials a release reports, before a phase in the plural ('these phase III trials', 'results from Phase I
#: clinical trials', 'the findings come from phase III clinical trials')
_OWN_PLURAL_BEFORE = re.compile(r"\b(?:these|those|its|our|their|from)\s+$")


def _plural_phase_of_others(view: TextView, start: int, end: int) -> bool:
    """Whether the phase at ``view.text[start:end]`` names trials in the plural with nothing before it that
    makes them the study's: no count ('two Phase III trials': the trials a release reports), no 'the', 'these'
    or 'one of the' ('these phase III trials were compiled') and no source of the findings ('The findings come
    from phase III clinical trials', 'promising results from Phase I clinical trials')."""
    if _PLURAL_PHASE_TRIALS.match(view.lower, end) is None:
        return False
    before = view.lower[max(view.sentence_of(start)[0], start - 40) : start]
    return not (
        _COUNT_BEFORE.search(before)
        or _OWN_BEFORE.search(before)
        or _OWN_PLURAL_BEFORE.search(before)
    )


#: an association told in the present ('is associated with', 'are linked with') is what is known in general ('maintaining a
#: healthy heart and blood pressure is associated with a lower risk of developing dementia', 'XOFLUZA ... is associated
#: with less side effects', 'heightened levels are associated with poor response to antidepressants') unless the sentence
#: says it is a finding ('This study adds to the evidence that a diet high in fruits and vegetables is associated with
#: ...', '"Our results confirm that risk-reducing mastectomy is associated with ...', 'we showed evidence that ... is
#: still associated with increased risk')
_PRESENT_ASSOCIATION = re.compile(
    r"\b(?:is|are)\s+(?:\w+\s+)?(?:associated|linked|tied|correlated)\s+with\b"
)
_FINDING_WORDS = re.compile(
    r"\b(?:found|finds?|show(?:s|ed|n)?|suggest(?:s|ed)?|results?|findings?|conclu\w+|our|we|study|analysis|data|"
    r"researchers?|authors?|investigators?|scientists?|report(?:s|ed)?|confirm(?:s|ed)?|observed|evidence|wrote)\b"
)


#: one earlier study, in the singular ('In one previous study, the use of the drug was linked with a 32 percent
#: improvement'): its association is that study's finding; not 'previous studies' in the plural, which in a cohort's
#: story most often tells the same kind of finding as its own ('Previous studies have found that eating red meat is
#: associated with')
_ONE_EARLIER_STUDY = re.compile(
    r"\b(?:earlier|previous|prior)\s+(?:[\w-]+\s+){0,2}?(?:study|trial)\b"
)


def _background_association(
    view: TextView, start: int, end: int, told_of: set[tuple[int, int]]
) -> bool:
    """Whether the association cue at ``start:end`` is background, not the study's finding: in a sentence that
    tells of another study ('A previous study on MLE4901 was associated with liver toxicity') or of one earlier study
    (_ONE_EARLIER_STUDY), or told in the present with no word of a finding in its sentence (see
    ``_PRESENT_ASSOCIATION``)."""
    sentence = view.sentence_of(start)
    if sentence in told_of:
        return True
    s, e = sentence
    if _ONE_EARLIER_STUDY.search(view.lower, s, e):
        return True
    return bool(
        _PRESENT_ASSOCIATION.match(view.lower, start)
        and not _FINDING_WORDS.search(view.lower, s, e)
    )


#: a group's label that names a test or a screening rather than a treatment ('breast MRI's impact', 'virtual
#: colonoscopy'): people tested are a screening or diagnostic cohort, not a trial's treated group
_TEST_LABEL = re.compile(
    r"\b(?:mri|scans?|screenings?|colonoscop\w*|mammogra\w*|tests?|testing|ultrasound|x-rays?|ct|biops\w*|"
    r"imaging)\b",
    re.IGNORECASE,
)
#: people counted over a past period of years ('281 patients from 13 countries who received stem cell transplants
#: between 1995 and 2006'): the records of patients treated before, a cohort
_PAST_YEARS = re.compile(
    r"\b(?:between|from)\s+(?:[a-z]+\s+)?(?:19|20)\d\d\s+(?:and|to|through|until)\s+(?:[a-z]+\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def whole_group_design(view: TextView, arms: list[ArmFacts]) -> Fact[str] | None:
    """The design of a study of no stated design whose one group is all its participants given the treatment
    (arms.single_arm's reading of the total's sentence: 'Twenty men with metastatic prostate cancer ... were
    treated with androgen deprivation therapy', 'PAE helped most of the 67 patients who underwent the procedure',
    'In the new study, his team focused on 112 patients' after 'a single outpatient treatment can reduce migraine
    pain'; it names no comparison of the study's own): a single-arm trial (corpus rule: every participant got the
    intervention and no control group is mentioned), quoted at the group's treatment and count. Not a group
    labelled by a test ('Kuhl and colleagues studied breast MRI's impact on 2,120 women', 'The study included 2,277
    people who underwent a virtual colonoscopy': a screening cohort), nor people counted over a past period of
    years ('followed 281 patients ... who received stem cell transplants between 1995 and 2006': a cohort of
    records)."""
    if len(arms) != 1:
        return None
    arm = arms[0]
    n = arm.n
    if n is None or _TEST_LABEL.search(arm.label.value):
        return None
    start, end = view.sentence_of(n.at())
    if _PAST_YEARS.search(view.text, start, end):
        return None
    spans = sorted([*arm.label.spans[:1], *n.spans[:1]])
    return Fact("single_arm", spans, "design.single_arm.whole_group")


#: arms.jsonl's patterns of groups told apart by who their people are, a condition or its absence, not by what they
#: were given ('12 children with autism and 15 children without the condition', 'the penis length of 117 infertile and
#: 56 fertile men', '50 participants: 25 with schizophrenia and 25 with no diagnosed psychiatric disorder', 'Of this
#: group, 68 patients had experienced their first dislocation, while 53 had recurrent dislocations', 'compared the
#: hormones of 23 teenagers with PCOS with 17 healthy teenagers')
_CONDITION_GROUP_PATTERNS = frozenset(
    {
        "arm.partition_n_people_and_m_people",
        "arm.partition_n_had_and_m",
        "arm.n_people_with_vs_without",
        "arm.and_m_without",
        "arm.and_n_with",
        "arm.n_with_list_after_total",
        "arm.and_m_controls",
        "arm.and_m_who",
        "arm.compared_m_people",
        "arm.group_compared_back",
    }
)


def condition_groups_design(view: TextView, arms: list[ArmFacts]) -> Fact[str] | None:
    """The design of a study of no stated design whose groups are all told apart by a condition (arms read by
    _CONDITION_GROUP_PATTERNS: 'blood flow differences in 17 nonsmokers and 24 smokers', '30 with confirmed
    high-functioning autism and 30 without autism', 'Of those, 46 had an older sibling with an autism spectrum
    disorder and 33 had no family history'), when the text names no trial or placebo of its own: people compared by
    what they have, not by what they were given, an observational (case-control or cross-sectional) comparison
    (corpus rule). Quoted at the groups' words. None when a group was read by another pattern ('given', 'received',
    'assigned', 'a control group of'), or the text names its own trial ('The trial enrolled 192 patients and 392
    healthy controls')."""
    if len(arms) < 2 or any(a.label.pattern_id not in _CONDITION_GROUP_PATTERNS for a in arms):
        return None
    if _names_a_trial(view, set(), _NOT_OWN_TRIAL):
        return None
    spans = sorted(a.label.spans[0] for a in arms if a.label.spans)
    return Fact("observational", spans, "design.observational.condition_groups")


def find_study(view: TextView) -> StudyFacts:
    facts = StudyFacts()
    scores: Counter[str] = Counter()
    first_at: dict[str, Fact[str]] = {}
    scores.update(_classifier_cues(view))
    found = list(matches(view, "design"))
    # sentences about future or earlier trials ('randomized trials are needed'): not the study's own design
    # ('combined 10 earlier studies' is a meta-analysis's own description, not an aside)
    pooling = [m.span() for pat, m in found if pat.label == "meta_analysis"]
    aside = {
        view.sentence_index(m.start())
        for pat, m in found
        if pat.label == "aside" and not any(s <= m.start() < e for s, e in pooling)
    }
    # an association is the study's finding only in a sentence with study or result words; without them it
    # is a background fact ('HER2 is associated with aggressive disease')
    studied = {view.sentence_index(m.start()) for pat, m in found if pat.label == "study_context"}
    # sentences that tell of another study than the article's own ('A second study presented at the meeting
    # ... That trial involved 1,200 men who were randomly assigned'): its randomization is not the study's
    # (read once a text; the classifier's cues above asked already)
    told_of = other_study_sentences(view) if view.sentences else set()
    # the sentences not about the study's own design: the asides and those telling of another study
    not_own = aside | {view.sentence_index(s) for s, _ in told_of}
    # sentences that tell of earlier findings ('Studies in mice have shown ...', 'Previous experiments in
    # animals showed ...'): an animal or laboratory cue there is background to a study of people
    earlier = {
        view.sentence_index(m.start()) for pat, m in found if pat.label == "earlier_findings"
    }
    pooled_rct = 0  # the weight of rct cues that name pooled trials (see _plural_randomized)
    # sentences of an earlier review ('Berghella's 2015 review of 34 randomized controlled trials found'): the trials
    # it pooled are not the study's own either
    earlier_reviews = {
        view.sentence_index(m.start())
        for pat, m in found
        if pat.label == "meta_analysis"
        and _EARLIER_REVIEW.search(view.lower, max(0, m.start() - 50), m.start())
    }
    # cues that count only in a text naming no trial or placebo of its own (pattern flag gate 'no_trial': a
    # questionnaire the participants completed is a survey's, unless a trial collected it); asked once, lazily
    own_trial: bool | None = None
    # whether the text names a placebo of its own (asked once, lazily)
    own_placebo: bool | None = None
    for pat, m in found:
        plural = None
        if (
            pat.label == "pooled"
        ):  # a design cue for the classifier; a design only on its own (below)
            scores["pooled"] += _weight(view, m.start())
            first_at.setdefault("pooled", Fact("meta_analysis", [m.span()], pat.id))
        if pat.label not in DESIGNS:
            continue
        if pat.id in _NEEDS_STUDY_CONTEXT and view.sentence_index(m.start()) not in studied:
            scores["aside"] += _weight(view, m.start())  # still a cue for the classifier
            continue
        if pat.id == "design.observational.association":
            if _background_association(view, m.start(), m.end(), told_of):
                scores["aside"] += _weight(view, m.start())  # still a cue for the classifier
                continue
            # an association told of a study with a placebo group of its own ('Amyloid deposition was lower in
            # women who received the patch, compared to the placebo ... The oral treatment was not associated
            # with lower amyloid deposition') is the trial's comparison, not an observational finding
            if own_placebo is None:
                own_placebo = _names_a_trial(view, not_own, _NOT_OWN_TRIAL, ("placebo",))
            if own_placebo:
                scores["aside"] += _weight(view, m.start())
                continue
        if pat.extra.get("gate") == "no_trial":
            if own_trial is None:
                own_trial = _names_a_trial(view, not_own, _NOT_OWN_TRIAL)
            if own_trial:
                scores["aside"] += _weight(view, m.start())
                continue
        if (
            (
                pat.label in _ASIDE_DESIGNS
                and (
                    # (a cue that states the study's own limitation counts in an aside sentence: 'not_aside')
                    (view.sentence_index(m.start()) in aside and not pat.extra.get("not_aside"))
                    or view.sentence_of(m.start()) in told_of
                )
            )
            or (pat.label in _BACKGROUND_DESIGNS and view.sentence_index(m.start()) in earlier)
            or (
                pat.label == "rct"
                and (plural := _plural_randomized(view, m.start(), m.end())) == "other"
            )
            or (plural == "pooled" and view.sentence_index(m.start()) in earlier_reviews)
            or (pat.label == "meta_analysis" and view.sentence_index(m.start()) in earlier_reviews)
        ):
            # still study talk for the classifier ('aside' counts among its design cues), not a design
            scores["aside"] += _weight(view, m.start())
            continue
        scores[pat.label] += _weight(view, m.start())
        if pat.label == "rct" and plural == "pooled":
            pooled_rct += _weight(view, m.start())
        if pat.label not in first_at:
            first_at[pat.label] = Fact(pat.label, [m.span()], pat.id)
    facts.cues = dict(scores)
    design_scores = {k: v for k, v in scores.items() if k in DESIGNS}
    if (
        design_scores.keys() == {"other"}
        and design_scores["other"] < _WEAK_OTHER
        and _names_a_trial(view, not_own, _NOT_OWN_TRIAL)
    ):
        del design_scores["other"]
    if not design_scores and "pooled" in first_at:
        # a pooled analysis keeps the design of what it pooled; when the text names none, a meta-analysis
        facts.design = first_at["pooled"]
    elif design_scores:
        # A randomized design outranks association words in the same story; a meta-analysis named as such
        # outranks the trials it pooled; 'not randomized' outranks 'randomized'.
        order = [
            "nonrandomized_trial",
            "meta_analysis",
            "rct",
            "single_arm",
            "observational",
            "other",
        ]
        best = None
        for label in order:
            score = design_scores.get(label, 0)
            if score == 0:
                continue
            own_rct = design_scores.get("rct", 0) - pooled_rct
            if label == "meta_analysis" and (
                score < own_rct or (score < 2 and not (pooled_rct and own_rct <= 0))
            ):
                # a trial's release that mentions a pooled analysis is still a trial; the trials a review
                # pooled ('examined nearly four dozen randomized trials') are not a trial of its own, so a
                # review named once wins over them when they are the only randomized trials named
                continue
            if label == "other" and any(
                design_scores.get(k, 0) >= score for k in DESIGNS if k != "other"
            ):
                continue
            if label == "observational" and design_scores.get("other", 0) > score:
                continue
            best = label
            break
        if best is None:
            best = max(design_scores, key=lambda k: design_scores[k])
        facts.design = first_at[best]

    for pat, m in matches(view, "phase"):
        if pat.label == "phase" and facts.phase is None:
            phase = normalize_phase(m.group("phase"))
            # the phase of a future, ongoing or earlier trial ('two additional Phase 3 trials', 'a larger
            # Phase III trial will start', 'in an earlier phase-3 trial') is not the study's own
            if (
                phase
                and not _about_other_trials(view, m.start(), aside)
                and not _plural_phase_of_others(view, m.start(), m.end())
            ):
                facts.phase = Fact(phase, [m.span()], pat.id)
        elif pat.label in ("double-blind", "single-blind", "open-label"):
            if (
                facts.blinding is None or m.start() < facts.blinding.at()
            ) and not _about_earlier_work(view, m.start()):
                facts.blinding = Fact(pat.label, [m.span()], pat.id)
        elif pat.label == "placebo":
            # the earliest placebo mention, unless the text says there was none; a placebo of earlier work
            # ('a 2002 study found ... than women given an inactive placebo') is not the study's
            if (
                facts.placebo is None or (facts.placebo.value and m.start() < facts.placebo.at())
            ) and not _about_earlier_work(view, m.start()):
                facts.placebo = Fact(True, [m.span()], pat.id)
        elif pat.label == "no_placebo":
            facts.placebo = Fact(False, [m.span()], pat.id)
        elif pat.label == "registry":
            ident = re.sub(r"\s+", "", m.group("id"))
            if all(f.value != ident for f in facts.registry_ids):
                facts.registry_ids.append(Fact(ident, [m.span("id")], pat.id))
    facts.registry_ids.sort(key=Fact.at)
    if facts.design is not None and facts.design.value == "other":
        # animal or laboratory work told beside people treated, tested or given the treatment with no comparison
        # named ('scientists used genetic engineering in six patients ... The gene-snipping compound was added in
        # the lab ... Three men received about 2.5 billion modified cells'): the laboratory work is a step of a
        # study in people, an uncontrolled one (corpus rule: design 'other' is for animal- and cell-only studies)
        in_people = _early_phase_single_arm(view, facts.phase, not_own | earlier, people_only=True)
        if in_people is not None:
            facts.design = in_people
    if facts.design is None:
        facts.design = _early_phase_single_arm(view, facts.phase, not_own)
        if facts.design is None:
            facts.design = _followed_cohort(view, not_own)
        if facts.design is None:
            facts.design = _unstated_design(view, not_own, earlier)
        if facts.design is None:
            facts.design = _small_study_of_patients(view, facts.phase, not_own)

    candidates: list[Fact[str]] = []
    for pat, m in matches(view, "names"):
        name = m.group("name").strip()
        if name.upper() in _stopnames() or name.split()[0].upper() in _stopnames():
            continue
        if _NOT_A_NAME.fullmatch(name):
            continue
        if mentions_other_study(view, *view.sentence_of(m.start("name"))):
            continue  # 'also taking part in another study called the Tehran Lipid and Glucose Study': not its own
        if pat.id == "name.known_as" and _TITLE_WORD_NEXT.match(view.text, m.end("name")):
            # 'called the National Lung Screening Trial', 'called the Women's Health Initiative', 'called the Study of
            # the Effectiveness of ...', 'known as the Trial to Assess Chelation Therapy': the first word of a title only
            continue
        if pat.id == "name.titled_study":
            if _in_headline_case(view.text, m.start("name"), m.end("name")):
                continue  # 'Breast Cancer Study Offers New Hope': a headline's capitals, not a name
            if _PUBLISHED_IN.search(view.text, max(0, m.start("name") - 40), m.start("name")):
                continue  # 'The research described in Quick Study comes from ...': a column or journal
            if _CUT_TITLE.search(view.text, max(0, m.start("name") - 40), m.start("name")):
                continue  # 'the Tehran Lipid and Glucose Study': not 'Glucose Study'
            words = name.split()
            while words and words[0] in _generic_title_words():
                words = words[1:]
            if len(words) < 2:
                continue  # 'New Study', 'A Large Trial': a headline's words, not a name
            if (
                any(w.lower() in _DESIGN_TITLE_WORDS for w in words)
                or name.split()[0] in ("A", "An")
                or _INDEFINITE_BEFORE.search(
                    view.text, max(0, m.start("name") - 4), m.start("name")
                )
            ):
                # 'Results of a Phase 2 Randomized Controlled Study', 'a Multi-Center Trial', 'An Open Label
                # Study': a description in title case (a paper's title or a heading), not the study's name
                continue
            name = " ".join(words)
        start = m.start("name") + m.group("name").find(name)
        candidates.append(Fact(name, [(start, start + len(name))], pat.id))
    if candidates:
        counts = Counter(c.value for c in candidates)
        # The most-mentioned name, a mention in the headline or the first sentences counting double;
        # ties go to the earliest.
        for c in candidates:
            if view.sentence_index(c.at()) < 3:
                counts[c.value] += 1
        best_name = max(candidates, key=lambda c: (counts[c.value], -c.at()))
        facts.name = Fact(
            best_name.value,
            [c.spans[0] for c in candidates if c.value == best_name.value],
            best_name.pattern_id,
        )
    return facts
