"""Outcomes, effect sizes, p-values and per-outcome direction."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from extractor import patterns
from extractor.components.classify import (
    OTHER_STUDY_RUN,
    mentions_other_study,
    other_study_mentions,
    other_study_sentences,
    year_dated_mention,
)
from extractor.components.facts import ArmFacts, ArmResultFacts, EffectFacts, Fact, OutcomeFacts
from extractor.components.numbers import to_int, to_number
from extractor.components.text import TextMatch, TextView, clean_phrase, matches, search_spans
from extractor.patterns import scan

_RATIO_TYPES = {
    "hazard ratio": "HR",
    "hr": "HR",
    "ahr": "HR",
    "relative risk": "RR",
    "risk ratio": "RR",
    "rr": "RR",
    "rate ratio": "RR",
    "irr": "RR",
    "odds ratio": "OR",
    "or": "OR",
    "aor": "OR",
}
_DIRECTION_ORDER = ("no_difference", "harm", "benefit")
#: the order for a headline, whose framing may be a mixed result ('Good news, bad news for ...'); in the body,
#: 'mixed results' is as often earlier research's
MIXED_FIRST = ("mixed", *_DIRECTION_ORDER)
#: effect kinds whose lists continue without repeating the verb ('by 86%, nonvertebral fractures by 43%')
_LISTED = ("RRR", "pct_change", "ARR", "other", "difference")
#: words naming the comparison group, whose own change an effect carried from the sentence before is not
#: ('In the placebo group, the decrease was 10 percent')
_CARRIED_OTHER_GROUP = re.compile(
    r"\b(?:placebo|control|sham|usual\s+care|dummy|did\s+not|didn['’]t|not\s+taking|without\s+the)\b",
    re.IGNORECASE,
)
#: what comes before the second number of a range: '12 to ', '5% to ', '12%-', '0.8 percent – '
_RANGE_BEFORE = re.compile(r"\d\s*(?:%|percent|per\s+cent)?\s*(?:to|-|–|—)\s*$", re.IGNORECASE)
#: what comes after the first number of a range: ' to 30%', '% - 23%', ' percent to 15 percent'
_RANGE_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*(?:to|-|–|—)\s*\d", re.IGNORECASE)
#: a change within one group after the value: '... by 39 percent from a median of nearly 12 seizures per month
#: before the study to about six' (a before/after change, no comparison of groups)
_FROM_TO_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent)?[^.;]{0,60}?\bfrom\s+(?:an?\s+(?:median|mean|average)\s+of\s+)?"
    r"(?:about\s+|nearly\s+|around\s+|roughly\s+|some\s+)?\d[^.;]{0,80}?\bto\s+(?:about\s+|nearly\s+|around\s+)?"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)",
    re.IGNORECASE,
)
_GROUP_WORDS = re.compile(
    r"placebo|control|group|\barms?\b|those\s+(?:who|on|taking|given)|usual\s+care", re.I
)
#: an approximation right before a value ('by almost 60 percent'): a rounding of a value stated elsewhere
_APPROX_BEFORE = re.compile(
    r"\b(?:about|nearly|almost|roughly|approximately|around|some|more\s+than|an\s+estimated)\s+$",
    re.IGNORECASE,
)
#: earlier research in general, in an effect's own sentence ('Previous studies have shown that metformin
#: alone reduces the risk ... by about 30%')
_OTHER_RESEARCH = re.compile(
    r"\b(?<!as\s)(?:previous|earlier|prior|past|other|older)\s+(?:\w+\s+)?(?:studies|research|trials|analyses)\b"
    r"|\b(?<!other\s)studies\s+have\s+(?:shown|found|suggested|linked)\b"
    # research in general stated in the present tense ('Studies show dieters who keep a record of their intake lose
    # twice as much weight'); not 'the studies show', 'both studies show' (the article's own)
    r"|(?<!the\s)(?<!these\s)(?<!both\s)(?<!two\s)(?<!our\s)\b[Ss]tudies\s+(?:show|suggest|find)\b"
    # a trial said to have published its results in a year ('The Breast Cancer Prevention Trial published results in
    # 1998 indicating that women who took ... were half as likely'): an earlier one
    r"|\b(?:study|trial)\s+published\s+(?:its\s+|their\s+)?(?:results|findings)\s+in\s+(?:19|20)\d\d\b"
    # a study dated by its year after the word and named with an indefinite article ('A pilot study in 2013,
    # published in ...', 'one study published in 2012 found'): an earlier one
    r"|\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|analysis)\s+"
    r"(?:(?:conducted|done|published|reported|presented|released)\s+)?(?:in|from)\s+(?:19|20)\d\d\b"
    # ... or by its year before the word, a review or a meta-analysis too ('A 2008 meta-analysis found that placebos
    # ... improved symptoms by an average of 16%'; classify's other-study mentions read 'a 2008 study' but not the
    # hyphened word)
    r"|\b(?:a|an|one|another)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:meta-?analys[ie]s|(?:systematic\s+)?review)\b"
    # one study of several told in turn ('In one study, researchers found that people who have long telomeres ...
    # have a 30 percent increased risk'): the article's own is 'the study'
    r"|\bin\s+(?:one|another)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|analysis)\s*,"
    # results set beside another study's ('The high efficacy is in line with the results of the ZOE-50 trial, ...
    # showing a 97% efficacy', 'That's consistent with the findings of the National Lung Screening Trial ..., showing
    # that 20 percent fewer ...', 'in keeping with those of a much larger study published last month'): that study's
    r"|\b(?:in\s+(?:line|keeping)|consistent|similar|comparable)\s+(?:with|to)\s+(?:the\s+(?:results|findings)|those|"
    r"results|findings)\s+(?:of|from|in)\s+(?:a|an|the|other|previous|earlier)\b"
    # research in general, or separate research, said to have shown a result ('Separate research has shown that
    # patients on the other three medications are 40% more likely to harm themselves'); not the study's own ('the
    # research has shown', 'our research has found')
    r"|(?<!the\s)(?<!this\s)(?<!our\s)(?<!their\s)(?<!his\s)(?<!her\s)(?<!new\s)(?<!current\s)\b(?:separate\s+)?"
    r"research\s+(?:has|had)\s+(?:shown|found|suggested|linked)\b"
    r"|\bseparate\s+(?:studies|trials|analyses)\s+(?:have|had)\s+(?:shown|found|suggested|linked)\b",
    re.IGNORECASE,
)
#: ``_OTHER_RESEARCH`` for the lower-cased text (no IGNORECASE) and its leading assertion
_OTHER_RESEARCH_FAST = patterns.split_lead(_OTHER_RESEARCH.pattern, False)
#: words of a sentence about background, not the study's result: a figure established before it ('has been shown
#: to reduce the risk of death by 30 percent', 'has been linked to a five-fold increase in the risk of lethal
#: strokes'), a trend over the years ('dropped by 70 percent between 1955 and 1992', 'has dropped by more than 50%
#: in recent years', 'since the advent of PSA screening'), an expectation
#: or a goal ('Investors had been expecting a 5 percentage point improvement', 'the WHO's goal of reducing TB
#: deaths by 95 percent by 2035'); not a treatment's target, a number or a bound after 'goal of' ('a systolic blood
#: pressure goal of less than 120 mm Hg reduced rates of cardiovascular events ... by 33 percent': the trial's arm)
_BACKGROUND = re.compile(
    r"\b(?:ha(?:s|ve)\s+(?:long\s+|already\s+)?been\s+(?:(?:shown|proven|known)\s+to|linked\s+to)"
    r"|since\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d\d|advent|introduction)"
    r"|between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d\s+to\s+(?:19|20)\d\d"
    r"|in\s+recent\s+(?:years|decades)|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades)"
    r"|by\s+(?:the\s+year\s+)?20[2-9]\d\b|(?:were|was|had\s+been)\s+expect(?:ed|ing)"
    r"|goal\s+of(?!\s+(?:less|lower|fewer|under|below|more|greater|higher|over|above|at\s+(?:least|most)|about|around|"
    r"approximately|roughly|\d)))",
    re.IGNORECASE,
)
#: a general fact stated in the present tense at a sentence's opening, a group as its subject ('Women are three times
#: more likely to experience an osteoporosis-related bone fracture in their lifetimes than men', 'Boys are four times
#: more likely than girls to have autism'): background, unless the sentence names the study or its finding
#: (``_STUDY_WORDS``); not a group defined by what it took ('People who take aspirin are 20 percent less likely')
_GENERAL_FACT = re.compile(
    r"\W*(?:(?!(?:who|that|which|whose|taking|given|treated|receiving)\b)[\w'’-]+\s+){1,4}?(?:are|is)\s+"
    r"(?:about\s+|nearly\s+|roughly\s+|almost\s+|some\s+)?[\w.-]+\s+(?:times|percent|per\s+cent)\s+"
    r"(?:more|less|as)\s+likely\b",
    re.IGNORECASE,
)
_STUDY_WORDS = re.compile(
    r"\b(?:study|studies|found|find|finds|researchers?|trial|analysis|showed|shows|results?|data)\b",
    re.IGNORECASE,
)


def general_fact(view: TextView, at: int) -> bool:
    """Whether the sentence holding ``at`` states a general fact in the present tense (``_GENERAL_FACT``)."""
    start, end = view.sentence_of(at)
    return bool(_GENERAL_FACT.match(view.text, start, end)) and not _STUDY_WORDS.search(
        view.text, start, end
    )


#: a conditional before an effect's value (within its words, or just before them): a projection of what a change
#: would bring ('lethal prostate cancer would be cut by 15 percent if they consumed ...', 'would decrease the risk
#: by 30 percent', 'a reduction like that would equate to a 10% reduction in deaths'), not the study's result
_PROJECTION = re.compile(r"\bwould\b", re.IGNORECASE)
#: a value in words after 'could' is a hope, not a result ('the vaccine could cut dementia in half', 'a drug that
#: could halve the length of attacks')
_WORDED_PROJECTION = re.compile(r"\b(?:would|could)\b", re.IGNORECASE)
#: 'nearly' or 'almost' right before a value in words: a rounding up of a smaller stated value ('saw ARIs cut nearly
#: in half' for the study's '40 percent reduction in acute respiratory illness')
_NEARLY_BEFORE = re.compile(r"\b(?:nearly|almost|close\s+to)\s+(?:in\s+)?$", re.IGNORECASE)
#: a modelling study's own finding stated as a conditional ('a new study finds not screening would triple the
#: number of men developing advanced cancer'): its result, not a projection beside it
_STUDY_FINDS = re.compile(
    r"\b(?:study|analysis|model|modeling|modelling|simulation)\s+(?:[\w-]+\s+)?"
    r"(?:finds|found|shows|showed|suggests|suggested|estimates|estimated|predicts|predicted)\b",
    re.IGNORECASE,
)
#: a comparison with another group in a change's sentence ('... by 20 percent compared to treatment with Herceptin
#: alone', '... by 46% among those who ate tree nuts rather than peanuts', '... than those on placebo')
_COMPARISON = re.compile(
    r"\b(?:(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!greater\s)than|compared|comparison|versus|vs\b|relative\s+to|placebo|sham|control\s+(?:group|arm)|"
    r"untreated|unvaccinated|no-treatment)",
    re.IGNORECASE,
)
#: a change read against the group's own start ('... by about 20 percent from the initial measurements', 'from
#: baseline'): a change within one group
_FROM_START = re.compile(
    r"\b(?:from|since|over)\s+(?:the\s+)?(?:baseline|(?:their\s+|the\s+)?(?:initial|original|starting|start|"
    r"outset|beginning|first)\b)",
    re.IGNORECASE,
)
#: the rest of a list of values closed by 'respectively', right after an effect's value ('... lower by 40% and 18%
#: respectively', 'decreased total cholesterol, triglycerides and LDL by 43%, 70% and 40%, respectively'): one
#: effect of the same kind for each value, the last one a percentage as the first
_RESPECTIVELY = re.compile(
    r"\s*(?P<unit>%|percent|per\s+cent)(?P<rest>(?:\s*,\s*\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)?)*,?\s+and\s+"
    r"\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))\s*,?\s+respectively\b",
    re.IGNORECASE,
)
#: percentage points right after a value ('by 2.5 percentage points', which a pattern reading 'percent' takes): an
#: absolute difference (ARR) whatever the pattern's kind
_POINTS_AFTER = re.compile(r"\s*percentage[- ]points?\b", re.IGNORECASE)
_LISTED_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_PERCENT_AFTER = re.compile(r"\d\s*(?:%|percent|per\s+cent)", re.IGNORECASE)
#: any number: after a comparison word, the other group's own value
_DIGIT = re.compile(r"\d")
#: a risk, a count of events or a duration in a change's sentence ('reduced by 87 percent the risk of progression',
#: 'reduces deaths in mild heart failure by 29%', 'cut the length of colds by more than 40 percent', 'reduced
#: false-positive findings by 70 percent'): a comparison of groups even when the other group goes unnamed
_EVENT_WORDS = re.compile(
    r"\b(?:risks?|odds|chances?|likelihood|incidence|deaths?|mortality|need|events?|cases|"
    r"hospitali[sz]ations?|length|duration|false[- ]positives?|prescriptions)\b",
    re.IGNORECASE,
)


#: the end of the clause a comparison word opens: a contrast ('..., while their HDL levels rose by 138 percent') or a
#: semicolon starts another statement, whose percentage is no other group's own change
_CLAUSE_END = re.compile(r",?\s+(?:while|whereas|but)\b|;")


def _clause_end(view: TextView, start: int, end: int) -> int:
    """The end of the clause from ``start`` (at most ``end``, the sentence's end)."""
    stop = _CLAUSE_END.search(view.text, start, end)
    return end if stop is None else stop.start()


def within_group(view: TextView, m: TextMatch, group: str) -> bool:
    """Whether a percentage change stated with its verb ('fasting blood sugar levels dropped by 53%', 'the
    real-stimulation group improved by about 16 percent') is a change within one group, not an effect: its
    sentence reads it from the group's start ('from baseline'), or, unless it is a change in a risk, a count of
    events or a duration (``_EVENT_WORDS``), compares it with no other group or sets it beside the other group's
    own change ('reduced by 81% in the NAC group, compared with 32% in the placebo group'), within the comparison
    word's clause (not 'drop by nearly 40 percent compared with the placebo group, while their HDL levels rose by 138
    percent')."""
    start, end = view.sentence_of(m.start())
    if _FROM_START.search(view.text, m.end(group), end):
        return True
    if _EVENT_WORDS.search(view.text, start, min(end, m.end(group) + 30)):
        return False
    cue = _COMPARISON.search(view.text, start, end)
    if cue is None:
        return True
    return cue.start() > m.end(group) and bool(
        _PERCENT_AFTER.search(view.text, cue.end(), _clause_end(view, cue.end(), end))
    )


#: the length of the study or a period as when a change came about ('declined by 50 percent during the 10-year-long
#: study', 'Over the 18-year period, ... decreased by 66 percent'): a change over time
_OVER_THE_STUDY = re.compile(
    r"\b(?:during|over|throughout)\s+the\s+(?:[\w-]+\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|[a-z]+teen|twenty)[- ](?:years?|months?|weeks?)(?:-long)?\s+(?:study|period|trial)\b",
    re.IGNORECASE,
)


def change_over_study(view: TextView, m: TextMatch) -> bool:
    """Whether a change stated with its verb came about over the study or a period of years, with no other group
    in its sentence ('The rate of fractures in the treated women who had osteoporosis declined by 50 percent during
    the 10-year-long study'): a change within one group, even of a rate or a count of events; not 'decreased by 87
    percent in those getting the drug ... compared with those getting a placebo' in 'the 12-week study'."""
    start, end = view.sentence_of(m.start())
    return bool(_OVER_THE_STUDY.search(view.text, start, end)) and not _COMPARISON.search(
        view.text, start, end
    )


#: a responder threshold right before a change ('at least a 50 percent improvement', 'a more than 30% decrease'): how
#: response was defined, not an effect
_THRESHOLD_BEFORE = re.compile(
    r"(?:\bat\s+least|\bmore\s+than|\bover|≥|>=?)\s*(?:an?\s+)?$", re.IGNORECASE
)
#: a comparison word of a change stated as a noun: the other group's own change may follow it ('compared with a 25%
#: reduction'), and a group's name alone ('in the placebo group') is no comparison
_NOUN_COMPARISON = re.compile(
    r"\b(?:(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!greater\s)than|compared|comparison|versus|vs\b|relative\s+to)",
    re.IGNORECASE,
)
#: a comparison word right before a change: the change is the other group's ('compared with a 25% reduction in the
#: placebo group')
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:an?\s+|the\s+)?(?:average\s+)?$",
    re.IGNORECASE,
)
#: the start of the same group right after a comparison word ('compared with pre-procedure conditions', 'compared
#: with the beginning of the study'): a change within one group
_START_AFTER = re.compile(
    r"\s*(?:with|to)?\s*(?:the\s+|their\s+)?(?:pre-\w+|baseline|beginning|start|outset|before|initial|original)\b",
    re.IGNORECASE,
)


