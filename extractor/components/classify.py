"""Is this article a report of a specific study? And which further studies does it mention?"""

from __future__ import annotations

import re

from extractor import patterns
from extractor.components.facts import EnrollmentFacts, Fact, OtherStudyFacts, StudyFacts
from extractor.components.text import TextView

#: a mention of another study than the article's own; run on the lower-cased text in the patterns' fast form
#: ('one 2015 study', 'In 2008, a survey of ...' as well as 'a 2008 survey') (not 'from/of/in a larger study', 'taking part in another
#: study', 'following up on a 2013 study': the study the article's own participants came from)
_OTHER_STUDY = patterns.split_lead(
    r"\b(?<!\bpart\sin\s)(?<!\bup\son\s)(?:(?:another|an\s+earlier|a\s+previous|a\s+prior|a\s+separate|a\s+similar|a\s+second|an\s+older|a\s+smaller|(?<!\bfrom\s)(?<!\bof\s)(?<!\bin\s)a\s+larger|"
    r"(?:a|one)\s+(?:\d{4}|recent)|last\s+year's)\s+(?:\w+\s+){0,2}?(?:study|trial|analysis)"
    r"|in\s+(?:19|20)\d\d,\s+an?\s+(?:\w+\s+){0,2}?(?:study|trial|analysis|survey))\b"
)


#: a sentence that opens with another study ('A second study, ...', 'In a similar study published in 2004, ...',
#: 'Janssen conducted a separate study ...': the mention starts within this many characters of the sentence)
#: brings in that study: the sentences after it tell of it too ('This trial, the largest of its kind, involved
#: about 1,200 men'), up to ``OTHER_STUDY_RUN`` of them, until one turns back to the article's own study
OTHER_STUDY_OPENS = 30
OTHER_STUDY_RUN = 4
#: words that turn back to the article's own study ('In the current study', 'the new research', 'In our analysis',
#: 'Matthews and her colleagues reviewed'; not 'the study', which after 'A second study ...' is that one: 'The study
#: found that after a year, ...')
_OWN_STUDY_AGAIN = re.compile(
    r"\b(?:the|this|our)\s+(?:new|newest|current|present|latest)\b|\bnew\s+(?:study|trial|research|analysis|findings)\b"
    r"|\bour\s+(?:study|trial|analysis|research|results|findings|data)\b"
    r"|\band\s+(?:her|his|their)\s+colleagues\b"
)


#: a study to come, which the sentences after it do not tell of
_PLANNED = re.compile(
    r"\b(?:will|planned|planning|plans|underway|under\s+way|ongoing|is\s+being|are\s+being|needed)\b"
)


def other_study_sentences(view: TextView) -> set[tuple[int, int]]:
    """The sentences that tell of another study than the article's own: those that mention one ('an earlier
    study', 'a 2015 trial'), and those that follow a sentence opening with one, past the lead (see
    ``OTHER_STUDY_OPENS``). Read once a text: several components ask (enrollment, follow-up, outcomes)."""
    return view.once("other_studies", lambda: _read_other_studies(view))[0]


def other_study_indices(view: TextView) -> frozenset[int]:
    """The indices of ``other_study_sentences`` (what the comparison and early-study tests skip). Read once a text."""
    return view.once(
        "other_study_indices",
        lambda: frozenset(view.sentence_index(s) for s, _ in other_study_sentences(view)),
    )


def other_study_mentions(view: TextView) -> set[tuple[int, int]]:
    """The sentences that mention another study themselves ('A 2007 study of 1,200 back-pain patients'), not
    the ones only after such a sentence."""
    return view.once("other_studies", lambda: _read_other_studies(view))[1]


def _read_other_studies(view: TextView) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """(``other_study_sentences``, ``other_study_mentions``), found."""
    starts = [m.start() for m in patterns.finditer_fast(*_OTHER_STUDY, view.lower)]
    mentioned = {view.sentence_of(at) for at in starts}
    told_of = set(mentioned)
    run_to = -1  # the index of the last sentence of the last run
    for at in starts:
        i = view.sentence_index(at)
        s, _ = view.sentences[i] if view.sentences else (0, 0)
        if i < 2 or i <= run_to or view.in_title(at) or at - s >= OTHER_STUDY_OPENS:
            continue
        if _PLANNED.search(view.lower, s, view.sentences[i][1]):
            continue  # a study to come is named in passing ('A larger trial involving 60 people is being planned.')
        for j in range(i + 1, min(i + 1 + OTHER_STUDY_RUN, len(view.sentences))):
            js, je = view.sentences[j]
            if view.sentences[j] in mentioned:
                break  # the next mention opens (or is) a run of its own
            if _OWN_STUDY_AGAIN.search(view.lower, js, je):
                break
            told_of.add(view.sentences[j])
            run_to = j
    return told_of, mentioned


