"""Conclusions (the investigators' own words, and the authors' reported conclusions) and the finding."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractor.components.classify import other_study_indices, other_study_sentences
from extractor.components.design import (
    EARLY_STUDY_WORDS,
    FUTURE_WORDS,
    early_study_words,
    in_sentence_with,
    names_comparison,
)
from extractor.components.facts import ConclusionFacts, Fact, InvestigatorFacts, OutcomeFacts
from extractor.components.text import TextView, matches, search_in
from extractor.patterns import scan

_AUTHOR_CUE = re.compile(
    r"\b(?:author|investigator|researcher|led\s+the|principal|co-?author|study\s+leader)\b",
    re.IGNORECASE,
)


def _speaker(view: TextView, end: int) -> tuple[str, tuple[int, int]] | None:
    after = view.text[end : end + 160]
    from extractor import patterns

    for pat in patterns.load("speakers", "speaker_after"):
        m = pat.regex.search(after)
        if m:
            for g in ("name", "name2", "pronoun"):
                if m.group(g):
                    return m.group(g), (end + m.start(g), end + m.end(g))
    return None


def _resolve(name: str, investigators: list[InvestigatorFacts]) -> InvestigatorFacts | None:
    surname = name.replace("Dr. ", "").split()[-1]
    for inv in investigators:
        if inv.name.value.split()[-1] == surname:
            return inv
    return None


def find_conclusions(
    view: TextView, investigators: list[InvestigatorFacts]
) -> list[ConclusionFacts]:
    out: list[ConclusionFacts] = []
    last: tuple[str, tuple[int, int], int] | None = (
        None  # speaker, span, paragraph end of the attribution
    )
    quotes = sorted(matches(view, "conclusions", "quote"), key=lambda pm: pm[1].start())
    for _pat, m in quotes:
        found = _speaker(view, m.end())
        speaker: tuple[str, tuple[int, int]] | None = None
        if found and found[0].lower() not in ("he", "she", "they"):
            speaker = found
        elif found and last is not None:
            speaker = (last[0], last[1])
        elif not found and last is not None and m.start() - last[2] < 80:
            # a second quote straight after an attributed one, by the same speaker
            speaker = (last[0], last[1])
        if speaker is None:
            continue
        inv = _resolve(speaker[0], investigators)
        context = view.text[max(0, m.start() - 200) : m.end() + 200]
        if inv is None and not _AUTHOR_CUE.search(context):
            continue
        name = inv.name.value if inv is not None else speaker[0]
        quote = m.group("quote")
        # (a space before the comma goes too: '... in Canada ,' is quoted '... in Canada')
        trimmed = quote.strip().rstrip(",").rstrip()
        q_start = m.start("quote") + quote.find(trimmed)
        out.append(
            ConclusionFacts(
                text=Fact(trimmed, [(q_start, q_start + len(trimmed))], "quote"),
                speaker=Fact(name, [speaker[1]], "speaker"),
            )
        )
        para_end = view.text.find("\n", m.end())
        last = (speaker[0], speaker[1], len(view.text) if para_end < 0 else para_end)
    for pat, m in matches(view, "conclusions", "authors_conclude"):
        s, e = view.sentence_of(m.start())
        sentence = view.text[s:e].strip()
        start = s + view.text[s:e].find(sentence)
        subject = m.group(0).split(" concluded")[0]
        out.append(
            ConclusionFacts(
                text=Fact(sentence, [(start, start + len(sentence))], pat.id),
                speaker=Fact(
                    _subject(subject), [(m.start(), m.start() + len(_subject(subject)))], pat.id
                ),
            )
        )
    out.sort(key=lambda c: c.text.at())
    return out


def _subject(words: str) -> str:
    m = re.match(
        r"(?:the\s+)?(?:study\s+)?(?:authors|researchers|investigators)", words, re.IGNORECASE
    )
    return m.group(0) if m else words


#: designs with a comparison of their own, which a sentence saying 'no control group' undoes only when it speaks of
#: the study as a whole ('While the study was small and lacked a control group, ...', 'It didn't include a
#: comparison group': the design was read from words about another trial), not of a later part of it (``_LATER_PART``)
#: nor of a placebo only (two active treatments compared: 'there was no placebo group')
_COMPARING_DESIGNS = ("rct", "nonrandomized_trial", "meta_analysis")
#: words of a sentence about a part of a study without its control group: a randomized trial's open extension
#: ('after the placebo-control phase of the study, all of the participants received treatment, so there was no
#: untreated control group after that point')
_LATER_PART = re.compile(r"\b(?:after|phase|extension|open[- ]label|follow-?up)\b")
#: words of a sentence about a future study, whose lack of a control group is not this study's
_FUTURE_STUDY = re.compile(r"\b(?:will|planned|plans?\s+to|upcoming|future|next\s+step)\b")


def said_uncontrolled(view: TextView, design: str | None) -> bool:
    """Whether the text says the study compared its treated people with no one ('The preliminary study did not
    include a control arm', 'lacked a comparison or control arm', 'a single-arm trial'; study_words.jsonl's
    'no_control'), in a sentence not about a future or another study; for a design with a comparison of its own,
    only of the study as a whole and not of a placebo alone (see ``_COMPARING_DESIGNS``)."""
    comparing = design in _COMPARING_DESIGNS
    for _pat, m in search_in(view, "study_words", 0, len(view.text), "no_control"):
        sentence = view.sentence_of(m.start())
        if sentence in other_study_sentences(view) or _FUTURE_STUDY.search(view.lower, *sentence):
            continue
        if comparing and ("placebo" in m.group(0) or _LATER_PART.search(view.lower, *sentence)):
            continue
        return True
    return False


#: designs that leave open whether the study compared anything: an early or uncontrolled study with no comparison
#: named is then read as comparing nothing (``compares_nothing``)
_OPEN_DESIGNS = (None, "other")
#: words of an early study besides design.py's: 'a preliminary study of 26 patients' (not 'a small study', which as
#: often compares unnamed groups: 'burned more calories eating a low-carb diet than ... a low-fat diet')
_PRELIMINARY = ("preliminary study", "preliminary trial")


#: the result told as one group's share, with no other group's beside it ('An 18-week clinical study of CoolSculpting
#: ... found that 77 percent of patients showed improved appearance'): read only where the text names no comparison
_ONE_GROUP_SHARE = re.compile(
    r"found\s+that\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?\d+(?:\.\d+)?\s*(?:%|percent)\s+of\s+"
    r"(?:the\s+|all\s+)?(?:patients|participants|people|subjects|volunteers|women|men|children|adults)\s+"
    r"(?:showed|reported|had|experienced|saw|achieved|were|improved)\b"
)


def _one_group_shares(text: str) -> Iterator[int]:
    """Where ``_ONE_GROUP_SHARE`` matches in the lower-cased ``text``: at each 'found that' (a plain look-up)."""
    at = text.find("found that")
    while at >= 0:
        if _ONE_GROUP_SHARE.match(text, at):
            yield at
        at = text.find("found that", at + 10)


def compares_nothing(view: TextView, share_only: bool = False) -> bool:
    """Whether the text tells of an early or uncontrolled study ('a new pilot study', 'a preliminary study',
    'all 12 patients received', 'a case series'; design.py's early-study words and uncontrolled.jsonl) and names
    no comparison of its own (design.py's comparison words: a placebo, a control group, 'compared with'), both
    outside sentences about other or future studies. The design finder calls such a study single-arm only when it
    finds who got the treatment (a count of people); with or without a count there is nothing to compare, so no
    finding (corpus rule: null when the article reports no comparison). ``share_only``: only the result told as one
    group's share (``_ONE_GROUP_SHARE``), for an observational study (a database's 364 men who had the surgery,
    '88.6 percent of men were still alive 10 years later'), whose other words do not tell it compared nothing.
    Plain substring look-ups and one indexed pattern set."""
    shares = list(_one_group_shares(view.lower))
    if share_only and not shares:
        return False  # (the cheap test first: most observational studies tell no share this way)
    other = other_study_indices(view)
    if names_comparison(view, other):
        return False

    def own(at: int) -> bool:
        return view.sentence_index(at) not in other and not in_sentence_with(view, at, FUTURE_WORDS)

    if not share_only and (
        any(own(at) for at, _ in early_study_words(view.lower, (*EARLY_STUDY_WORDS, *_PRELIMINARY)))
        or any(own(m.start()) for _pat, m in matches(view, "uncontrolled"))
    ):
        return True
    return any(own(at) for at in shares)


#: the largest study whose lack of any named comparison tells it compared nothing (``small_and_uncompared``)
SMALL_STUDY_MAX = 60
#: designs of which a small study may have compared nothing: not stated, or observational (a case series)
_SMALL_OPEN_DESIGNS = (None, "observational")
#: a comparison told without design.py's words: another group or condition ('while the other half continued to live
#: their lives normally', 'those who got the other treatment'), or the same people under another ('burned more
#: calories eating a low-carb diet than they did eating a low-fat diet', 'than they had the other night')
_OTHER_CONDITION = re.compile(
    r"\bthe\s+other\s+(?:half|group|groups|arm|treatment|night|diet)\b|\bthan\s+(?:they|those|when)\s+(?:did|had|were|got|who)\b"
)


def small_and_uncompared(
    view: TextView, outcomes: list[OutcomeFacts], design: str | None, total: int | None
) -> bool:
    """Whether a small study (``total`` at most SMALL_STUDY_MAX people) of no stated design, or observational, told
    with no comparative effect (no outcome's effect) names no comparison of its own (design.py's comparison words:
    a placebo, a control group, 'compared with'; nor another group or condition, ``_OTHER_CONDITION``): a few treated patients ('The study evaluated 25 patients with
    pleural mesothelioma', 'recruited nine participants') with nothing to compare, so no finding (corpus rule: null
    when the article reports no comparison)."""
    if design not in _SMALL_OPEN_DESIGNS or total is None or total > SMALL_STUDY_MAX:
        return False
    if any(o.effect is not None for o in outcomes):
        return False
    found = [m.start() for m in _OTHER_CONDITION.finditer(view.lower)]
    other = other_study_indices(view)
    if any(view.sentence_index(at) not in other for at in found):
        return False
    return not names_comparison(view, other)


#: the order in which a headline's framing words are read: an absence or a harm before a benefit
_HEADLINE_ORDER = ("no_difference", "harm", "benefit")


def headline_framing(view: TextView) -> Fact[str] | None:
    """The headline's framing in words (``headline.jsonl``) that the direction patterns do not read because in the
    body they are as often a treatment's purpose or a disease's background ('Pill Treats Painful Fibroids',
    'Microwave Technique Fights Lung Tumors', 'Study: Poor Results From Lap-Band Surgery'): no difference before
    harm before benefit, the first of a kind; None without a headline or such words."""
    if view.title_end <= 0:
        return None
    found: dict[str, Fact[str]] = {}
    for pat, m in search_in(view, "headline", 0, view.title_end):
        if pat.label not in found or m.start() < found[pat.label].at():
            found[pat.label] = Fact(pat.label, [m.span()], pat.id)
    return next((found[k] for k in _HEADLINE_ORDER if k in found), None)


#: a headline about a diagnostic test or scan and what it tells ('New Blood Test May Rule Out Heart Attacks More
#: Quickly', 'Spit Test May Reveal The Severity Of A Child's Concussion', 'MRI Images May Pinpoint Time of Stroke');
#: not a trial called a test ('In Test of Stents, Old Standby Wins Out', 'Study puts Weight Watchers to the test'),
#: nor a biomarker a treatment improves, nor a screening or a prediction: screening schedules are compared ('New U.S.
#: analysis backs annual breast screening'), and a prognostic marker's harm is a finding ('DNA markers may predict
#: impotence after prostate cancer')
_TEST_HEADLINE = re.compile(
    r"\b(?:(?<!to\sthe\s)tests?(?!\s+of\b)|testing|scans?|detects?|detecting|detection"
    r"|diagnos(?:e|es|ed|ing|is|tic)|imaging|mri|eeg|accura(?:te|cy)|pinpoints?|spots?)\b"
)


def about_a_test(view: TextView) -> bool:
    """Whether the headline is about a diagnostic test or scan. Such a story's result is the test's accuracy,
    which compares nothing; when neither its headline nor its lead tells a result, the direction words of its later
    sentences are the test's purpose or the disease's background ('can lead to prolonged bouts with headaches',
    'Blood tests and an electrocardiogram can help confirm that heart failure exists'), not a finding."""
    return view.title_end > 0 and _TEST_HEADLINE.search(view.lower, 0, view.title_end) is not None


#: the weak benefit words: as often a test's purpose ('can help doctors deduce', 'could help physicians decide')
#: or a person's part ('who helped lead the study', 'who could benefit from') as a result
_WEAK_WORDS = frozenset({"help", "helps", "helped", "benefit", "benefits"})


def _weak_words(view: TextView, found: Fact[str]) -> bool:
    start, end = found.spans[0]
    return view.lower[start:end] in _WEAK_WORDS


#: a modal a few words before a test story's direction words: what the test could do, not a result ('It could
#: reduce the number of invasive procedures', 'The approach may offer an improved way to detect early recurrence',
#: 'This new rapid diagnostic test could cut back on the lengthy process')
_MODAL_BEFORE = re.compile(r"\b(?:could|may|might|would)\s+(?:[\w'’-]+\s+){0,3}$")


def _what_it_could_do(view: TextView, found: Fact[str]) -> bool:
    if found.value != "benefit":
        return False  # ('may be nearly as effective as surgical biopsy': a comparison, whatever the modal)
    start = found.spans[0][0]
    s, _ = view.sentence_of(start)
    return _MODAL_BEFORE.search(view.lower, max(s, start - 60), start) is not None


def in_question(view: TextView, found: Fact[str]) -> bool:
    """Whether ``found`` (read in the headline) is asked, not told: a question mark follows its words before the
    headline's next full stop ('Is a 3-D Mammogram Better at Avoiding False Positives?', 'Can an iPad Help You See?';
    not 'Sperm problems? Smartphone device could screen for infertility')."""
    end = found.spans[-1][1]
    if end > view.title_end:
        return False
    rest = view.text[end : view.title_end]
    mark = rest.find("?")
    return mark >= 0 and not any(stop in rest[:mark] for stop in ".!")


def title_finding(view: TextView, read: Fact[str] | None) -> Fact[str] | None:
    """The headline's finding, from its direction words (``read``) or else its framing (``headline_framing``); a
    framing of no difference or harm that comes before the benefit words read wins over them, the benefit being
    what it questions ('Review raises questions over benefits of cutting salt', 'Study questions benefit of
    mammograms in women over 50')."""
    if read is None:
        return headline_framing(view)
    if read.value != "benefit":
        return read
    framing = headline_framing(view)
    if framing is not None and framing.value != "benefit" and framing.at() < read.at():
        return framing
    return read


#: a sentence that tells the trial's result past the lead: 'In the trial, patients who received Rydapt in combination
#: with chemotherapy lived longer than patients who received chemotherapy alone', 'Overall, participants who received
#: Dupixent achieved greater response' (the regulator's release tells the trials' results after the approval)
_TRIAL_RESULT = re.compile(
    r"(?<!participating\s)\bin\s+the\s+(?:trials?|study)\s*,|\b(?:patients|participants|people|subjects)\s+who\s+"
    r"(?:received|took|got|were\s+given|were\s+treated\s+with)\b"
)


def _trial_result(view: TextView) -> Fact[str] | None:
    """The direction words of the first sentence past the lead that tells the trial's result (``_TRIAL_RESULT``),
    unless it is about another study: the finding of a text whose headline, lead and outcomes tell none. One
    sentence only: the later ones are as often background or side results."""
    from extractor.components.outcomes import Directions

    body = [st for st in view.sentences if st[0] >= view.title_end][5:]
    if not body:
        return None
    m = scan.search(_TRIAL_RESULT, view.lower, body[0][0])
    if m is None:
        return None
    sentence = view.sentence_of(m.start())
    if sentence in other_study_sentences(view):
        return None
    return Directions.of(view).between(*sentence)


#: words that tell a sentence reports what the study found ('We found that the presence of calcifications increased
#: the likelihood of having cardiovascular disease')
_FOUND = re.compile(r"\b(?:found|finds|discovered|showed|shows|revealed)\b")


def _marker_harm(view: TextView, pool: list[OutcomeFacts]) -> Fact[str] | None:
    """A test story's finding from its outcomes: only the first harm told as what the study found (a marker the
    test reads doing worse: 'We found that the presence of calcifications increased the likelihood of having
    cardiovascular disease'; corpus rule: an exposure or marker doing worse is harm); its benefit words are as
    often the test's purpose ('can help doctors deduce'), so none of them."""
    for o in sorted(pool, key=lambda o: o.direction.at() if o.direction else 0):
        d = o.direction
        if (
            d is not None
            and d.value == "harm"
            and _FOUND.search(view.lower, *view.sentence_of(d.at()))
        ):
            return d
    return None


def find_finding(
    view: TextView,
    outcomes: list[OutcomeFacts],
    title: Fact[str] | None,
    lead: Fact[str] | None = None,
    design: str | None = None,
    total: int | None = None,
) -> Fact[str] | None:
    """The main comparison as reported: the headline's framing, else the primary outcome's, else the direction
    words of the article's first sentences (``lead``), else the first outcome's with direction words (an outcome
    named early is as often background: 'people with psoriasis have a higher risk of heart attacks'). A
    single-arm trial compares nothing: none; nor does a study the text says had no control group, nor an early or
    uncontrolled study of no stated design that names no comparison (``compares_nothing``), nor an observational
    study whose result is one group's share and that names no comparison. A diagnostic test's
    story (``about_a_test``) whose headline reads nothing has no finding from its lead's weak words ('can help doctors
    deduce') nor from benefit words after a modal ('It could reduce the number of invasive procedures'), and from its
    outcomes only a harm told as what the study found (``_marker_harm``). When the
    headline, the lead and the outcomes tell nothing, the first later sentence that tells the trial's result
    (``_trial_result``: 'In the trial, patients who received Rydapt ... lived longer than ...') does."""
    if design == "single_arm" or said_uncontrolled(view, design):
        return None
    if design in _OPEN_DESIGNS and compares_nothing(view):
        return None
    if design == "observational" and compares_nothing(view, share_only=True):
        return None
    if small_and_uncompared(view, outcomes, design, total):
        return None
    if (
        title is None
        and lead is not None
        and about_a_test(view)
        and (_weak_words(view, lead) or _what_it_could_do(view, lead))
    ):
        lead = None
    asked = title is not None and in_question(view, title)
    if title is not None and not asked:
        return title
    primary = [o for o in outcomes if o.role == "primary" and o.direction is not None]
    if not primary and lead is not None:
        return lead
    pool = primary or [o for o in outcomes if o.direction is not None]
    if not pool:
        return lead or title or (None if about_a_test(view) else _trial_result(view))
    if title is None and about_a_test(view):
        return _marker_harm(view, pool)
    pool.sort(key=lambda o: o.direction.at() if o.direction else 0)
    first = pool[0].direction
    return first