#: a time or an expectation right after a comparison word ('compared with the previous year', 'compared to a year
#: earlier', 'compared with 2015', 'than expected'): a trend over time, no other group
_TIME_AFTER = re.compile(
    r"\s*(?:with|to)?\s*(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:same\s+|previous\s+|prior\s+|preceding\s+|last\s+|"
    r"earlier\s+|first\s+)?(?:(?:19|20)\d\d\b|years?\b|decades?\b|months?\b|weeks?\b|periods?\b|expected\b|predicted\b|"
    r"anticipated\b|usual\b|normal\b)",
    re.IGNORECASE,
)


#: a comparison word that sets a change against another group ('compared with', 'versus', 'relative to'); not 'than',
#: which after such a change is as often another clause's ('shares jumped 15 percent as investors figured the drug
#: looks even better than they'd expected')
_GROUP_COMPARISON = re.compile(
    r"\b(?:compared|comparison|versus|vs\b|relative\s+to)", re.IGNORECASE
)


def compared_no_by(view: TextView, m: TextMatch, group: str) -> bool:
    """Whether a change stated with an intransitive verb and its value without 'by' ('The risk of recurrence dropped
    40% among women who took the drug compared to women on placebo', 'Compared with placebo, deaths fell 20
    percent') is set against another group in its sentence: a comparison word after the value whose clause holds
    no percentage of the other group's own ('fell 20 percent in the drug group, compared with 5 percent on placebo')
    and is not the group's start ('compared with baseline'), or one before the value with no percentage between
    them; not a change from the start ('rose 20 percent from baseline') nor one set against a time or an expectation
    ('rose 20 percent compared with the previous year', 'compared to a year earlier'). A trend with no group to compare it with
    ('Cervical cancer rates have dropped more than 50 percent in the last 30 years') is no effect."""
    start, end = view.sentence_of(m.start())
    if _FROM_START.search(view.text, m.end(group), end):
        return False

    def against_group(cue_end: int, stop: int) -> bool:
        # no percentage of the other group's own between the comparison word and ``stop``, and neither the group's
        # start nor a time right after the word
        return (
            not _PERCENT_AFTER.search(view.text, cue_end, stop)
            and _START_AFTER.match(view.text, cue_end) is None
            and _TIME_AFTER.match(view.text, cue_end) is None
        )

    after = _GROUP_COMPARISON.search(view.text, m.end(group), end)
    if after is not None:
        return against_group(after.end(), _clause_end(view, after.end(), end))
    before = None
    for cue in _GROUP_COMPARISON.finditer(view.text, start, m.start()):
        before = cue
    return before is not None and against_group(before.end(), m.start())


#: what comes before a value that closes a clause as an aside: a dash, a comma or a colon and 'a' ('... compared with
#: 858 men (25.1%) taking a placebo -- a 23% reduction', 'smoked 2.3 fewer cigarettes daily, a 12 percent decrease,')
_APPOSITIVE_BEFORE = re.compile(
    r"(?:—|–|--|,|:)\s*(?:or\s+|that\s+is\s+)?an?\s+(?:(?:relative|overall)\s+)?"
    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|some\s+)?$",
    re.IGNORECASE,
)
#: people having an event, in an aside's sentence ('659 taking dutasteride were diagnosed with prostate cancer'): its
#: relative change is a risk's
_PEOPLE_EVENTS = re.compile(
    r"\b(?:diagnosed|died|developed|suffered|hospitali[sz]ed|relapsed)\b", re.IGNORECASE
)
_RISING_WORDS = re.compile(r"\b(?:increase|rise|gain|rose|increased)\b", re.IGNORECASE)