# A study dated by a past year of publication, presentation or report is an earlier study, whatever the duration or
# the count of people in its sentence (follow_up, enrollment), also a stated follow-up: the article's own study is published 'today', 'this week' or 'in the journal
# ...', hardly ever 'in 2012' (in the real-news trial reports, each of some 120 such dates names an earlier study).
# 'The first of these, published in 2011, followed 34 people for up to six weeks', 'These benefits persisted after 16
# years of follow-up, according to the study, which was published in 2012', 'In 2013, Whitmer presented the results of
# a study of about 15,000 people ...: By the end of the five-year study', 'Then in 2011, researchers running the
# National Lung Screening Trial ... reported', 'this 2013 paper, on 43,727 people followed for a median of 17 years',
# 'In a study in 2001, just 8% ... were alive after two years'. Not the years of the study's own time line ('treated
# between 2004 and 2014 and followed for a median of 1.7 years', 'followed ... for five years after the conclusion
# of the trial in 2009').
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_DATED_STUDY = re.compile(
    r"\b(?:published|presented|reported|appeared)\b[^.;]{0,60}?\bin\s+(?:19|20)\d\d\b|"
    r"\b(?:a|an|one|another|this|that)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:study|studies|trial|paper|analysis|"
    r"report|review|survey)\b|"
    r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|paper|analysis)\s+(?:conducted\s+|done\s+)?in\s+"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# ... also a sentence that opens with the year and says what was published or reported then
_YEAR_LEAD = re.compile(
    r"[\s\"“‘'(]*(?:(?:then|back|and|but|also)\s+)?in\s+(?:19|20)\d\d\s*,[^.;]{0,200}?\b(?:published|presented|"
    r"reported|announced)\b",
    re.IGNORECASE,
)


def year_dated_study(view: TextView, s: int, e: int) -> bool:
    """Whether the sentence ``s:e`` tells of a study dated by a past year (see ``_YEAR_DATED_STUDY``)."""
    return year_dated_mention(view, s, e) is not None


#: the verbs of ``_YEAR_DATED_STUDY``'s first branch: the dated study reported its results then
_REPORTED = frozenset({"published", "presented", "reported", "appeared"})


def year_dated_mention(view: TextView, s: int, e: int) -> tuple[int, bool] | None:
    """Where the sentence ``s:e`` tells of a study dated by a past year (as ``year_dated_study`` reads it), and
    whether it says that study's results were published, presented or reported then ('scientists reported in the
    Annals of Neurology in 2006', 'In 2013, Whitmer presented the results of a study'), not only names it ('a 2015
    trial of an older drug'): (offset, reported), or None."""
    if not _YEAR.search(view.text, s, e):
        return None  # (the cheap test first)
    if _YEAR_LEAD.match(view.text, s, e):
        return s, True
    m = _YEAR_DATED_STUDY.search(view.text, s, e)
    if m is None:
        return None
    return m.start(), m.group(0).split(None, 1)[0].lower() in _REPORTED


#: a fact in a sentence that mentions another study is the article's own, for want of one of its own, only in
#: this many first sentences (the headline and the lead: 'A previous study of 500 women found the same.')
OTHER_STUDY_LEAD = 4


def in_other_study_mention(view: TextView, at: int) -> bool:
    """Whether offset ``at`` is in a sentence past the lead (``OTHER_STUDY_LEAD``) that mentions another study:
    further on, the article has told of its own study before it turns to another ('A 2007 study of 1,200
    back-pain patients ...'), so a count or a duration there is the other study's."""
    if view.sentence_index(at) < OTHER_STUDY_LEAD:
        return False
    return view.sentence_of(at) in other_study_mentions(view)


#: the cue counts of ``StudyFacts.cues`` that are not design labels (the study_words patterns' labels)
_NOT_DESIGN_CUES = (
    "trial",
    "report",
    "other_studies",
    "approval",
    "approval_pooled",
    "one_trial",
    "own",
    "question",
    "guidance",
)


def mentions_other_study(view: TextView, start: int, end: int) -> bool:
    """Whether the stretch ``start:end`` (a sentence) mentions another study than the article's own."""
    return next(patterns.finditer_fast(*_OTHER_STUDY, view.lower, start, end), None) is not None


def body_words(view: TextView) -> int:
    """The words after the headline, counted in the first 1,000 characters (enough to tell a body from none)."""
    return len(view.text[view.title_end : view.title_end + 1000].split())


