"""Follow-up: how long participants were observed.

Patterns (``patterns/follow_up.jsonl``) carry one of four labels, in order of preference (a fifth kind, planned, is
the first label's in the future):

1. ``follow_up``: stated follow-up ("a median follow-up of 4.2 years", "followed for five years");
2. ``duration``: the study's length ("a 40-month study", "the 20-year project"); a bare period ("over a 12-week
   period") counts as a time point, and one in which something is counted ("in a 28-day period") not at all;
3. ``timepoint``: when results were read ("After two years, ...", "over five years", "Six months after
   treatment, ..."), only at the start of a sentence for a bare 'after/at' ('after 60 days') and for patterns marked
   ``sentence_start``; anywhere for patterns marked ``anywhere`` ('... improved after 12 weeks of treatment');
4. ``treatment``: how long treatment lasted ("took the drug for 12 weeks"), only in a sentence about
   treatment or assignment (or in a phrase that says so itself, patterns marked ``treatment_cue``: "two weeks
   of daily treatment with"), and reported with statistic ``total``;
5. a stated follow-up still to come ("will be followed for five years", "can be followed for up to three years"),
   reported with statistic ``planned``.

A pattern may mark the part to cite with a ``cite`` group ("88.6 percent were still alive [10 years later]").
A statistic in brackets right after a duration is the follow-up ("between eight and 19 years after surgery
(average 11.7 years)").

The earliest statement of the most preferred kind wins (of time points, the latest one: 'at 3 and 6 months'); a
stated statistic (median, mean, up to) beats a bare figure of the same kind.
"""

from __future__ import annotations

import re

from extractor import patterns
from extractor.components.classify import (
    OTHER_STUDY_LEAD,
    in_other_study_mention,
    other_study_sentences,
    year_dated_study,
)
from extractor.components.facts import Fact
from extractor.components.numbers import to_number
from extractor.components.text import TextView, matches

_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years", "yr": "years"}
_STATS = {"median": "median", "mean": "mean", "average": "mean", "averaged": "mean", "up to": "max"}
_DAYS = {"days": 1.0, "weeks": 7.0, "months": 30.4375, "years": 365.25}
_KINDS = ("follow_up", "duration", "timepoint", "treatment", "planned")
# A treatment length counts only in a sentence about participants being treated: a verb of giving or taking
# ('took', 'were given', 'gave 205 women ...', 'All used the product'; not 'can be used'; 'were placed on a diet',
# 'spent five weeks on each diet', 'took part in', 'each followed one of three diets'), a placebo, or the treatments.
# Not a drug's, a habit's or a price's description ('one injection appears to be effective for up to three months',
# 'smoking one pack a day for 30 years', 'costs $2 for a month's supply' of a supplement), nor one patient's story
# ('there is no standard treatment, for five years chemotherapy held her disease at bay').
_TREATMENT_CUE = re.compile(
    r"\b(?:took|taking|received|receiving|given|gave|giving|assigned|randomi[sz]ed|treated|administered|consumed|"
    r"drank|ate|eating|drinking|injected|instructed|(?:were|was)\s+(?:told|asked)\s+to|applied|wore|wearing|trained|underwent|got|placebo|"
    r"treatments|(?:treatment|therapy)\s+lasted|"
    r"(?:placed|put|stayed|remained|kept)\s+on|spent|participated|took\s+part|"
    r"follow(?:ed|ing)?\s+(?:[\w'’-]+\s+){0,5}?(?:diets?|regimens?|programs?|programmes?|plans?)|"
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bhaving\s)used(?!\s+(?:to|by|in|as|for)\b))\b",
    re.IGNORECASE,
)