def appositive_kind(view: TextView, m: TextMatch, group: str) -> str | None:
    """The effect type of a change's value set off as an aside ('showed the greatest reduction in scarring — 13% —
    compared to those with the lowest levels', '... compared with 858 men (25.1%) taking a placebo -- a 23% reduction'),
    or None when it is no effect: an aside closing a clause must follow a dash, a comma or a colon and 'a'
    (``_APPOSITIVE_BEFORE``), and its sentence must compare groups with a comparison word (``_NOUN_COMPARISON``), not
    read the change from the group's start ('from baseline'): a group's own change beside none in the other group
    ('measures of spasticity dropped an average of three points —about 30 percent — ... when patients smoked
    marijuana, but didn't change after they smoked the placebo') is no effect. Of a risk or a count of events (named
    in the match before a value between dashes, in the sentence before a value closing a clause) it is a relative
    risk reduction (RRR) or, rising, a relative increase (other); else a percentage change."""
    start, end = view.sentence_of(m.start())
    if group == "value2" and not _APPOSITIVE_BEFORE.search(
        view.text, max(start, m.start() - 40), m.start()
    ):
        return None
    if _FROM_START.search(view.text, m.end(group), end) or not _NOUN_COMPARISON.search(
        view.text, start, end
    ):
        return None
    # what changed: the match's words before a value between dashes ('reduction in scarring', not the sentence's
    # 'people absorb it at different rates'); the sentence before a value closing a clause
    if any(
        words.search(view.text, m.start() if group != "value2" else start, m.start(group))
        for words in (_RISK_WORDS, _EVENT_WORDS, _EVENT_SUBJECT, _PEOPLE_EVENTS)
    ):
        return "other" if _RISING_WORDS.search(m.group(0)) else "RRR"
    return "pct_change"


_PERCENT_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)", re.IGNORECASE)


_BETWEEN_GROUPS = re.compile(r"\bbetween\b", re.IGNORECASE)


def _differs_by_printed(
    view: TextView, m: TextMatch, group: str, value: float, slack: float, back: int = 1
) -> bool:
    """Whether the sentence of ``m`` or the ``back`` ones before it print two other percentages that differ by
    ``value`` (within ``slack``)."""
    start, end = view.sentence_of(m.start())
    here = view.sentence_index(m.start())
    begin = view.sentences[max(0, here - back)][0] if here > 0 else start
    printed = [
        float(p.group(1))
        for p in _PERCENT_VALUE.finditer(view.text, begin, end)
        if p.start(1) != m.start(group)
    ]
    return any(abs(abs(a - b) - value) < slack for a in printed for b in printed)


def benefit_kind(view: TextView, m: TextMatch, group: str, value: float) -> str | None:
    """The effect type of a benefit or advantage stated as a percentage ('66 percent and 40 percent benefit from
    tramiprosate compared to placebo', 'a 15 percent survival advantage in the group that was treated with prostate
    removal'), or None when its sentence has no comparison word: an absolute difference (ARR) when its sentence or the
    one before prints two other percentages that differ by the value ('89 percent of the prostate removal plus
    radiation group was still alive. That compared with the 74 percent survival ...'), else a percentage change."""
    start, end = view.sentence_of(m.start())
    if not _NOUN_COMPARISON.search(view.text, start, end):
        return None
    return "ARR" if _differs_by_printed(view, m, group, value, 0.51) else "pct_change"


def points_kind(view: TextView, m: TextMatch, group: str, value: float) -> str | None:
    """The effect type of a gap, difference or advantage of points ('the 17-point gap between the treatment and
    placebo groups'), or None when its sentence compares no groups (no 'between' nor comparison word): percentage
    points, or points that two percentages printed in its sentence or the eight before differ by (within a point: 30
    and 14 percent in the lead, a '17-point gap' as reported after a photo caption), are an absolute difference
    (ARR); other points a difference."""
    start, end = view.sentence_of(m.start())
    if not (
        _BETWEEN_GROUPS.search(view.text, m.end(), end)
        or _NOUN_COMPARISON.search(view.text, start, end)
    ):
        return None
    if m.group("pp") or _differs_by_printed(view, m, group, value, 1.01, back=8):
        return "ARR"
    return "difference"


#: a comparison that opens a sentence, up to its comma ('Compared to other mice,', 'Relative to placebo,')
_OPENING_COMPARISON = re.compile(
    r"\s*(?:(?:compared|in\s+comparison)\s+(?:with|to)|relative\s+to|versus)(?P<cue>)\s+[^,.;]{1,80},",
    re.IGNORECASE,
)


def compared_after(view: TextView, m: TextMatch, group: str, any_number: bool = False) -> bool:
    """Whether a change stated as a noun ('a 34% reduction in memory loss and other mental symptoms compared with
    those on placebo') is set against another group after it: not against that group's own change ('a 46% reduction
    in PTSD symptoms, compared with a 25% reduction in the placebo group') or the group's start ('compared with
    pre-procedure conditions'), and no responder threshold ('at least a 50 percent improvement ... compared to those
    assigned to take a placebo pill'). A change with no comparison after it ('In the placebo group, there was a 13
    percent reduction in seizures') is one group's own, and so is one after 'compared with a'. With ``any_number``
    (a change in units: 'a 16.1 mm Hg drop in systolic blood pressure compared to 11.2 mm Hg on the DASH diet alone'),
    any number after the comparison word is the other group's own change. A comparison that opens the sentence
    ('Compared to other mice, ...') sets the change against that group too, unless it is the group's start."""
    before = max(0, m.start(group) - 30)
    if _THRESHOLD_BEFORE.search(view.text, before, m.start(group)) or _COMPARED_BEFORE.search(
        view.text, before, m.start(group)
    ):
        return False
    start, end = view.sentence_of(m.start())
    cue = _NOUN_COMPARISON.search(view.text, m.end(group), end)
    own = _DIGIT if any_number else _PERCENT_AFTER
    if cue is None:
        # the other group named at the sentence's opening ('Compared to other mice, those fed agave fructans ... had
        # a 50 percent increase in levels of a protein'), with no number of its own
        opening = _OPENING_COMPARISON.match(view.text, start)
        return (
            opening is not None
            and opening.end() <= m.start(group)
            and not _DIGIT.search(opening.group(0))
            and _START_AFTER.match(view.text, opening.end("cue")) is None
        )
    if any_number and _LEVELS_BEFORE.search(view.text, m.end(), cue.start()):
        return True  # both groups' levels in brackets ('a 1.4-year increase in median survival (7.7 vs. 6.3 years)')
    if own.search(view.text, cue.end(), _clause_end(view, cue.end(), end)):
        return False
    return _START_AFTER.match(view.text, cue.end()) is None


#: the other group's own time right after a comparison word ('compared to a 36-minute delay', 'compared with two months
#: in the placebo group', 'versus an average of 3 days')
_OWN_TIME_AFTER = re.compile(
    r"\s*(?:with|to)?\s*(?:an?\s+|the\s+|just\s+|only\s+)?(?:(?:average|median|mean)\s+(?:of\s+)?)?"
    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b)",
    re.IGNORECASE,
)


def time_gained(view: TextView, m: TextMatch, group: str) -> bool:
    """Whether time gained or saved, stated with 'by' ('delays progression ... by an average of nine months',
    'reduced the overall time of labor by an average of 64 minutes'), is a difference between groups: not read from the
    group's own start ('shortened hospital stays by two days from baseline') nor set beside the other group's own time
    ('delayed sleepiness by two hours, compared to a 36-minute delay for those exposed to continuous light'). A time
    stated against the other group with 'than' ('took longer than non-robotic surgeries by about 40 minutes - 3 hours and
    11 minutes compared to 2 hours and 29 minutes') is one in any case."""
    if group == "value3":
        return True
    end = view.sentence_of(m.start())[1]
    if _FROM_START.search(view.text, m.end(group), end):
        return False
    cue = _NOUN_COMPARISON.search(view.text, m.end(group), end)
    return cue is None or _OWN_TIME_AFTER.match(view.text, cue.end()) is None


#: a bracket opened on one group's level just before the comparison word: the two groups' levels, whose difference
#: is the change stated before them ('an overall 1.4-year increase in median survival time (7.7 vs. 6.3 years)')
_LEVELS_BEFORE = re.compile(r"\(\s*\d[\d.,]*\s*(?:[a-z%]+\s*)?$", re.IGNORECASE)


#: a group of people, or the placebo, control or usual-care group, right after a comparison word ('than students not
#: receiving intervention', 'than those in the control group', 'compared with the placebo group')
_GROUP_AFTER = re.compile(
    r"(?:(?:did|do|were|was|in|among|for|with)\s+)?(?:the\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:those|placebo|controls?|sham|usual\s+care|comparison|untreated|unvaccinated|"
    + patterns.macros()["PEOPLE"]
    + r")\b",
    re.IGNORECASE,
)


def listed_against_group(view: TextView, m: TextMatch) -> bool:
    """Whether a relative difference whose measure is named as a list ('scored 5.5 percent higher on their
    knowledge, attitude and habits score than students not receiving intervention') is set against a group of people,
    not a composition against another product ('40 percent more protein, calcium and electrolytes than conventional
    milk'); a measure named without a comma is not held to it."""
    if "," not in (m.groupdict().get("what") or ""):
        return True
    return _GROUP_AFTER.match(view.text, m.end()) is not None


def fold_compared(view: TextView, m: TextMatch) -> bool:
    """Whether an N-fold change stated as a noun ('a 10-fold increase in the odds of being seizure-free', 'a six-fold
    decrease in the rate of dislocation', 'a 4.7-fold increase in retinal plaque burden in patients with Alzheimer's,
    compared to controls') is a comparison of groups: of a risk, odds or rate, or with a comparison word after it; not
    one group's own change ('generates a 24-fold increase in T cells')."""
    if _RISK_WORDS.search(view.text, m.end(), m.end() + 24):
        return True
    return _NOUN_COMPARISON.search(view.text, m.end(), view.sentence_of(m.start())[1]) is not None