def trial_score(
    study: StudyFacts,
    enrollment: EnrollmentFacts,
    follow_up: object | None,
    sentences: int | None = None,
    body_words: int | None = None,
) -> dict[str, int]:
    """The evidence, feature by feature, that the article reports one specific study.

    Only cheap features: design cues, study words, report cues (the weighted sentences that say a study was
    published, presented, led, found; see ``design.find_study``), mentions of several or other studies,
    a stated size, follow-up, a name or registry id, a phase, blinding or a placebo, definite references to one
    study all along ('own_study', see ``_keeps_to_one_study``). The classifier runs
    before the detail extractors, which then run only on study reports. ``sentences``, the article's
    length in sentences, marks a short article ('short') and a long one ('long'); ``body_words``, the words
    after its headline, one with no body ('no_body', below ``MIN_BODY_WORDS``).
    """
    design_cues = sum(v for k, v in study.cues.items() if k not in _NOT_DESIGN_CUES)
    return {
        "design": min(design_cues, 4),
        "study_words": study.cues.get("trial", 0),
        "report": study.cues.get("report", 0),
        "other_studies": study.cues.get("other_studies", 0),
        "own_study": _keeps_to_one_study(study.cues.get("own", 0), sentences),
        "size": 2 if enrollment.total is not None else 0,
        "follow_up": 1 if follow_up is not None else 0,
        "name": 1 if (study.name is not None or study.registry_ids) else 0,
        "phase": 1 if study.phase is not None else 0,
        "blinding": 1 if (study.blinding is not None or study.placebo is not None) else 0,
        "approval": study.cues.get("approval", 0),
        "approval_pooled": study.cues.get("approval_pooled", 0),
        "one_trial": study.cues.get("one_trial", 0),
        "question": study.cues.get("question", 0),
        "guidance": study.cues.get("guidance", 0),
        "short": 1 if sentences is not None and 0 < sentences <= SHORT_ARTICLE else 0,
        "long": 1 if sentences is not None and sentences >= LONG_ARTICLE else 0,
        "no_body": 1 if body_words is not None and body_words < MIN_BODY_WORDS else 0,
    }


#: sentences with a definite reference to one study ('the study', 'the researchers', 'this trial', 'our findings')
#: at which an article keeps coming back to one study, when at least one in ``OWN_STUDY_EVERY`` sentences holds one
OWN_STUDY_SENTENCES = 2
OWN_STUDY_EVERY = 12


def _keeps_to_one_study(own: int, sentences: int | None) -> int:
    """1 when the article keeps coming back to one study (``OWN_STUDY_SENTENCES``, one in ``OWN_STUDY_EVERY``
    sentences or more): a report of one study refers to it as 'the study', 'the researchers', 'the trial' all
    along; a feature citing studies speaks of 'a study', 'studies', 'research', and a long story that names one
    study now and then does so too seldom."""
    if own < OWN_STUDY_SENTENCES:
        return 0
    return int(sentences is None or own * OWN_STUDY_EVERY >= sentences)