# A sentence about what has gone on for years ('has been prescribed for over 50 years', 'For 25 years, laser
# treatment has been the standard') or about what is to come ('will continue over the next three years', 'the
# goal is ... for a year'): its bare durations (time points, treatment lengths, study lengths) are not the
# study's follow-up. Stated follow-up ('followed for', 'median follow-up of') is kept.
# (Not a finding reported in the present perfect: 'Researchers have shown that ... over six months'.) Also with
# 'has' shortened before 'been' ('a drug that's been studied over 50 years').
_BACKGROUND = re.compile(
    r"(?:\b(?:has|have)|(?<=\w)['’]s(?=\s+(?:(?:now|just|also|already|long|not|never|only|always)\s+)*been\b))\s+"
    r"(?:(?:now|just|also|already|long|not|never|only|always)\s+)*"
    r"(?!(?:shown|found|reported|discovered|concluded|demonstrated|suggested|observed|noted|learned|published|"
    r"linked|associated|tied)\b)(?:been(?!\s+(?:shown|found|reported|linked|associated|tied)\b)|done|taken|given|"
    r"known|grown|run|\w+ed)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|(?:is|are|am|'re|’re)\s+going\s+to|plans?\s+to|planning\s+an?|goal|launching)\b",
    re.IGNORECASE,
)
# 'over N years' after an age or survival, or after people for 18 years or more, is an age ('adults over 18
# years', 'the median age of survival is now over 50 years'), and after a count of sessions or doses a treatment schedule ('ten sessions over two weeks',
# 'three injections in the arm over three months'): a treatment length, not a time point
_AGE_BEFORE = re.compile(
    r"\b(?:(?P<who>" + patterns.expand("<<PEOPLE>>") + r")|aged?|ages|survival|expectancy)\s+"
    r"(?:(?:now|just|still|well|is|are|was|were)\s+){0,2}$",
    re.IGNORECASE,
)
_SCHEDULE_BEFORE = re.compile(
    r"\b(?:sessions|treatments|injections|infusions|doses|visits|times|pulses|classes|shots|applications)\b"
    r"(?:\s+[\w'’-]+){0,3}\s+$",
    re.IGNORECASE,
)
# ... and 'over N' at the end of an assignment to treatment is how long it was given ('randomly assigned to receive
# varying doses of one of the two drugs or a placebo over 52 weeks'), not when results were read
_ASSIGNED_BEFORE = re.compile(
    r"\b(?:assigned|randomi[sz]ed|allocated)\s+to\s+(?:receive|take|get|use|eat|drink|consume|one\s+of)\b"
    r"[^.;:!?%]*$",
    re.IGNORECASE,
)
# A sentence about what would or should be ('screening 1,250 women five times over a 10-year period would save one
# life', 'you would expect 50% to die over a period of five years', 'women ... should be given tamoxifen for five
# years'): its bare durations are no study's follow-up
_HYPOTHETICAL = re.compile(
    r"\b(?:would\s+(?:expect|save|translate|prevent|avert|mean|need|result|yield|amount|equal|add\s+up)|should\s+(?:be\s+)?(?:given|considered|"
    r"offered|treated|take|receive)|if\s+the\s+same)\b",
    re.IGNORECASE,
)
# A sentence that states what is generally so, or speaks to the reader ('If you have no coronary calcium, your
# chances of a heart attack over the next 10 years are very low', 'Colic is usually defined as crying ... over
# more than three weeks', 'the cancer typically comes back five years after the procedure'): its bare durations
# describe a disease or a treatment in general, not the study's time line (a study's own length, 'the four-year
# study', is kept)
_GENERIC = re.compile(
    r"\b(?:you|your|you're|you’re|usually|typically|is\s+defined|are\s+defined)\b",
    re.IGNORECASE,
)
# A time point or treatment length of the study is told in the past ('were followed', 'After 12 weeks, 40
# percent had improved') or with a verb of reporting ('the study shows ... over three years'); a sentence with
# neither states what is so in general ('atrial fibrillation comes back five years after the procedure', 'taking a
# handful of pills daily for up to a year is difficult', '13 fractures per year for every 10,000 people taking
# bisphosphonates for five years')
_PAST_OR_REPORT = re.compile(
    r"\b(?:\w{2,}ed|was|were|had|did|found|saw|took|taken|got|fell|rose|lost|gave|given|began|begun|grew|ran|"
    r"left|made|felt|kept|met|paid|led|chose|drank|ate|underwent|seen|done|said|told|went|came|became|brought|"
    r"thought|sent|spent|stood|won|wore|wrote|put|cut|set|quit|fed|flew|held|heard|knew|sat|slept|lay|"
    r"shown|shows?|finds?|suggests?|reports?|says|indicates?|reveals?|demonstrates?)\b",
    re.IGNORECASE,
)
# One person's story ('Four days after the injection, he was dead', 'I was on birth control for a year', 'After five
# months on the drugs, she flew to Reno'): a time point or treatment length told of him or her is not the study's.
# The person who says it does not count ('After 12 weeks, 40 percent had improved, she said').
_ONE_PERSON = re.compile(
    r"\b(?:he|she|him|his|(?-i:I)(?<!type\sI)(?<!phase\sI)(?<!stage\sI)(?<!class\sI)(?<!grade\sI)|my|me)\b"
    r"(?!\s+(?:said|says|added|adds|noted|notes|explained|explains|told|tells|"
    r"reported|reports|wrote|writes|cautioned|stressed|pointed|commented|concluded|believes|thinks))",
    re.IGNORECASE,
)
# ... unless the sentence is about a group, the researcher's study ('he described how they randomly assigned 119
# men and women ... for a year', 'designed a special menu for each of them for nine days')
_GROUP = re.compile(
    r"\b(?:they|them|their|participants|patients|subjects|volunteers|people|women|men|children|adults|colleagues|"
    r"team|researchers|group)\b",
    re.IGNORECASE,
)
_SAID_PERSON = re.compile(r"\b(?:said|says|according\s+to|told)\s+$", re.IGNORECASE)
# ... who ends the clause ('according to him, ...', '..., says she.'), not a pronoun that goes on to what one did
_SAYER_ENDS = re.compile(r"\s*(?:[,.;:!?\"”’)]|$)")
# a follow-up that would be needed rather than one that was done ('patients would need to be followed for 10 years
# or more to find differences in mortality', 'should be monitored for five years')
_MODAL_BEFORE = re.compile(
    r"\b(?:(?:would|should|could|must|might)\s+(?:(?:need|have)\s+to\s+)?|needs?\s+to\s+|have\s+to\s+)be\s+$",
    re.IGNORECASE,
)
# a follow-up to come or that may come ('Patients will be followed for five years', 'participants who wish to continue can
# be followed for up to three years', 'The subjects will be followed for another 18 months'): planned, taken only when the
# article states nothing that was done
_PLANNED_BEFORE = re.compile(
    r"\b(?:(?:will|can|may|could)(?:\s+(?:also|then|now|still|continue\s+to))*\s+be|(?:is|are|going|continue)\s+to\s+be)"
    r"\s+$",
    re.IGNORECASE,
)
# A stretch of time named a period ('received spinal manipulations over a 12-week period', 'swallowed three capsules
# over a 12-week period', 'monitored 2,235 men over a 35-year period') is a time line like 'over 12 weeks', not the
# study's stated length ('the 15-year study period'): a time point, so a later read-out ('At one year, 27 percent ...')
# is taken before it. In a window in which something is counted ('headache days in a 28-day period', 'chances of
# breast cancer in a five-year period', 'filled two prescriptions within a six-month period') it is no time line at all,
# unless it opens the sentence: then it is the time line of what the sentence reports ('In a six-year span, 293 were
# diagnosed with the disease'). A span is a period ('in that three-year span').
_PERIOD = re.compile(
    r"(?<!study\s)(?<!trial\s)(?<!experimental\s)(?<!follow-up\s)(?<!followup\s)(?:period|span)$",
    re.IGNORECASE,
)
_WINDOW_BEFORE = re.compile(r"\b(?:in|within)\s+(?:a|an|any|one)\s+$", re.IGNORECASE)
# A stretch of time over which people were recruited or their data gathered ('researchers recruited 5,307 colonoscopy
# patients ... at two Tennessee hospitals over a seven-year period', 'children who had been screened at public schools
# over five years', 'patients who had both types of scans performed ... over a 10-year period') is when the study's
# people came in, an enrollment period, not a time line they were followed over (not 'examined former smokers three
# times over a five-year period', 'identified 10 people whose cognitive skills declined over a two-year period')
_GATHERED_BEFORE = re.compile(
    r"\b(?:recruited|recruiting|enrolled|enrolling|admitted|screened|registered|collected|gathered|performed)\b"
    r"[^.;:!?]*$",
    re.IGNORECASE,
)
# a time before the study proper: a baseline, not follow-up
_BEFORE_STUDY = re.compile(
    r"\s*(?:prior\s+to|before)\s+(?:the\s+|their\s+)?(?:start\s+of\s+the\s+)?(?:study|trial|treatment|enrol(?:l)?ment|"
    r"randomi[sz]ation|surgery)\b|\s*(?:as\s+a\s+|for\s+)?baseline\b",
    re.IGNORECASE,
)
_WEAK = ("duration", "timepoint", "treatment")
# A duration in a sentence that says what is needed (after it: 'data from more patients across several different
# treatment centers, followed for up to seven years after surgery, is needed', 'Studies that follow patients for
# 10 years are needed'): the length of a study still to be done, not this one's. (Not when a finding is reported
# between them: 'The study, which followed 500 patients for five years, found that more research is needed'.)
_NEEDED = re.compile(
    r"\b(?:is|are|would\s+be|will\s+be)\s+(?:still\s+|also\s+|now\s+)?(?:needed|required|necessary|warranted)\b",
    re.IGNORECASE,
)
_NEEDED_WORDS = (
    "needed",
    "required",
    "necessary",
    "warranted",
)  # (found first with str.find: cheap)
_FOUND_BEFORE_NEEDED = re.compile(
    r"\b(?:found|showed|shows|reported|suggests?|suggested|concluded|revealed|demonstrated)\b",
    re.IGNORECASE,
)
# A sentence about studies in general, earlier or others ('Most studies involving these scans have a follow-up of five
# years or less', 'the findings are in line with earlier studies showing ... over a period of three years'): its
# durations are theirs, not the article's own study's (not 'the researchers combined 10 earlier studies that ...
# followed them over seven to 18 years', the pooled analysis's own follow-up, nor 'Unlike prior studies, GIFT took into
# account genetic variants ... for 11 days of warfarin therapy', the article's own study set against them)
_STUDIES_IN_GENERAL = re.compile(
    r"\b(?:(?:most|many|other|earlier|previous|prior|past|older)\s+(?:[\w-]+\s+)?studies\s+(?:have|had|has|show|showed|"
    r"shown|found|find|suggest|suggested|involving|of)\b|(?:in\s+line|consistent|agree|agrees)\s+with\s+(?:the\s+)?"
    r"(?:earlier|previous|prior|past|other|older)\s+(?:[\w-]+\s+)?studies\b)",
    re.IGNORECASE,
)
# a verb of following people, whose 'for'/'over' duration further on in the sentence is the follow-up ('Rautiainen
# and her team followed 31,671 women with no history of heart disease and 2,262 women who did have
# cardiovascular disease for about 10 years')
_FOLLOW_VERB = re.compile(
    r"\b(?:followed|tracked|monitored)(?:[- ]up)?\b(?!\s+by\b)", re.IGNORECASE
)
# ... but not a diet or advice followed, a 'followed by', nor a duration in a later clause
_NOT_FOLLOWED_GAP = re.compile(
    r"\b(?:diets?|regimens?|plans?|programs?|programmes?|guidelines|recommendations|instructions|"
    r"protocols?|advice|rules|routines?|lifestyle|pattern)\b|[;:]",
    re.IGNORECASE,
)
# a statistic in brackets right after a duration ('followed for 2 to 10 years (median 5.2 years)')
# (also after a comma: 'Patients were tracked from four to 12 years, with a median of 9.2 years')
_PAREN_STAT = re.compile(
    r"\s*(?:\(\s*|,\s+(?:with\s+)?)(?:an?\s+)?(?P<stat>average|mean|median)(?:\s+of)?[:,]?\s+(?P<n>\d+(?:\.\d+)?)\s+"
    r"(?P<unit>days?|weeks?|months?|years?)(?:\s*\)|(?![\w-]))",
    re.IGNORECASE,
)
# what may come before a time point put first in its sentence: quotes or a bracket, a joining word and an
# approximation ('But two days later, most patients were satisfied', 'About three months later, participants ...'; not
# a threshold: 'More than 12 months later, 31% ... continued to show a response' is how long responses lasted)
_SENTENCE_LEAD = re.compile(
    r"[\s\"“‘'(]*(?:(?:but|and|then|yet|so)\b,?\s*)?(?:(?:about|nearly|almost|roughly|some|around|approximately)\s+)?",
    re.IGNORECASE,
)
# A duration compared with another right after it ('Their tumors didn't start to grow again for 21 months, on average,
# compared to 5.5 months for a control group', 'lived for 14 months versus 11 months'): an outcome measured in time (a
# survival, a time to relapse), not how long anyone was followed or treated
_COMPARED_DURATION_AFTER = re.compile(
    r",?\s*(?:(?:on\s+average|in\s+median|at\s+the\s+median)\s*,?\s*)?(?:compared\s+(?:to|with)|versus|vs\.?)\s+"
    r"(?:(?:about|nearly|roughly|around|approximately|only|just)\s+)?\d+(?:\.\d+)?\s+(?:days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
# A study said to have been published or presented in a past year, in the sentence of a bare duration, is an earlier
# study, whose length, time points and treatment are not this study's ('In a monthlong study of 77 patients published
# in 2013 in the International Journal of Cardiology', 'a year-long study published in Menopause in 2009'); the
# article's own study is published 'today', 'this week' or 'in the journal ...'. So with a past year told from now ('A
# trial reported earlier this year found that ... 24 patients were still alive a year after starting the drug', 'In
# its latest results published this spring, the European study team said ... after 11 years'; not 'last week', 'last
# month', nor 'a new study published last month'). Stated follow-up is kept (but see classify.year_dated_study).
_DATED_STUDY = re.compile(
    r"\b(?<!\bnew\s)(?:stud(?:y|ies)|trials?|research|analysis|results)\b[^.;]{0,80}?\b(?:published|presented|"
    r"reported)\b[^.;]{0,60}?\b(?:in\s+(?:19|20)\d\d|last\s+(?:year|spring|summer|fall|autumn|winter)|earlier\s+this\s+"
    r"year|this\s+(?:past\s+)?(?:spring|summer|fall|autumn|winter)|(?:a|one|two|three|four|five|several|\d+)\s+years?\s+"
    r"ago)\b",
    re.IGNORECASE,
)
# One study among several ('One study of acustimulation, in which a small electric current is applied through the
# needles, found some benefit over three weeks', '..., one Japanese study reported'): in the sentence of a bare
# duration, it is that study's time line, not the article's own study's (not 'the one study', 'this one trial', 'one
# study participant', 'one new study'; nor 'one of the new studies', which may be one of the article's own). In an
# article that pools studies (a meta-analysis, a review of 27 trials, an analysis of 7 studies), 'in N studies' is a
# part of them too ('In 6 studies, healthy dietary patterns were associated with ... 46 fewer deaths per 1000 people
# over 5 years'); elsewhere N trials may be the article's own ('After 52 weeks, patients in two trials ...'). Stated
# follow-up is kept.
_ONE_STUDY = re.compile(
    r"(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bof\s)(?<!\bjust\s)(?<!\bonly\s)\bone\s+(?!new\b)"
    r"(?:(?!(?:study|trial|new)\b)[\w-]+\s+){0,2}?(?:study|trial)\b"
    r"(?!\s+(?:participants?|subjects?|patients?|authors?|sites?|centers?|centres?|visits?|groups?|arms?|leaders?|"
    r"investigators?|coordinators?|volunteers?|drugs?|periods?|days?|years?|doctors?|physicians?|nurses?)\b)",
    re.IGNORECASE,
)
_IN_N_STUDIES = re.compile(
    r"(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bboth\s)\b(?:in|from)\s+(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|several|some|many|most|half)\s+(?:of\s+(?:the|these|those)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:studies|trials)\b",
    re.IGNORECASE,
)
_POOLED = re.compile(
    r"\bmeta-?analy(?:sis|ses|zed|sed)\b|\bsystematic\s+review\b|\b(?:review(?:ed)?|analy(?:sis|zed|sed)|pooled|"
    r"combined)\s+(?:of\s+)?(?:the\s+)?(?:data\s+from\s+)?(?:results\s+of\s+)?(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|dozens\s+of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:studies|trials)\b",
    re.IGNORECASE,
)


def _pools_studies(view: TextView) -> bool:
    """Whether the text pools studies (a meta-analysis, a review or analysis of N studies); read once a text."""

    def read() -> bool:
        low = view.lower
        return (
            low.find("studies") >= 0 or low.find("trials") >= 0 or low.find("analys") >= 0
        ) and _POOLED.search(view.text) is not None

    return view.once("pools_studies", read)


def _one_study_of_several(view: TextView, s: int, e: int) -> bool:
    """Whether the sentence ``s:e`` tells of one study among several (see ``_ONE_STUDY``)."""
    low = view.lower
    if low.find("stud", s, e) < 0 and low.find("trial", s, e) < 0:
        return False  # (the cheap test first)
    if low.find("one ", s, e) >= 0 and _ONE_STUDY.search(view.text, s, e):
        return True
    return _IN_N_STUDIES.search(view.text, s, e) is not None and _pools_studies(view)


# the words before the second end of a range ('between eight and ')
_RANGE_BEFORE = re.compile(r"\bbetween\s+[\w.,-]+\s+and\s+$", re.IGNORECASE)

# An article that counts a pregnancy in weeks ('born at 22 to 25 weeks of gestation', 'at least seven weeks of
# gestation', '20 weeks pregnant'): its 'at N weeks' is a gestational age ('especially at 22, 23 and 24 weeks', 'found it
# 90 percent accurate at 10 weeks'), not when results were read
_GESTATION = re.compile(
    r"\bweeks?['’]?\s+(?:of\s+)?(?:gestation|pregnancy)\b|\bweeks?\s+(?:pregnant|gestational)\b|"
    r"\bgestational\s+age\b",
    re.IGNORECASE,
)


def _counts_gestation_weeks(view: TextView) -> bool:
    """Whether the text counts a pregnancy in weeks (read once a text, and only when asked)."""

    def read() -> bool:
        low = view.lower
        return (low.find("gestation") >= 0 or low.find("pregnan") >= 0) and _GESTATION.search(
            view.text
        ) is not None

    return view.once("counts_gestation_weeks", read)


# Words that bring in a second study after the article's own ('A second study showed that the recently approved
# drug ...'): the time points after them are the other study's while the article's own study has one before them
_SECOND_STUDY = (
    "a second study",
    "a second trial",
    "another study",
    "another trial",
    "a separate study",
    "a separate trial",
    "the second study",
    "the second trial",
    "in the other study",
    "in the other trial",
)

# the words that say a study mentioned is another than the article's own (not 'a recent study')
_NAMED_OTHER = re.compile(
    r"\b(?:another|earlier|previous|prior|past|separate|similar|second|older|smaller|larger|other|(?:19|20)\d\d|"
    r"last\s+year['’]s)\b",
    re.IGNORECASE,
)

FollowUpValue = tuple[float, str, str | None]  # value, unit, statistic


def _before_second_study(
    view: TextView, facts: list[Fact[FollowUpValue]]
) -> list[Fact[FollowUpValue]]:
    """The time points before the first words that bring in a second study, when there are such words after
    the first time point (else all of them)."""
    first = facts[0].at()
    cut = min((i for i in (view.lower.find(w, first) for w in _SECOND_STUDY) if i >= 0), default=-1)
    return [f for f in facts if f.at() < cut] if cut >= 0 else facts


def _one_person(view: TextView, s: int, e: int) -> bool:
    """Whether the sentence ``s:e`` tells of one person (a pronoun not of the one who says it)."""
    if _GROUP.search(view.text, s, e):
        return False
    for m in _ONE_PERSON.finditer(view.text, s, e):
        if not (
            _SAID_PERSON.search(view.text, max(s, m.start() - 20), m.start())
            and _SAYER_ENDS.match(view.text, m.end())
        ):
            return True  # (not the one who says it: '..., said he.'; but 'she said she began to feel better')
    return False


def _follow_verb_before(view: TextView, s: int, at: int) -> int | None:
    """Where the last 'followed'/'tracked'/'monitored' of people stands in the sentence before ``at`` (a 'for'
    or 'over' duration), when nothing between them makes it another thing followed ('followed a low-fat diet
    for two years', 'followed by surgery') or another clause's time line ('; ...')."""
    low = view.lower
    if (
        low.find("followed", s, at) < 0
        and low.find("tracked", s, at) < 0
        and low.find("monitored", s, at) < 0
    ):
        return None  # (the cheap test first)
    last = None
    for verb in _FOLLOW_VERB.finditer(view.text, s, at):
        last = verb
    if last is None or _NOT_FOLLOWED_GAP.search(view.text, last.end(), at):
        return None
    return last.start()


def _starts_clause(view: TextView, s: int, at: int) -> bool:
    """Whether ``at`` is first in its sentence (``s``) or in a clause after a semicolon ('And its effects lasted;
    after a year and a half, the longest patient follow-up, the therapy was continuing to work'), allowing for
    the lead words of ``_SENTENCE_LEAD``."""
    if _SENTENCE_LEAD.fullmatch(view.text, s, at):
        return True
    if _CLAUSE_JOIN.search(view.text, max(s, at - 14), at):
        return True  # '... was 15.3% immediately after surgery, but after six months the cognitive status was restored'
    semi = view.text.rfind(";", s, at)
    return semi >= 0 and _SENTENCE_LEAD.fullmatch(view.text, semi + 1, at) is not None


# a comma and a word that joins a new clause ('..., but after six months ...', '..., and at 18 months ...')
_CLAUSE_JOIN = re.compile(r",\s+(?:but|and|yet|while|whereas)\s+$", re.IGNORECASE)


# 'every' before a duration, or before the low end of a range ('every 2 to 3 months'): how often, not how long
_EVERY_BEFORE = re.compile(r"\bevery\s+(?:[\w.]+\s*(?:-|–|to|or)\s*)?$")

# 'up to' (or 'as long as', 'a maximum of') right before a duration's number that the pattern did not take as its
# statistic: the longest time anyone was followed, statistic 'max' ('For up to eight years, the researchers followed
# 165 infants', 'up to one year after surgery', 'followed for as long as 10 years', 'for a maximum of 8.9 years')
_UP_TO_BEFORE = re.compile(r"\b(?:up\s+to|as\s+long\s+as|a\s+maximum\s+of)\s+$")


def _unit(raw: str) -> str | None:
    return _UNITS.get(raw.lower().rstrip("s"))


def find_follow_up(view: TextView) -> Fact[FollowUpValue] | None:
    found: dict[str, list[Fact[FollowUpValue]]] = {k: [] for k in _KINDS}
    for pat, m in matches(view, "follow_up"):
        groups = m.groupdict()
        raw_unit = groups.get("unit") or groups.get("unit2") or ""
        decade = raw_unit.lower().startswith("decade")  # 'the decade-long study'
        unit = "years" if decade else _unit(raw_unit)
        raw = m.group("n").replace("-and-a-half", " and a half")  # 'six-and-a-half years'
        if groups.get("half"):
            raw += " and a half"  # 'a year and a half'
        half = raw.lower().endswith("and a half")
        words = raw[: -len("and a half")].split() if half else raw.split()
        # 'for a year', 'a year and a half', 'the year-long study'
        value = 1.0 if " ".join(words).lower() in ("a", "an", "") else None
        for i in range(len(words) if value is None else 0):
            value = to_number(" ".join(words[i:]))
            if value is not None:
                break
        if value is not None and half:
            value += 0.5
        if value is not None and decade:
            value *= 10
        if unit is None or value is None or value <= 0:
            continue
        if _EVERY_BEFORE.search(view.lower, max(0, m.start("n") - 24), m.start("n")):
            continue  # 'following the diet every three months', 'checked every 6 months', 'monitored every 2 to 3
            # months': how often, not how long
        s, e = view.sentence_of(m.start())
        if _COMPARED_DURATION_AFTER.match(view.text, m.end(), e):
            continue  # 'for 21 months, on average, compared to 5.5 months for a control group': an outcome
        if _BEFORE_STUDY.match(view.text, m.end(), e):
            continue  # 'Seizure frequency was tracked for one month prior to the study for baseline readings'
        if pat.label in _WEAK and _DATED_STUDY.search(view.text, s, e):
            continue  # 'a year-long study published in Menopause in 2009': an earlier study's length
        if year_dated_study(view, s, e):
            continue  # 'The first of these, published in 2011, followed 34 people for up to six weeks'
        if pat.label in _WEAK and _one_study_of_several(view, s, e):
            continue  # 'One study of acustimulation ... found some benefit over three weeks': that study's
        label = pat.label
        if label == "duration" and _PERIOD.search(m.group(0)):
            window = _WINDOW_BEFORE.search(view.text, max(s, m.start() - 12), m.start())
            if window and not _starts_clause(view, s, window.start()):
                continue
            label = "timepoint"
        if label == "follow_up" and _MODAL_BEFORE.search(
            view.text, max(s, m.start() - 30), m.start()
        ):
            continue
        planned = (
            label == "follow_up"
            and _PLANNED_BEFORE.search(view.text, max(s, m.start() - 40), m.start()) is not None
        )
        if (
            label == "timepoint"
            and (m.group(0)[:4].lower() == "over" or pat.label == "duration")
            and _GATHERED_BEFORE.search(view.text, max(s, m.start() - 150), m.start())
        ):
            continue  # 'recruited 5,307 colonoscopy patients ... over a seven-year period': an enrollment period
        schedule = False
        if label == "timepoint" and m.group(0)[:4].lower() == "over":
            before = view.text[max(s, m.start() - 60) : m.start()]
            age = _AGE_BEFORE.search(before)
            if age and (age.group("who") is None or (unit == "years" and value >= 18)):
                continue  # 'approved for all adults over 18 years' (not '12,000 people over five years')
            schedule = (
                _SCHEDULE_BEFORE.search(before) is not None
                or _ASSIGNED_BEFORE.search(view.text, max(s, m.start() - 120), m.start())
                is not None
            )
            if schedule:
                label = "treatment"  # 'ten sessions over two weeks': how treatment was given
        verb: int | None = None
        if label in ("treatment", "timepoint") and m.group(0)[:3].lower() in ("for", "ove"):
            verb = _follow_verb_before(view, s, m.start())
            if verb is not None:
                # 'followed 31,671 women with no history of heart disease and 2,262 women who did have
                # cardiovascular disease for about 10 years': the people followed, too many words for the
                # pattern's gap; the 'for'/'over' is how long they were followed (as the pattern would have it)
                if _MODAL_BEFORE.search(view.text, max(s, verb - 30), verb):
                    continue
                if _one_person(view, s, e) or _GENERIC.search(view.text, s, e):
                    continue
                planned = _PLANNED_BEFORE.search(view.text, max(s, verb - 40), verb) is not None
                label = "follow_up"
                if "up to" in m.group(0).lower():
                    groups = {**groups, "stat3": "up to"}
        if (
            label == "timepoint"
            and not pat.extra.get("anywhere")
            and m.group(0)[:2].lower() in ("af", "at", "by")
            and not _starts_clause(view, s, m.start())
        ):
            continue  # 'after 60 days' mid-sentence is no time point of the study (unless the pattern says
            # whose time line it is: 'improved after 12 weeks of treatment'); first in a quote or after 'But' it is
            # ('"By six months, the response rate was up to 50 percent," he said')
        if (
            label == "timepoint"
            and unit == "weeks"
            and (
                m.group(0)[:2].lower() in ("at", "by")
                or view.lower[max(0, m.start("n") - 3) : m.start("n")] in ("at ", "by ")
            )
            and _counts_gestation_weeks(view)
        ):
            continue  # 'especially at 22, 23 and 24 weeks' of babies born early: a gestational age
        if pat.extra.get("sentence_start") and not _starts_clause(view, s, m.start()):
            continue  # a pattern for a time point put first in its sentence ('Six months after treatment, ...')
        if (
            label == "treatment"
            and not schedule
            # a pattern whose phrase says it is treatment ('12 weeks of treatment with') needs no cue
            and not pat.extra.get("treatment_cue")
            and not _TREATMENT_CUE.search(view.text, s, e)
        ):
            continue
        if label in _WEAK and (
            _FUTURE.search(view.text, s, e) or _HYPOTHETICAL.search(view.text, s, e)
        ):
            continue
        if view.lower.find("studies", s, e) >= 0 and _STUDIES_IN_GENERAL.search(view.text, s, e):
            continue  # 'Most studies involving these scans have a follow-up of five years or less'
        needed = (
            _NEEDED.search(view.text, m.end(), e)
            if any(view.lower.find(w, m.end(), e) >= 0 for w in _NEEDED_WORDS)
            else None
        )
        if needed and not _FOUND_BEFORE_NEEDED.search(view.text, m.end(), needed.start()):
            continue  # 'data from more patients ..., followed for up to seven years after surgery, is needed'
        if label in ("timepoint", "treatment") and (
            _GENERIC.search(view.text, s, e)
            or not _PAST_OR_REPORT.search(view.text, s, e)
            or _one_person(view, s, e)
        ):
            continue
        if (
            label in ("timepoint", "treatment")
            and m.group(0)[:2].lower() in ("fo", "ov")  # 'for ...', 'over ...'
            and _BACKGROUND.search(view.text, s, e)
        ):
            continue
        paren = _PAREN_STAT.match(view.text, m.end(), e)
        if paren:  # '... between eight and 19 years after surgery (average 11.7 years)': the stated statistic
            value = to_number(paren.group("n")) or value
            unit = _unit(paren.group("unit")) or unit
            found["follow_up"].append(
                Fact(
                    (value, unit, _STATS[paren.group("stat").lower()]),
                    [(m.start(), paren.end())],
                    pat.id,
                )
            )
            continue
        if label == "timepoint" and _RANGE_BEFORE.search(
            view.text, max(s, m.start() - 40), m.start()
        ):
            continue  # the end of a range ('between eight and 19 years after surgery') is no time point
        stat_raw = next(
            (groups[g] for g in ("statp", "stat", "stat2", "stat3") if groups.get(g)), None
        )
        stat = _STATS.get(" ".join(stat_raw.lower().split())) if stat_raw else None
        if stat is None and _UP_TO_BEFORE.search(
            view.lower, max(0, m.start("n") - 20), m.start("n")
        ):
            stat = "max"
        if groups.get("avg"):
            stat = "mean"  # '... two and a half years on average'
        if label == "treatment":
            stat = "total"
        if planned:
            label, stat = "planned", "planned"
        span = m.span("cite") if groups.get("cite") else m.span()  # the part to cite, when marked
        if verb is not None:
            span = (verb, m.end())  # from the verb of following
        found[label].append(Fact((value, unit, stat), [span], pat.id))
    other = other_study_sentences(view)
    for kind in _KINDS:
        facts = sorted(found[kind], key=Fact.at)
        # a duration stated in a sentence about another study ('a previous study followed ...') is not
        # this study's, while this study states one of its own
        own = [f for f in facts if view.sentence_of(f.at()) not in other]
        # (a bare time point or treatment length of another study is not taken for want of one of its own, nor a
        # duration in a sentence that mentions another study past the lead: see classify.in_other_study_mention)
        if not own and kind in ("follow_up", "duration"):
            own = [f for f in facts if not in_other_study_mention(view, f.at())]
        elif not own and kind == "timepoint":
            # ... but a time point in the lead, where 'a recent study' is mostly the article's own ('had a survival
            # rate of 58% after two years, according to a recent study'), is taken for want of one (not when the
            # sentence says the study is another: 'A previous study of U.S. adults found ... over two years')
            own = [
                f
                for f in facts
                if view.sentence_index(f.at()) < OTHER_STUDY_LEAD
                and not _NAMED_OTHER.search(view.text, *view.sentence_of(f.at()))
            ]
        facts = own
        if facts and kind == "timepoint":
            # several read-out time points ('At six weeks, ... After 22 weeks, ...'): the latest one of the
            # article's own study
            if len(facts) > 1:
                facts = _before_second_study(view, facts)
            return max(facts, key=lambda f: f.value[0] * _DAYS[f.value[1]])
        if facts:
            return next(
                (f for f in facts if f.value[2] is not None and kind == "follow_up"), facts[0]
            )
    return None