#: words read as a value: folds ('twice as likely' -> 2, 'doubled the risk' -> 2) and halves, a relative
#: reduction of 50 ('halved the risk', 'cut the odds by half')
_FOLD_WORDS = {
    "halve": 50.0,
    "halved": 50.0,
    "halves": 50.0,
    "halving": 50.0,
    "half": 50.0,
    "twice": 2.0,
    "double": 2.0,
    "doubled": 2.0,
    "doubles": 2.0,
    "doubling": 2.0,
    "triple": 3.0,
    "tripled": 3.0,
    "triples": 3.0,
    "tripling": 3.0,
}
#: words read as a ratio ('half as likely', 'half the risk' -> 0.5; corpus/README.md: a ratio stated in words is
#: 'other', as 'twice as likely' -> 2)
_RATIO_WORDS = {**_FOLD_WORDS, "half": 0.5}
#: a share in words, as the percentage it stands for: 'cut the risk by a third' -> 33, 'two-thirds' -> 67
_SHARES = {"third": 100 / 3, "quarter": 25.0, "fifth": 20.0}
_SHARE_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}


#: a whole and a half in words: 'two-and-a-half' (times) -> 2.5
_AND_A_HALF = re.compile(r"(one|two|three|four|five|six)[- ]and[- ]a[- ]half", re.IGNORECASE)


def and_a_half(words: str) -> float | None:
    """'two-and-a-half' -> 2.5, 'three and a half' -> 3.5; None for anything else."""
    m = _AND_A_HALF.fullmatch(words.strip())
    whole = to_number(m.group(1)) if m else None
    return None if whole is None else whole + 0.5


def share_percent(words: str) -> float | None:
    """'a third' -> 33, 'two-thirds' -> 67, 'one-quarter' -> 25 (rounded to a whole percentage, as printed
    percentages are); None for anything else or for a whole ('three thirds')."""
    m = re.fullmatch(r"(a|one|two|three)[\s-]+(third|quarter|fifth)s?", words.strip().lower())
    if not m:
        return None
    value = _SHARE_COUNTS[m.group(1)] * _SHARES[m.group(2)]
    return float(round(value)) if value < 100 else None


_UNITS = {
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
    "percent": "%",
    "%": "%",
}


#: a risk, a likelihood or a frequency: a relative difference in one is a risk reduction or increase, not a
#: percentage change of a measure
_RISK_WORDS = re.compile(
    r"\b(?:risks?|odds|likelihood|likely|chances?|rates?|incidence|often|frequently|common|frequent)\b",
    re.IGNORECASE,
)
_LOWER_WORDS = ("lower", "less", "fewer", "smaller", "shorter")
#: a count of events as what a relative difference is of ('Admissions for heart attacks were nearly 8 percent lower')
_EVENT_SUBJECT = re.compile(
    r"\b(?:deaths|mortality|cases|events|infections|fractures|attacks|admissions|hospitali[sz]ations|relapses|"
    r"recurrences|strokes|exacerbations)\b",
    re.IGNORECASE,
)


#: a risk, a rate or a count of events as the subject right before a change's verb ('the risk of death from
#: cancer declined by', 'new HIV cases dropped by', 'the number of patients suffering a heart attack ... dropped
#: by'): its relative change is a risk reduction or increase, not a percentage change of a measure
_RISK_SUBJECT = re.compile(
    r"\b(?:risks?|odds|likelihood|chances?|rates?|incidence|number|deaths?|mortality|cases|events|infections|"
    r"fractures|attacks|admissions|hospitali[sz]ations|relapses|recurrences)\b(?:\s+(?:of|from|for|in|among|due\s+to)\s[^.;,]{0,100}?)?"
    r"\s+(?:(?:was|were|is|are|has|had|have|been|be|to|found|seemed|appeared|shown|seen|said|reported|estimated|"
    r"observed|significantly|also|then|further|nearly|almost|about|only)\s+){0,4}$",
    re.IGNORECASE,
)
#: a risk, a need or a count of events as the verb's object, right after the verb ('reduces deaths in mild heart
#: failure by 29%', 'reduced the need for angioplasty or bypass surgery by 30%') or right after the value ('reduced
#: by 87 percent the risk of disease progression or death')
_RISK_OBJECT = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:risks?|odds|likelihood|chances?|incidence|rates?|need\s+for|deaths|mortality|hospitali[sz]ations|"
    r"(?:heart\s+)?attacks|fractures|infections|relapses|recurrences?)\b",
    re.IGNORECASE,
)
#: a pronoun as a change's object, right before 'by' ('reduce it by 30%')
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\s+by\b", re.IGNORECASE)
_FALLING = (
    "reduced",
    "reduces",
    "reduce",
    "reducing",
    "decreased",
    "decreases",
    "decrease",
    "decreasing",
    "lowered",
    "lowers",
    "lower",
    "lowering",
    "dropped",
    "drops",
    "drop",
    "dropping",
    "fell",
    "falls",
    "fall",
    "falling",
    "declined",
    "declines",
    "decline",
    "declining",
    "cut",
    "cuts",
    "cutting",
    "slashed",
    "plummeted",
    "plunged",
    "sank",
    "sunk",
    "tumbled",
)
#: the verbs before 'up' or 'down' in a change stated with them ('was up 30 percent', 'went down 20%')
_COPULAS = ("was", "were", "went")
_RISING = (
    "increased",
    "increases",
    "increase",
    "increasing",
    "raised",
    "raises",
    "raise",
    "raising",
    "rose",
    "rises",
    "rise",
    "rising",
)


def _kind_of_difference(view: TextView, label: str, m: TextMatch) -> str:
    """The effect type of a relative difference stated with 'than' ('N% lower than', 'N% more likely than'):
    of a risk, likelihood or frequency (named between the number and 'than', or before the number in its
    sentence) it is a relative risk reduction (RRR) when lower and a relative increase (other) when higher;
    else the pattern's own label (a percentage change of a measure)."""
    groups = m.groupdict()
    if label == "pct_change" and "what" not in groups:
        # a change stated with its verb ('... dropped by 40 per cent') is of a risk when the verb's subject is one
        head = m.group(0).split(None, 1)[0]
        verb = head.lower()
        if verb in _COPULAS:
            # 'was up 30 percent', 'went down 20%': the direction word is the verb's
            words = m.group(0).split(None, 2)
            verb = (
                {"up": "rose", "down": "fell"}.get(words[1].lower(), verb)
                if len(words) > 1
                else verb
            )
        if verb in _FALLING or verb in _RISING:
            start = view.sentence_of(m.start())[0]
            if (
                _RISK_SUBJECT.search(view.text, max(start, m.start() - 160), m.start())
                or _RISK_OBJECT.match(m.group(0), len(head))
                or _RISK_OBJECT.match(view.text, m.end())
                or (
                    # 'it' for a risk named before it in the sentence ('appeared to reduce the risk of colorectal
                    # cancer by 27%, and using nonaspirin NSAIDs ... appeared to reduce it by 30%')
                    _PRONOUN_OBJECT.match(m.group(0), len(head))
                    and _RISK_WORDS.search(view.text, start, m.start())
                )
            ):
                return "RRR" if verb in _FALLING else "other"
        return label
    if "what" not in groups or "dir" not in groups:
        return label
    start = view.sentence_of(m.start())[0]
    if (
        _RISK_WORDS.search(m.group("what") or "")
        or _RISK_WORDS.search(view.text, max(start, m.start() - 120), m.start())
        or (
            # what a count of events was ('Admissions for heart attacks were nearly 8 percent lower', 'cancer deaths
            # among those who took aspirin ... were 21 percent lower'): a risk's, too
            not m.group("what")
            and _EVENT_SUBJECT.search(view.text, max(start, m.start() - 120), m.start())
        )
    ):
        return "RRR" if m.group("dir").lower() in _LOWER_WORDS else "other"
    return label


#: what opens a list item that is a sentence of its own, after a bullet or 'and' ('23 percent lower in all women,',
#: '• a 38 percent lower risk ...', 'and 19 percent lower in women who ...')
_LIST_ITEM_START = re.compile(r"\s*(?:[•*·–—-]\s*)?(?:and\s+)?(?:an?\s+)?\d")
#: how many sentences back a list item may look for its lead (earlier items in between)
_LIST_ITEMS_MAX = 8


def list_lead(view: TextView, at: int) -> tuple[int, int] | None:
    """The lead of the list whose item opens the sentence at ``at``: the nearest sentence before it that ends with a
    colon ('... stroke risk among women who breastfed their babies was on average:'), with only list items (each
    opening with a number) between them; None when the item does not open its sentence or there is no such lead."""
    start, _ = view.sentence_of(at)
    if not _LIST_ITEM_START.fullmatch(view.text, start, at + 1):
        return None
    index = view.sentence_index(at)
    for back in range(index - 1, max(-1, index - 1 - _LIST_ITEMS_MAX), -1):
        s, e = view.sentences[back]
        if view.text[s:e].rstrip().endswith(":"):
            return (s, e)
        if not _LIST_ITEM_START.match(view.text, s, e):
            return None
    return None


def _kind_of_list_item(view: TextView, label: str, m: TextMatch, lead: tuple[int, int]) -> str:
    """The effect type of a list item ('23 percent lower in all women'): of a risk or a count of events named in the
    list's lead, a relative risk reduction (RRR) when lower and a relative increase (other) when higher; else the
    pattern's own label."""
    if _RISK_WORDS.search(view.text, *lead) or _EVENT_SUBJECT.search(view.text, *lead):
        return "RRR" if m.group("dir").lower() in _LOWER_WORDS else "other"
    return label


#: how many characters after a value (within its sentence) are read to tell two statements of it apart
_PARALLEL_CONTEXT = 40