def own_study_need(sentences: int) -> int:
    """How many such sentences an article of ``sentences`` sentences needs (``_keeps_to_one_study`` is 1 from
    there on): counting can stop when it gets there."""
    return max(OWN_STUDY_SENTENCES, -(-sentences // OWN_STUDY_EVERY))


#: an article of at most this many sentences is short: too short to pile up study words. Everything below a long
#: article (``LONG_ARTICLE``): a press release or a wire story of 21-29 sentences tells of its study in
#: 'research', 'paper', 'findings', 'the team' and names 'the study' or 'researchers' two or three times, as a
#: brief does
SHORT_ARTICLE = 29
#: study words at which a short article about one study (no other studies, no approval) earns the first words
#: point
SHORT_WORDS = 2
#: an article of at least this many sentences is long: a report of one study says so in its first sentences
LONG_ARTICLE = 30
#: report-cue weights at which the report language earns a first, second and third point
REPORT_STEPS = (2, 3, 6)
#: an article with fewer words than this after its headline has no body (a page of a headline and a site's
#: tagline, 'Sleep Fights Colds, Study Finds / Know Your Value'): it states no study's facts, whatever the
#: headline says; the shortest real brief is a sentence of some 20 words
MIN_BODY_WORDS = 10
#: mentions of several or other studies at which an article with no report cue is a feature citing
#: studies, not a report of one
OTHER_STUDIES_FEATURE = 2


def is_trial_report(score: dict[str, int]) -> bool:
    """A study report names a design, states study facts or reports a study's publication and results, and
    talks about a study more than in passing.

    Report language ('published in the journal', 'lead author', 'researchers found') counts beside the
    design and the concrete facts, so that a report does not hang on one extracted size or follow-up; and
    an article that cites several studies ('one study', 'another trial', 'studies have shown') without any
    report cue is a feature, whatever figures it quotes. A short article (a brief or a wire item of a few
    sentences) cannot pile up study words however much it is about one study, so in it report language in
    a lead sentence earns the point the study words would (in more than one, or in the headline, when its
    lead announces a regulator's approval: product news quotes a trial's figures too), and, when it mentions
    no other study, two study words earn it what four earn a longer one; one report sentence past its lead
    earns it the lead's point when a design, a study fact or 'the study' corroborates it
    (``_brief_with_a_later_report_sentence``). A long article
    with no report language in its first sentences is a feature (a patient's story, a product, a field),
    whatever study words and figures it gathers along the way, unless it names a trial and its phase (an
    announced trial, which has no results to report), or keeps coming back to one study ('the study', 'the
    researchers', 'the trial' in one sentence in twelve or more: ``own_study``), which also earns a point:
    a report whose publication and results are told in words the report cues miss. A long article that
    mentions other studies, states no study fact and has report language only in one sentence past its lead
    is a feature too (``_cites_studies_past_the_lead``).
    """
    if ruled_out(score):
        return False
    concrete = (
        score["size"] + score["follow_up"] + score["name"] + score["phase"] + score["blinding"]
    )
    words = score["study_words"]
    report = score.get("report", 0)
    report_points = sum(report >= step for step in REPORT_STEPS)
    one_trial = _one_trial(score)
    if (
        _cites_studies_past_the_lead(score, concrete)
        or _asks_about_a_treatment(score, concrete)
        or _announces_guidance(score)
    ):
        return False
    if words < 2 and concrete < 2 and report_points == 0 and not one_trial:
        return False
    # a brief earns the point with one lead sentence of report language; one that announces a regulator's
    # approval (product news that may quote a trial) needs two
    brief_report = bool(
        score.get("short", 0)
        and report >= (REPORT_STEPS[1] if score.get("approval", 0) else REPORT_STEPS[0])
    ) or _brief_with_a_later_report_sentence(score, concrete)
    # ... and that point tells, as report points do, that it talks about a study more than in passing (a brief
    # whose one report sentence stands past its lead and that keeps to 'the study', 'the researchers')
    if (
        score["design"] == 0
        and concrete == 0
        and report_points == 0
        and not brief_report
        and words < 6
        and not one_trial
    ):
        return False
    # a regulator's approval with one specific trial's own figures (no pooled trials, no other studies): the
    # product story reports that trial (corpus rule), as a stated size would say
    points = (
        score["design"]
        + concrete
        + report_points
        + score.get("own_study", 0)
        + ONE_TRIAL_POINTS * one_trial
    )
    points += brief_report
    # a brief about one study earns the first words point with fewer study words (it has no room to pile them
    # up); not one that mentions other or several studies, nor one whose lead announces a regulator's approval
    brief_on_one = score.get("short", 0) and not (
        score.get("approval", 0) or score.get("other_studies", 0)
    )
    first = SHORT_WORDS if brief_on_one else 4
    return points + (words >= first) + (words >= 8) + (words >= 12) >= 3


def _cites_studies_past_the_lead(score: dict[str, int], concrete: int) -> bool:
    """A long article with no report language in its lead and one sentence of it at most further on
    (``report`` below ``REPORT_STEPS[0]``), that mentions other or several studies and states no study fact of
    its own (no size, follow-up, name, phase, blinding), and does not keep coming back to one study: a feature
    or an explainer citing studies ('Studies have found that runners have significantly higher injury rates
    ...', 'One analysis of 19 studies of older adults found ...'), not the report of one (corpus rule: features
    citing studies without one specific study's figures are not reports)."""
    return bool(
        score.get("long", 0)
        and score.get("report", 0) < REPORT_STEPS[0]
        and score.get("other_studies", 0)
        and concrete == 0
        and not score.get("own_study", 0)
        and not _one_trial(score)
    )


#: report-cue weight up to which a long article under a question headline reads as an explainer: the cues of one
#: lead sentence (``_asks_about_a_treatment``)
QUESTION_REPORT = 4


def _asks_about_a_treatment(score: dict[str, int], concrete: int) -> bool:
    """A long article under a question headline ('Can Personal Air Purifiers Keep Cold and Flu Bugs Away?', 'Should
    pregnant women be induced at 39 weeks?') that states no study fact of its own (no size, follow-up, name, phase,
    blinding), does not keep coming back to one study and has report language in one lead sentence at most
    (``QUESTION_REPORT``): an explainer or a consumer column weighing the evidence for a treatment, which cites a
    study or two on the way ('In a study, published in the journal Indoor Air in 2005, a prototype ... was tested'),
    not the report of one (corpus rule: features citing studies are not reports). A report under a question
    headline ('Does Putting On A Few Pounds Help You Cheat Death?') states its study's size or keeps to 'the
    study', 'the researchers'."""
    return bool(
        score.get("question", 0)
        and score.get("long", 0)
        and score.get("report", 0) <= QUESTION_REPORT
        and concrete == 0
        and not score.get("own_study", 0)
        and not _one_trial(score)
    )


def _announces_guidance(score: dict[str, int]) -> bool:
    """An article whose headline or lead announces a medical body's guidance ('Experts Issue New Guidelines on
    Breast Cancer Drugs', 'according to new guidelines issued by the American Heart Association', 'has released a
    new scientific statement'), that states no study's size and does not keep coming back to one study: news of
    advice, which cites the evidence behind it ('After a systematic review of medical research ...') and quotes
    the guideline's 'lead author', not the report of one study (corpus rule: policy and advice are no reports).
    A report whose study bears on guidance states its size or keeps to 'the study'."""
    return bool(
        score.get("guidance", 0)
        and not score["size"]
        and not score.get("own_study", 0)
        and not _one_trial(score)
    )


def _brief_with_a_later_report_sentence(score: dict[str, int], concrete: int) -> bool:
    """A brief (``short``, no regulator's approval in its lead) whose report language stands in one sentence past
    its lead ('The findings were published online Feb. 9 in the journal Scientific Reports.' after a lead of 'En
    Español', a dateline and the result), and that names a design, states a study fact or refers to its study as
    'the study' more than once: it earns the point a lead report sentence earns. Without such a corroborating
    fact a later report sentence is a passing mention ('McGeer's most recent discoveries were published Friday
    in the ... Journal of Alzheimer's Disease' in a release about a researcher's work)."""
    return bool(
        score.get("short", 0)
        and not score.get("approval", 0)
        and 0 < score.get("report", 0) < REPORT_STEPS[0]
        and (score["design"] or concrete or score.get("own_study", 0))
    )


#: the points that one specific trial's own figures earn a product story whose lead announces a regulator's
#: approval (``one_trial``): as many as a stated size
ONE_TRIAL_POINTS = 2


def _one_trial(score: dict[str, int]) -> bool:
    """A regulator's approval in the lead, no pooled trials and no other studies, and one specific trial stated
    with its own figures ('In a 12-month clinical trial considered by the FDA, 38.3% of subjects ...')."""
    return bool(
        score.get("one_trial", 0)
        and score.get("approval", 0)
        and not score.get("approval_pooled", 0)
        and not score.get("other_studies", 0)
    )


def ruled_out(score: dict[str, int]) -> bool:
    """The rules of ``is_trial_report`` that read no stated size or follow-up, only the design facts
    (``trial_score``'s study features and the article's length): an article they rule out is no study
    report whatever figures it states, so ``trial_screen`` can tell before sizes and follow-up are sought.

    No report language and mentions of several or other studies: a feature citing studies. No report
    language in a long article that does not name a trial and its phase: a feature. Neither when the
    article keeps coming back to one study (``own_study``: 'the study', 'the researchers' all along). A regulator's approval
    with the efficacy of several trials at once and no study's publication: product news (corpus rule:
    pooled 'clinical studies' without one specific study). A page with no body after its headline
    (``no_body``): nothing but a headline, no study's facts."""
    if score.get("no_body", 0):
        return True
    report = score.get("report", 0)
    own = score.get("own_study", 0)
    if report == 0 and score.get("other_studies", 0) >= OTHER_STUDIES_FEATURE and not own:
        return True
    if (
        report == 0
        and score.get("long", 0)
        and not (score["name"] and score["phase"])
        and not own
        and not _one_trial(score)
    ):
        return True
    return bool(score.get("approval_pooled", 0)) and report < REPORT_STEPS[0]


def find_other_studies(view: TextView, enrollment: EnrollmentFacts) -> list[OtherStudyFacts]:
    out: list[OtherStudyFacts] = []
    for m in patterns.finditer_fast(*_OTHER_STUDY, view.lower):
        s, e = view.sentence_of(m.start())
        n = next((f for f in enrollment.other_counts if s <= f.at() < e), None)
        out.append(OtherStudyFacts(n=Fact(n.value, list(n.spans), n.pattern_id) if n else None))
    return out