def parallel_statements(view: TextView, first: Fact[float], second: Fact[float]) -> bool:
    """Whether two statements of the same value are two effects side by side, not one stated again: read by the same
    pattern in consecutive sentences of the body, with other words both before and after the value ('The risk of death
    overall was 7% lower for women and 11% for men ... The risk of dying from cancer was 7% lower for women and 15%
    lower for men', 'about a 12 percent reduction in overall cancer occurrence. They also saw a 12 percent reduction
    in the risk of death from cancer'), or two items of one list, each opening its sentence after the list's lead
    (``list_lead``), with other words after the value ('the most optimistic women had: / a 38 percent lower risk of
    dying from heart disease. / a 39 percent lower risk of dying from stroke. / a 38 percent lower risk of dying from
    respiratory disease.'); not the headline and the lead, a sentence printed again from its middle on
    (the same words after the value), the same words before it with a detail added ('cut the risk of shingles by 90
    percent in adults over 70. ... cut the risk of shingles by 90 percent (95% confidence interval: 84-94%)'), nor a
    value already stated again ('... by half.' and later 'half as many ... In other words, ... nearly halved the
    risk')."""
    if first.pattern_id is None or first.pattern_id != second.pattern_id or len(first.spans) != 1:
        return False
    a, b = first.spans[0], second.spans[0]
    if view.in_title(a[0]):
        return False
    n = _PARALLEL_CONTEXT
    after_a = view.text[a[1] : min(a[1] + n, view.sentence_of(a[0])[1])].rstrip()
    after_b = view.text[b[1] : min(b[1] + n, view.sentence_of(b[0])[1])].rstrip()
    lead = list_lead(view, a[0])
    if lead is not None and lead == list_lead(view, b[0]):
        return after_a != after_b
    if view.sentence_index(b[0]) - view.sentence_index(a[0]) != 1:
        return False
    before_a = view.text[max(a[0] - n, view.sentence_of(a[0])[0]) : a[0]].lower()
    before_b = view.text[max(b[0] - n, view.sentence_of(b[0])[0]) : b[0]].lower()
    k = min(len(before_a), len(before_b))
    return after_a != after_b and before_a[len(before_a) - k :] != before_b[len(before_b) - k :]


def outcome_key(name: str) -> str:
    key = re.sub(r"[^a-z0-9 ]+", " ", name.lower())
    key = re.sub(r"\b(rates?|the|of|risk)\b", " ", key)
    return " ".join(key.split()).rstrip("s")


#: a sentence that ends another one with the same p-value, from this many characters on, is that sentence printed
#: again from its middle on
P_REPEAT_MIN = 60


def _other_research(view: TextView, sentence: tuple[int, int]) -> re.Match[str] | None:
    """``_OTHER_RESEARCH``'s first match in ``sentence``, searched once a sentence: every effect, p-value and
    interval of a sentence asks it, and its many branches are tried at every word."""
    found: dict[tuple[int, int], re.Match[str] | None] = view.once("other_research", dict)
    if sentence not in found:
        # (by its fast form on the lower-cased text, at the word index's candidates: tried at every word of
        # the sentence, the regex's many branches were a tenth of a second over the real news)
        fast, lead = _OTHER_RESEARCH_FAST
        found[sentence] = next(
            scan.finditer_spans(fast, lead, view.lower, [sentence], scan.finditer_regex), None
        )
    return found[sentence]


def _about_other_study(view: TextView, at: int, other: set[tuple[int, int]]) -> bool:
    """Whether offset ``at`` is in a sentence about another study ('other_study_sentences') or about earlier
    research ('previous studies have shown')."""
    sentence = view.sentence_of(at)
    return sentence in other or _other_research(view, sentence) is not None


#: a mention of earlier research that reports what it showed ('previous studies have shown', 'research has found'):
#: what its sentence states is that research's, before the mention or after it
_RESEARCH_REPORTS = re.compile(
    r"\b(?:shown|found|suggested|linked|show|suggest|find|published)\b", re.IGNORECASE
)


def _effect_about_other_study(
    view: TextView, at: int, value_end: int, other: set[tuple[int, int]]
) -> bool:
    """Whether an effect whose match starts at ``at`` (its value ending at ``value_end``) is another study's, as
    ``_about_other_study`` reads it, except one stated before a mere mention of earlier research that sets it beside
    that research ('the 17-point gap between the treatment and placebo groups was in line with previous Aimovig
    studies'); a mention that reports what the research showed ('Statins cut heart attacks by 30 percent, previous
    studies have shown', read in the mention and the words right after it) makes the whole sentence that
    research's."""
    sentence = view.sentence_of(at)
    if sentence in other:
        return True
    research = _other_research(view, sentence)
    return research is not None and (
        research.start() < value_end
        or _RESEARCH_REPORTS.search(
            view.text, research.start(), min(sentence[1], research.end() + 24)
        )
        is not None
    )


_P_NUMBER = re.compile(
    r"\s*(?:((?:0|1)?\.\d+|[1-9](?:\.\d+)?)(?:\s*(?:[x×]\s*10\s*\^?|[eE])\s*[-−–]\s*(\d+))?"
    r"|10\s*\^?\s*[-−–]\s*(\d+))\s*"
)


#: a further p-value listed after one ('P = .01, .02 and .04'): a bare decimal below 1 after a comma, 'and' or
#: 'or', that no unit, percent sign, letter, further digits or range ('0.5 to 0.9') follow
_P_LISTED = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<value>0?[.·]\d+)"
    r"(?!\d|[.·]\d|\s*(?:%|percent|per\s+cent|mg|mcg|µg|g|kg|ml|mmol|mm|cm|points?|units?|to)\b|\s*[-–—]\s*\d|[a-zµ])",
    re.IGNORECASE,
)


#: after a plural 'p-values' ('the p-values were 0.01 for deaths and 0.03 for strokes'), what each value is for may
#: come between the values: a few words after 'for', 'in' or 'at', before ``_P_LISTED``'s separator
_P_LISTED_FOR = re.compile(
    r"\s+(?:for|in|at)\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*(?=\s*,|\s+(?:and|or)\s)"
)
#: a plural p-value's words ('p-values', 'P values', "p's", 'ps')
_P_PLURAL = re.compile(r"[Pp](?:\s*[-‐‑]?\s*[Vv]alues|['’]?s)\b")


def _ci_bound(raw: str) -> float | None:
    """An interval's bound without its sign: '0.64' -> 0.64, and printed without its leading zero ('95% CI:
    .64-.89'), '.64' -> 0.64."""
    digits = raw.lstrip("-")
    return to_number("0" + digits if digits.startswith(".") else digits)


#: a study the article reports beside its own, with results of its own ('Janssen conducted a separate Phase 3
#: study'), not an earlier one told as background ('A 2015 study of a similar drug found a smaller benefit')
_PARALLEL_STUDY = re.compile(r"\b(?:separate|second|companion)\b", re.IGNORECASE)


#: a sentence that names the article's own study beside earlier research or another study ('Unlike earlier
#: studies, the new trial found a significant reduction (p=0.01)', 'The 30 percent reduction in this study (p=0.002)
#: is larger than in other trials of the drug class'): what it prints with a p-value is the study's
_OWN_STUDY_NAMED = re.compile(
    r"\b(?:this|our|the\s+(?:new|newest|current|present|latest))\s+(?:[\w-]+\s+)?(?:study|trial|research|analysis)\b"
    r"|\bnew\s+(?:study|trial|research|analysis|findings)\b",
    re.IGNORECASE,
)
#: a sentence that opens by setting its result against earlier research or another study ('Unlike previous studies,
#: researchers found a significant drop in ...', 'Unlike a 2015 trial, the drug cut ...'), or beside earlier research
#: in agreement ('As in earlier trials, ...'): the result after it is the study's
_CONTRAST_OPENING = re.compile(
    r"\W*(?:(?:unlike|in\s+contrast\s+(?:to|with)|contrary\s+to)\b"
    # or beside it, in agreement ('As in earlier trials, overall survival was longer (p=0.002)', 'Consistent with
    # previous studies, the drug cut ...'): the result after the opening's comma is still the study's
    r"|(?:as\s+(?:in|with|seen\s+in)|like|consistent\s+with|similar\s+to|in\s+(?:line|keeping)\s+with)\s+"
    r"(?:the\s+|many\s+|some\s+)?(?:earlier|previous|prior|past|other|older)\s+(?:[\w-]+\s+)?"
    r"(?:studies|research|trials|analyses|findings|results)\s*,)",
    re.IGNORECASE,
)


def _names_own_study(view: TextView, sentence: tuple[int, int]) -> bool:
    """Whether ``sentence`` names the article's own study (``_OWN_STUDY_NAMED``) or opens by setting its result
    against earlier research (``_CONTRAST_OPENING``)."""
    return (
        _OWN_STUDY_NAMED.search(view.text, *sentence) is not None
        or _CONTRAST_OPENING.match(view.text, *sentence) is not None
    )


def _p_about_other_study(view: TextView, at: int, other: set[tuple[int, int]]) -> bool:
    """Whether a p-value or interval at ``at`` is another study's (as ``_about_other_study`` reads it), except in a sentence
    that only follows a mention of an earlier study in a later paragraph: there the article has turned back to its
    own results ('A 2015 study of a similar drug found a smaller benefit. That study enrolled 200 patients.' and
    then, as a paragraph of its own, 'Migraine days fell from 8 to 4 a month on the drug, compared with 8 to 6 on
    placebo (p<0.001).'). A study reported beside the article's own ('a separate Phase 3 study') keeps the
    sentences after it, headings and paragraphs between them or not. In the sentence that mentions the other study
    or earlier research, what is printed before the mention is the article's own ('Heart attacks fell by 30
    percent (p<0.001), more than a previous trial of a similar drug had found'), and so is the whole sentence when
    it names the article's study or opens with the contrast (``_names_own_study``)."""
    sentence = view.sentence_of(at)
    research = _other_research(view, sentence)
    if research is not None:
        # earlier research, wherever it stands; not what the sentence prints before it ('Heart attacks fell by 30
        # percent (p<0.001), more than previous trials had found')
        return research.start() < at and not _names_own_study(view, sentence)
    if sentence not in other:
        return False
    mentions = other_study_mentions(view)
    if sentence in mentions:
        return mentions_other_study(view, sentence[0], at) and not _names_own_study(view, sentence)
    i = view.sentence_index(at)
    opening = next(
        (
            view.sentences[j]
            for j in range(i - 1, max(-1, i - 1 - OTHER_STUDY_RUN), -1)
            if view.sentences[j] in mentions
        ),
        None,
    )
    if opening is None or "\n" not in view.text[opening[1] : sentence[0]]:
        return True
    return _PARALLEL_STUDY.search(view.text, *opening) is not None


#: a trial or study said to have shown a result last year ('The Jardiance trial last year showed a similar 14 percent
#: overall relative risk reduction', 'the same clinical trial that, last year, showed Lexapro halved the number of hot
#: flashes'): an earlier result, not the article's
_LAST_YEAR_RESULT = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|research|analysis)\b[^.;]{0,40}?\blast\s+year\b\s*,?\s+"
    r"(?:showed|found|reported|suggested|concluded)\b",
    re.IGNORECASE,
)


def dated_earlier_result(view: TextView, sentence: tuple[int, int], at: int) -> bool:
    """Whether a value ending at ``at`` in ``sentence`` is the result of a study dated in the past: one said to have
    been published, presented or reported in a past year, wherever in the sentence (``classify.year_dated_mention``:
    'In 2013, Whitmer presented the results of a study of about 15,000 people ...: those who received metformin had a
    40 percent lower risk', 'researchers found a 40 percent lower risk ..., scientists reported in the Annals of
    Neurology in 2006'), or one dated by a past year or said to have shown a result last year before the value ('a
    2013 trial found', ``_LAST_YEAR_RESULT``); not a value set beside such a study after it ('cut heart attacks by 30
    percent, twice the benefit seen in a 2015 trial'), nor in a sentence that names the article's own study
    (``_names_own_study``)."""
    dated = year_dated_mention(view, *sentence)
    last_year = _LAST_YEAR_RESULT.search(view.text, *sentence)
    if dated is None and last_year is None:
        return False
    return (
        (dated is not None and (dated[1] or dated[0] < at))
        or (last_year is not None and last_year.start() < at)
    ) and not _names_own_study(view, sentence)


#: a significance threshold set in the methods ('Statistical significance was set at p<0.05', 'A p-value of less
#: than 0.05 was considered statistically significant', 'the significance level was p = 0.05'): how results were
#: judged, not a result; a conventional level after a bound ('<', '≤', 'less than') or '=' in a sentence that says so
_THRESHOLD_WORDS = re.compile(
    r"\b(?:(?:considered|deemed|regarded\s+as|defined\s+as|taken\s+as|accepted\s+as)\s+(?:to\s+be\s+)?"
    r"(?:(?:statistically|nominally)\s+)?significan(?:t|ce)"
    r"|significance\s+(?:was|were)\s+(?:set|defined|declared|accepted)"
    r"|(?:level|threshold|cut-?off)\s+(?:of|for)\s+(?:statistical\s+)?significance"
    r"|significance\s+(?:level|threshold|cut-?off)\b)",
    re.IGNORECASE,
)
#: the conventional levels a threshold is set at
_THRESHOLD_LEVELS = (0.05, 0.01, 0.1, 0.025, 0.005, 0.001)


#: a p-value printed right after 'significant' ('was considered statistically significant (p<0.01)'): a result's
_AFTER_SIGNIFICANT = re.compile(r"significan\w*\s*[(\[,]\s*$", re.IGNORECASE)


def significance_threshold(view: TextView, p: Fact[float]) -> bool:
    """Whether p-value ``p`` is the significance threshold a sentence sets (``_THRESHOLD_WORDS``), at a
    conventional level: a sentence with no other number (no result's value) and the p-value not printed as the
    support of 'significant' ('the drop was considered statistically significant (p<0.01)')."""
    if p.value not in _THRESHOLD_LEVELS:
        return False
    start, end = view.sentence_of(p.spans[0][0])
    if _THRESHOLD_WORDS.search(view.text, start, end) is None:
        return False
    at, to = p.spans[0]
    return not (
        _DIGIT.search(view.text, start, at)
        or _DIGIT.search(view.text, to, end)
        or _AFTER_SIGNIFICANT.search(view.text, max(start, at - 40), at)
    )


def parse_p(raw: str) -> float | None:
    """'0.001' -> 0.001, '.04' -> 0.04, '0·04' (a middle dot for the point) -> 0.04, '0,001' (a comma for it) ->
    0.001, '1.2 x 10-5' -> 1.2e-05, '3 × 10−6' -> 3e-06, '5e-8' -> 5e-08, '10-8' -> 1e-08; a value above 1 is no
    p-value."""
    m = _P_NUMBER.fullmatch(raw.replace("·", ".").replace(",", "."))
    if not m:
        return None
    if m.group(3):
        return float(10 ** -int(m.group(3)))
    value = float(m.group(1))
    if m.group(2):
        value *= 10 ** -int(m.group(2))
    return value if value <= 1 else None


class Directions:
    """Direction words ('no difference', 'reduced', 'increased the risk'), read per sentence on demand, or for
    many sentences at once (``read``)."""

    def __init__(
        self, view: TextView, found: dict[tuple[int, int], dict[str, Fact[str]]] | None = None
    ) -> None:
        self.view = view
        #: stretch -> label -> its first direction words there
        self._found: dict[tuple[int, int], dict[str, Fact[str]]] = {} if found is None else found

    @staticmethod
    def of(view: TextView) -> Directions:
        """The text's direction words as read so far, shared by all who ask (kept in ``view.memo``): the outcomes
        and the finding ask about many of the same sentences (the lead's results), which are then read once.
        The memo keeps only what was read, not a ``Directions``, which would point back at the view (a
        reference cycle: the text's objects would wait for the garbage collector)."""
        return Directions(view, view.once("directions", dict))

    def read(self, stretches: Iterable[tuple[int, int]]) -> None:
        """Read the direction words of ``stretches`` (sentences) not read yet, all in one go."""
        todo = sorted({st for st in stretches if st not in self._found})
        if not todo:
            return
        starts = [s for s, _ in todo]
        found: list[dict[str, Fact[str]]] = [{} for _ in todo]
        for pat, m in search_spans(self.view, "direction", todo):
            words = found[bisect.bisect_right(starts, m.start()) - 1]
            if pat.label not in words or m.start() < words[pat.label].at():
                words[pat.label] = Fact(pat.label, [m.span()], pat.id)
        self._found.update(zip(todo, found, strict=True))

    def between(
        self, start: int, end: int, order: tuple[str, ...] = _DIRECTION_ORDER
    ) -> Fact[str] | None:
        """The direction words within [start, end): 'no difference' before 'harm' before 'benefit' (labels
        not in ``order`` are not read)."""
        self.read([(start, end)])
        found = self._found[start, end]
        return next((found[k] for k in order if k in found), None)


def find_outcomes(
    view: TextView, arms: list[ArmFacts], abbreviations: Iterable[tuple[str, str, int, int]] = ()
) -> list[OutcomeFacts]:
    """Outcomes named in sentences that report a result, with their effects, p-values and direction.

    ``abbreviations`` are (short, long, start, end) from the abbreviation detector: a short form whose
    long form is an outcome ('OS' for overall survival) counts as that outcome.
    """
    directions = Directions.of(view)
    mentions: list[tuple[int, int, str, str]] = []  # start, end, name, pattern id
    roles: dict[int, str] = {}
    for pat, m in matches(view, "outcomes"):
        if pat.label == "outcome":
            mentions.append((m.start(), m.end(), clean_phrase(m.group(0)), pat.id))
        elif pat.label in ("primary", "secondary", "safety"):
            roles.setdefault(view.sentence_index(m.start()), pat.label)
    outcome_longs = {outcome_key(name): name for _, _, name, _ in mentions}
    for _short, long, start, end in abbreviations:
        long_key = outcome_key(long)
        if long_key in outcome_longs:
            mentions.append((start, end, outcome_longs[long_key], "abbreviation"))
    mentions.sort()

    effects: list[tuple[int, EffectFacts]] = []
    cis: list[tuple[int, Fact[tuple[float, float]]]] = []
    pvals: list[tuple[int, Fact[float]]] = []
    results: list[tuple[int, str, TextMatch, str]] = []
    continued: list[tuple[int, Fact[float]]] = []
    carried: list[tuple[int, Fact[float]]] = []
    # Spans of values that are roundings: read from words ('halved', 'twice'), or after 'about', 'almost', ...
    worded: set[tuple[int, int]] = set()
    approximate: set[tuple[int, int]] = set()
    # worded values after 'nearly': roundings up of a smaller value
    nearly: set[tuple[int, int]] = set()
    for pat, m in matches(view, "effects"):
        if pat.label == "ratio":
            value = to_number(m.group("value"))
            type_words = m.group("type")
            etype = _RATIO_TYPES.get(" ".join(type_words.lower().split()))
            if value is None or etype is None or value > 50:
                continue
            if len(type_words) <= 3 and not type_words[:2].isupper():
                continue  # 'or 2' in running text is no odds ratio; the abbreviations are written 'OR', 'HR'

            effects.append((m.start(), EffectFacts(etype, Fact(value, [m.span("value")], pat.id))))
        elif pat.label == "ci":
            lo, hi = _ci_bound(m.group("lo")), _ci_bound(m.group("hi"))
            if lo is None or hi is None:
                continue
            lo = -lo if m.group("lo").startswith("-") else lo
            hi = -hi if m.group("hi").startswith("-") else hi
            cis.append((m.start(), Fact((lo, hi), [m.span()], pat.id)))
        elif pat.label == "p":
            p = parse_p(m.group("value"))
            if p is not None:
                pvals.append((m.start(), Fact(p, [m.span("p")], pat.id)))
            # more values after the first, without their own 'P =' ('P = .01, .02 and .04, respectively',
            # 'p-values of 0.01 and 0.03'): each one p-value more
            at = m.end("value")
            plural = _P_PLURAL.match(m.group("p")) is not None
            while p is not None:
                gap = _P_LISTED_FOR.match(view.text, at) if plural else None
                next_p = _P_LISTED.match(view.text, at if gap is None else gap.end())
                if next_p is None:
                    break
                p = parse_p(next_p.group("value"))
                if p is not None:
                    pvals.append((next_p.start("value"), Fact(p, [next_p.span("value")], pat.id)))
                at = next_p.end("value")
        else:
            group = next(
                (
                    g
                    for g in (
                        "value",
                        "value2",
                        "value3",
                        "value4",
                        "value5",
                        "value6",
                        "value7",
                        "value_l",
                        "share",
                    )
                    if m.groupdict().get(g)
                ),
                "",
            )
            raw = m.group(group) if group else ""
            negative = raw[:1] in ("-", "−", "–")  # 'mean difference ... of -9.9', as printed
            if group == "share":
                # a share in words ('by a third') is a rounding, like 'halved'
                value = share_percent(raw)
                worded.add(m.span(group))
            else:
                value = to_number(raw.lstrip("-−–")) if group else None
                if value is None and group:
                    value = and_a_half(raw)
            if value is None and group and group != "share":
                # 'half as likely' is the ratio 0.5, as 'twice as likely' is 2; 'halved' a reduction of 50
                value = (_RATIO_WORDS if pat.label == "other" else _FOLD_WORDS).get(raw.lower())
                worded.add(m.span(group))
            if value is not None and negative:
                value = -value
            if (
                value is None
                or _RANGE_BEFORE.search(view.text, max(0, m.start(group) - 24), m.start(group))
                or _RANGE_AFTER.match(view.text, m.end(group))
            ):
                continue  # a range ('12 to 19 percent lower', 'by 15% to 23%') is no effect
            sentence_start = view.sentence_of(m.start())[0]
            projection = _WORDED_PROJECTION if m.span(group) in worded else _PROJECTION
            if (
                pat.label != "NNT"
                # (a pattern flagged 'rate': a difference per 100 or per 1,000 people, whose rates are often told with
                # 'would': 'for every 10,000 women ..., those using estrogen would experience 12 fewer heart attacks')
                and not pat.extra.get("rate")
                # (a later item of a list is read in its own words: its list's first effect had this test)
                and projection.search(
                    view.text,
                    m.start() if pat.label == "continued" else max(sentence_start, m.start() - 40),
                    m.start(group),
                )
                and not _STUDY_FINDS.search(view.text, sentence_start, m.start())
            ):
                # a projection of what a change would bring is no result; a number needed to treat is always
                # told as one ('it would be necessary to treat 12 depressed patients ... to have one recover')
                continue
            change = _FROM_TO_AFTER.match(view.text, m.end(group), view.sentence_of(m.start())[1])
            if change and not _GROUP_WORDS.search(change.group(0)):
                continue  # a change within one group, from one value to another, is no effect
            fact = Fact(value, [m.span(group)], pat.id)
            if _APPROX_BEFORE.search(view.text, max(0, m.start(group) - 20), m.start(group)):
                approximate.add(m.span(group))
            if m.span(group) in worded and _NEARLY_BEFORE.search(
                view.text, max(0, m.start(group) - 20), m.start(group)
            ):
                nearly.add(m.span(group))
            listed = _RESPECTIVELY.match(view.text, m.end(group)) if group != "share" else None
            more = (
                [
                    (n.start(), Fact(float(n.group(0)), [n.span()], pat.id))
                    for n in _LISTED_NUMBER.finditer(
                        view.text, listed.start("rest"), listed.end("rest")
                    )
                ]
                if listed
                else []
            )
            if pat.label == "continued":
                continued.append((m.start(), fact))
                continued.extend(more)
            elif pat.label == "carried":
                carried.append((m.start(), fact))
            else:
                if pat.id == "effect.list_item":
                    lead = list_lead(view, m.start())
                    if lead is None:
                        continue  # no list: a percentage opening a sentence of its own is no effect
                    kind = _kind_of_list_item(view, pat.label, m, lead)
                else:
                    kind = _kind_of_difference(view, pat.label, m)
                if (
                    pat.id == "effect.pct_change"
                    and kind == "pct_change"
                    and within_group(view, m, group)
                ):
                    continue  # a change within one group is no effect
                if pat.id == "effect.pct_change" and change_over_study(view, m):
                    continue  # a rate's change over the study in one group is no effect either
                if pat.id == "effect.pct_change_no_by" and not compared_no_by(view, m, group):
                    continue  # 'rates have dropped more than 50 percent in the last 30 years': no groups compared
                if kind != "ARR" and _POINTS_AFTER.match(view.text, m.end(group)):
                    kind = (
                        "ARR"  # 'reduced deaths by 2.5 percentage points': an absolute difference
                    )
                if pat.id == "effect.pct_benefit":
                    benefit = benefit_kind(view, m, group, value)
                    if benefit is None:
                        continue  # 'a 15 percent survival advantage' with no groups compared
                    kind = benefit
                if pat.id == "effect.points_gap":
                    points = points_kind(view, m, group, value)
                    if points is None:
                        continue  # 'a 17-point gap' with no groups compared
                    kind = points
                if pat.id == "effect.pct_appositive":
                    aside = appositive_kind(view, m, group)
                    if aside is None:
                        continue  # 'a 51% reduction, compared with the beginning': no groups compared
                    kind = aside
                if pat.id == "effect.pct_than" and not listed_against_group(view, m):
                    continue  # '40 percent more protein, calcium and electrolytes than conventional milk'
                if pat.id in ("effect.pct_noun", "effect.pct_noun_of") and not compared_after(
                    view, m, group
                ):
                    continue  # a noun's change without a group to compare it with is one group's own
                if pat.id in ("effect.diff_noun", "effect.diff_noun_of") and not compared_after(
                    view, m, group, any_number=True
                ):
                    continue  # 'a 16.1 mm Hg drop ... compared to 11.2 mm Hg on the DASH diet alone'
                if pat.id == "effect.diff_time_by" and not time_gained(view, m, group):
                    continue  # 'delayed sleepiness by two hours, compared to a 36-minute delay': each group's own
                if pat.id == "effect.fold" and group == "value2" and not fold_compared(view, m):
                    continue  # 'a 24-fold increase in T cells': one group's own change
                effects.append((m.start(), EffectFacts(kind, fact)))
                effects.extend((start, EffectFacts(kind, item)) for start, item in more)
    for pat, m in matches(view, "results"):
        if pat.label in ("both_value", "each_events", "pct_vs"):
            results.append((m.start(), pat.label, m, pat.id))

    # An effect stated in a sentence about another study ('a 2007 study found ... a five-fold higher risk') is
    # that study's, not this one's.
    other = other_study_sentences(view)
    effects = [
        e
        for e in effects
        if not _effect_about_other_study(view, e[0], e[1].value.spans[0][1], other)
        and not _BACKGROUND.search(view.text, *view.sentence_of(e[0]))
        and not general_fact(view, e[0])
        and not dated_earlier_result(view, view.sentence_of(e[0]), e[1].value.spans[0][1])
    ]
    # So are an interval and a p-value there ('A 2013 trial found a lower risk of stroke (P = .02)'), but not in a
    # new paragraph after an earlier study told as background (_p_about_other_study).
    cis = [
        c
        for c in cis
        if not _p_about_other_study(view, c[0], other)
        and not dated_earlier_result(view, view.sentence_of(c[0]), c[0])
    ]
    pvals = [
        p
        for p in pvals
        if not _p_about_other_study(view, p[0], other)
        and not dated_earlier_result(view, view.sentence_of(p[0]), p[0])
        and not significance_threshold(view, p[1])
    ]
    # One effect a stated value: where patterns overlap on the same number, the first in the pattern file's
    # order (the more specific kind) wins.
    rank = {p.id: i for i, p in enumerate(patterns.load("effects"))}
    effects.sort(key=lambda e: (e[1].value.spans[0], rank.get(e[1].value.pattern_id or "", 99)))
    kept: list[tuple[int, EffectFacts]] = []
    for item in effects:
        if kept and kept[-1][1].value.spans[0] == item[1].value.spans[0]:
            continue
        kept.append(item)
    # A later item of a list ('..., nonvertebral fractures by 43%') is an effect of the kind of the one
    # stated before it in the same sentence.
    taken = {e.value.spans[0] for _, e in kept}
    for start, fact in sorted(continued, key=lambda c: c[0]):
        before = [
            e
            for s, e in kept
            if s < start and view.same_sentence(s, start) and e.value.at() < fact.at()
        ]
        last = max(before, key=lambda e: e.value.at(), default=None)
        if fact.spans[0] not in taken and last is not None and last.type in _LISTED:
            kept.append((start, EffectFacts(last.type, fact)))
    # The effect of the sentence before told again for another subgroup, dose or way of giving, the comparison
    # left out ('In the physicians' group this decrease was 30 percent', 'an even larger reduction (48 percent)
    # in the risk') is an effect of the kind of the last one in its own or the previous sentence; not the other
    # group's own change ('In the placebo group, the decrease was 10 percent').
    taken = {e.value.spans[0] for _, e in kept}
    for start, fact in sorted(carried, key=lambda c: c[0]):
        sentence = view.sentence_of(start)
        if (
            fact.spans[0] in taken
            or _about_other_study(view, start, other)
            or _BACKGROUND.search(view.text, *sentence)
            or _CARRIED_OTHER_GROUP.search(view.text, *sentence)
        ):
            continue
        here = view.sentence_index(start)
        before = [
            e
            for s, e in kept
            if view.sentence_index(s) in (here - 1, here) and e.value.at() < fact.at()
        ]
        last = max(before, key=lambda e: e.value.at(), default=None)
        if last is not None and last.type in _LISTED:
            kept.append((start, EffectFacts(last.type, fact)))
    # The same effect stated again (the headline and the body, a summary and the results) is one effect
    # with more evidence, not a second one.
    kept.sort(key=lambda e: e[0])
    effects = []
    seen: dict[tuple[str, float], EffectFacts] = {}
    for start, effect in kept:
        same = (effect.type, effect.value.value)
        if (
            same in seen
            and not view.same_sentence(seen[same].value.at(), start)
            and not (
                # a rounding ('by half', 'about 30 percent') is a value stated again, never a second effect
                not {seen[same].value.spans[0], effect.value.spans[0]} & (worded | approximate)
                and parallel_statements(view, seen[same].value, effect.value)
            )
        ):
            seen[same].value.spans.extend(effect.value.spans)
            continue
        seen[same] = effect
        effects.append((start, effect))
    # A value read from a word or after 'almost' is a rounding: 'cut the risk by nearly half' (or 'by almost 60
    # percent') in the headline is the '49 percent' (the '59 percent') of the body, one effect with more evidence.
    rounding = worded | approximate
    stated = [e for _, e in effects if e.value.spans[0] not in rounding]
    rounded: list[tuple[int, EffectFacts]] = []
    for start, effect in effects:
        if effect.value.spans[0] in rounding:
            # a ratio of half in words ('half as many', 'half the risk') is the reduction of about half the text
            # states too ('... by half', 'nearly halved the risk', 'nearly half -- 48 percent -- as likely'): one
            # effect, that reduction
            halved = effect.type == "other" and effect.value.value == _RATIO_WORDS["half"]
            kind, v = ("RRR", _FOLD_WORDS["half"]) if halved else (effect.type, effect.value.value)
            slack = (0.1 if effect.value.spans[0] in worded else 0.05) * abs(v)
            # 'nearly half' rounds up a value up to a fifth below it ('cut nearly in half' for a 40 percent cut)
            below = 0.2 * abs(v) if effect.value.spans[0] in nearly or halved else slack
            near = next(
                (
                    e
                    for e in ([e for _, e in effects if e is not effect] if halved else stated)
                    if e.type == kind and -below <= e.value.value - v <= slack
                ),
                None,
            )
            if near is not None:
                near.value.spans.extend(effect.value.spans)
                continue
        rounded.append((start, effect))
    effects = rounded

    # An interval read without its level ('confidence interval, 1.1 to 2.3') inside one read with it ('95 percent
    # confidence interval, 1.1 to 2.3') is that interval, not a second one.
    cis = [
        c
        for c in cis
        if not any(
            o is not c
            and o[1].spans[0][0] <= c[1].spans[0][0]
            and c[1].spans[0][1] <= o[1].spans[0][1]
            for o in cis
        )
    ]

    # Attach each CI and p-value to the nearest effect before it in the same sentence (the nearest one still without
    # one). An effect stated again counts where it is stated again ('showing 90% efficacy' in the lead, 'had 90%
    # efficacy (95% confidence interval: 84-94%)' in the body: one effect, whose interval is the body's), but only
    # as the nearest one: an interval after an effect restated with the interval it already has is that interval
    # again, not one for an effect before it.
    def stated_before(at: int, free: Callable[[EffectFacts], bool]) -> EffectFacts | None:
        """The effect, for which ``free`` holds, that a CI or p-value at ``at`` belongs to, if any."""
        here = [
            (a, e, again)
            for s, e in effects
            for a, again in [(s, False), *((r, True) for r, _ in e.value.spans[1:])]
            if a <= at and view.same_sentence(a, at)
        ]
        if not here:
            return None
        _, nearest, again = max(here, key=lambda h: h[0])
        if again:
            return nearest if free(nearest) else None
        firsts = [(a, e) for a, e, again in here if not again and free(e)]
        return max(firsts, key=lambda h: h[0])[1] if firsts else None

    loose_cis: list[tuple[int, Fact[tuple[float, float]]]] = []
    for start, ci in sorted(cis, key=lambda c: c[0]):
        with_ci = stated_before(start, lambda e: e.ci is None)
        if with_ci is not None:
            with_ci.ci = ci
        else:
            loose_cis.append((start, ci))
    loose_p: list[tuple[int, Fact[float]]] = []
    p_starts = sorted(start for start, _ in pvals)
    # each loose p-value's value, sentence and the sentence's words
    printed_p: list[tuple[float, tuple[int, int], str]] = []
    for start, p_fact in sorted(pvals, key=lambda c: c[0]):
        with_p = stated_before(start, lambda e: e.p is None)
        if with_p is not None:
            with_p.p = p_fact
            continue
        # The same effect stated again with its p-value ('HR, 0.57; 95% CI, 0.23-1.42; P = .22' in the results
        # and again in the discussion) is that effect's p-value stated again, not a second one: the first p-value
        # after the restated effect, not a later one for another result ('deaths were cut by 30% (p<0.001) and
        # strokes were also less common (p<0.001)').
        again = [
            e
            for _, e in effects
            if e.p is not None
            and e.p.value == p_fact.value
            and any(
                a <= start
                and view.same_sentence(a, start)
                and bisect.bisect_left(p_starts, start) == bisect.bisect_right(p_starts, a)
                for a, _ in e.value.spans[1:]
            )
        ]
        earlier = again[-1].p if again else None
        # A sentence printed twice (a release's summary repeated as its first paragraph, or a page that repeats a
        # sentence from its middle on: one ends the other, from ``P_REPEAT_MIN`` characters on) states its p-value
        # once.
        sentence = view.sentence_of(start)
        words = view.text[slice(*sentence)].strip()
        if earlier is not None:
            earlier.spans.extend(p_fact.spans)
        elif not any(
            value == p_fact.value
            and other != sentence
            and (
                said == words
                or (
                    min(len(words), len(said)) >= P_REPEAT_MIN
                    and (said.endswith(words) or words.endswith(said))
                )
            )
            for value, other, said in printed_p
        ):
            loose_p.append((start, p_fact))
            printed_p.append((p_fact.value, sentence, words))
    # A p-value printed just after an interval that an effect read elsewhere prints with the same p-value ('the HR
    # ... was 0.78 (95% CI, 0.54-1.11; P = .17)' and later '(HR, 0.78; 95% CI, 0.54-1.11; P = .17)') is that
    # effect's result stated again, not a second one.
    restated: list[tuple[int, Fact[float]]] = []
    for start, p_fact in loose_p:
        ci_before = [
            ci
            for s, ci in loose_cis
            if s < start and view.same_sentence(s, start) and 0 <= start - ci.spans[0][1] <= 6
        ]
        printed = next(
            (
                e
                for _, e in effects
                if ci_before
                and e.p is not None
                and e.ci is not None
                and e.p.value == p_fact.value
                and e.ci.value == ci_before[-1].value
            ),
            None,
        )
        if printed is not None and printed.p is not None and printed.ci is not None:
            printed.p.spans.extend(p_fact.spans)
            printed.ci.spans.extend(ci_before[-1].spans)
        else:
            restated.append((start, p_fact))
    loose_p = restated

    outcomes: dict[str, OutcomeFacts] = {}
    order: list[str] = []

    def outcome_for(offset: int) -> OutcomeFacts:
        """The outcome named in the sentence holding ``offset`` (the nearest mention before it)."""
        s, e = view.sentence_of(offset)
        in_sentence = [mn for mn in mentions if s <= mn[0] < e]
        before = [mn for mn in in_sentence if mn[0] <= offset] or in_sentence
        if before:
            start, end, name, pid = before[-1]
            key = outcome_key(name)
            if key not in outcomes:
                outcomes[key] = OutcomeFacts(name=Fact(name, [(start, end)], pid))
                order.append(key)
            return outcomes[key]
        key = f"@{s}"
        if key not in outcomes:
            outcomes[key] = OutcomeFacts(name=Fact("", [], None))
            order.append(key)
        return outcomes[key]

    for start, effect in effects:
        out = outcome_for(start)
        if out.effect is not None:
            # A second effect for the same outcome name (another time point, subgroup or measure) is
            # reported as an outcome of its own, never dropped.
            out = OutcomeFacts(name=Fact(out.name.value, list(out.name.spans), out.name.pattern_id))
            # keyed by the value's place: two patterns may start at the same word ('reduced strokes by half
            # and deaths by two-thirds')
            outcomes[f"@effect{effect.value.at()}"] = out
            order.append(f"@effect{effect.value.at()}")
        out.effect = effect
        if effect.p is not None and out.p_value is None:
            out.p_value = effect.p
    for start, p_fact in loose_p:
        out = outcome_for(start)
        if out.p_value is not None:
            # A second p-value for the same outcome (another time point or measure: 'Week 65 (..., p =
            # 0.007) and Week 78 (..., p = 0.043)') is reported as an outcome of its own, never dropped.
            out = OutcomeFacts(name=Fact(out.name.value, list(out.name.spans), out.name.pattern_id))
            outcomes[f"@p{start}"] = out
            order.append(f"@p{start}")
        if out.p_value is None:
            out.p_value = p_fact
    labels = [a.label.value for a in arms]
    for start, kind, m, _pid in results:
        out = outcome_for(start)
        if out.arm_results:
            continue
        if kind == "both_value" and len(labels) == 2:
            value = to_number(m.group("value"))
            unit = _UNITS.get(m.group("unit").lower().rstrip("s"), m.group("unit"))
            out.arm_results = [
                ArmResultFacts(arm=label, value=Fact(value, [m.span("value")], _pid), unit=unit)
                for label in labels
                if value is not None
            ]
        elif kind == "each_events" and len(labels) == 2:
            events = to_int(m.group("value"))
            if events is not None:
                out.arm_results = [
                    ArmResultFacts(arm=label, events=Fact(events, [m.span("value")], _pid))
                    for label in labels
                ]
        elif kind == "pct_vs":
            v1, v2 = to_number(m.group("v1")), to_number(m.group("v2"))
            names = [m.group("a1"), m.group("a2")]
            arm_names = [_match_arm(n, labels) for n in names]
            if v1 is not None and v2 is not None and any(arm_names):
                out.arm_results = [
                    ArmResultFacts(
                        arm=arm_names[0], value=Fact(v1, [m.span("v1")], _pid), unit="%"
                    ),
                    ArmResultFacts(
                        arm=arm_names[1], value=Fact(v2, [m.span("v2")], _pid), unit="%"
                    ),
                ]

    # Outcomes named in a sentence with direction words ("no difference in overall survival").
    directions.read(view.sentence_of(start) for start, *_ in mentions if not view.in_title(start))
    for start, end, name, pid in mentions:
        if view.in_title(start):
            continue  # the headline's framing is read by the finding, not as an outcome
        s, e = view.sentence_of(start)
        direction = directions.between(s, e)
        key = outcome_key(name)
        if key not in outcomes and direction is None:
            continue
        if key not in outcomes:
            outcomes[key] = OutcomeFacts(name=Fact(name, [(start, end)], pid))
            order.append(key)
        out = outcomes[key]
        if out.direction is None and direction is not None:
            out.direction = direction
        if out.role is None:
            out.role = roles.get(view.sentence_index(start))
    for key in order:
        out = outcomes[key]
        if out.direction is None and out.name.spans:
            s, e = view.sentence_of(out.name.at())
            out.direction = directions.between(s, e)
        elif out.direction is None and out.effect is not None:
            s, e = view.sentence_of(out.effect.value.at())
            out.direction = directions.between(s, e)
    return [outcomes[k] for k in order]


def _match_arm(name: str | None, labels: list[str]) -> str | None:
    if not name:
        return None
    words = set(name.lower().split())
    for label in labels:
        if words & set(label.lower().split()):
            return label
    return None
