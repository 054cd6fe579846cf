"""How many took part: enrolled, randomized, analysed, the headline total, and the enrollment period."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from extractor import patterns
from extractor.components.classify import (
    OTHER_STUDY_LEAD,
    in_other_study_mention,
    other_study_sentences,
    year_dated_study,
)
from extractor.components.facts import EnrollmentFacts, Fact
from extractor.components.numbers import NOT_COUNT_AFTER, approx_relation, count_in, is_year
from extractor.components.text import TextMatch, TextView, matches

#: words before 'patients were randomized' that make them a part of the study, not all of it
_PART = re.compile(
    r"(?:\d[\d,]*|half|some|only|few|many|several|those|other|others|remaining|rest|of|most|\w+ty|\w+teen|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand)\s*$",
    re.IGNORECASE,
)


# what is counted between the number and the people word is not people: '19 studies of older adults',
# '12 hospitals with 500 patients', '3 doses in 40 women', 'added 1.25 inches in height and three pounds to the
# patients' (plurals only: '282 study participants', '499 Mayo
# Clinic patients' are people)
_NOT_PEOPLE_GAP = re.compile(
    r"\b(?:studies|trials|analyses|reviews|papers|articles|reports|groups|hospitals|centers|centres|clinics|sites|"
    r"practices|countries|states|cities|schools|cohorts|doses|sessions|visits|cycles|injections|treatments|"
    r"scans|genes|times|questions|items|foods|servings|cups|drinks|glasses|tablets|pills|capsules|cigarettes|meals|"
    r"pounds|kilograms|kilos|inches|centimet(?:er|re)s|points|miles|steps|levels|scores)\b",
    re.IGNORECASE,
)


_PEOPLE_WORD = re.compile(r"\b" + patterns.expand("<<PEOPLE>>") + r"\b", re.IGNORECASE)


# right after a count, words that make it the start of a range or a part of a larger group: '25 to 50
# patients', '10-20 adults', 'six of the 11 patients', '15 out of the 28 teens'
_RANGE_OR_PART = re.compile(
    r"\s*(?:(?:to|or|-|–)\s*(?:"
    + patterns.expand("<<APPROX>>")
    + r"\s+)?(?:\d|"
    + patterns.expand("<<WORDNUM>>")
    + r"\b)|(?:out\s+)?of\s+(?:the|these|those)\b)",
    re.IGNORECASE,
)


#: right before a count: the start of a rate ('one in three youth', '1 in 11 people', 'one out of five adults')
_RATIO = re.compile(r"\b(?:one|1|a)\s+(?:in|out\s+of)\s+$", re.IGNORECASE)

#: right before a number: a label's, not a count's ('For this phase 2 study, 39 patients ...', 'type 2 diabetes')
_LABEL_NUMBER = re.compile(r"\b(?:phase|type|stage|grade|class|step)\s*$", re.IGNORECASE)


def _counts_no_people(text: str, n_end: int, end: int) -> bool:
    """The words between a count and its people word name other things ('19 studies of older adults'), or
    make the count a range's start or a part ('25 to 50 patients', 'six of the 11 patients')."""
    people = _PEOPLE_WORD.search(text, n_end, end)
    if people is None:
        return False
    return (
        _NOT_PEOPLE_GAP.search(text, n_end, people.start()) is not None
        or _RANGE_OR_PART.match(text, n_end, people.start()) is not None
    )


# after a count's people word: a part ('119 people (37%)') or the first of a list of groups ('154 women got
# Tykerb, 149 Herceptin', '15 men and 15 women')
_PART_PERCENT_SOURCE = r"\s*\(\s*\d[\d.]*\s*(?:%|percent)"
_PART_PERCENT = re.compile(_PART_PERCENT_SOURCE, re.IGNORECASE)
_LIST_OR_PART = re.compile(
    _PART_PERCENT_SOURCE + r"|[^.;]{0,80}?(?:,|\band\b|\bwhile\b)\s+(?:the\s+other\s+|another\s+)?"
    r"\d[\d,]*(?!\s+(?:out\s+)?of\s)(?![\d,.]*\s*(?:%|percent|per\s+cent))\b",
    re.IGNORECASE,
)


# right after a number, a unit joined to it by a hyphen: a length or a dose, not a count ('30-minute sessions',
# '12-week course', '5-mg dose')
_HYPHEN_UNIT = re.compile(
    r"[-‐](?:decades?|years?|months?|weeks?|days?|hours?|minutes?|mg|milligrams?|micrograms?|grams?)\b",
    re.IGNORECASE,
)


# before a count, an open parenthesis after another count: the count is a breakdown of the group before it ('presented
# 18 children with ASD and 18 normally developing children (17 boys and 1 girl in each group) with ...', '130 patients
# (99 women and 31 men)'), not one more group
_BREAKDOWN = re.compile(r"\d[^()]*\([^()]*$")
_OPEN_PAREN = re.compile(r"\([^()]*$")


# the end of a pair of numbers that is a range, not a second group: 'women between the ages of 45 and 60'
_AGE_RANGE_END = re.compile(r"\d\s+and\s+\d[\d,]*$", re.IGNORECASE)


# after a second group's people word, what happened to some of the people: an outcome's count, not a further group
# ('enrolled 120 patients with heart failure and 30 patients died during follow-up', '500 women who took hormones
# and aspirin and 40 women developed breast cancer', '... and 45 patients were excluded', '... and 40 nurses who were
# later diagnosed with cancer')
_NO_OUTCOME = (
    r"(?!\s+(?:had|have|has|developed|died|experienced|reported|showed|saw|suffered|needed|went|remained|responded|"
    r"relapsed|stopped|dropped|withdrew|improved|recovered|survived|benefited|were\s+(?:still|later|then|found|"
    r"diagnosed|hospitali[sz]ed|cured|excluded|lost|withdrawn)|are|is)\b)"
    r"(?!\s+who\s+(?:died|later|were\s+(?:later|excluded|lost|withdrawn)|dropped|withdrew)\b)"
)

# right after a count's people word, a second group of people joined by 'and' ('19 women and 15 men', '5,700
# colorectal cancer cases and 7,100 controls', '49,281 men who participated in the HPFS and 80,336 women who ...')
# ... or a second group named only by what sets it apart ('blood samples from 80 women who went on to have
# normal births and 80 who had premature births', '10 patients with depression and seven with bipolar disorder', 'records of 380 men who had died of prostate cancer and
# another 380 of the same age')
# ... or brought in 'along with' or 'together with', or as the group they were compared with ('recruited 38 children who
# had been diagnosed with ASD along with a control group of 31 other children', '11 healthy people were vaccinated
# and infected with the seasonal flu strain along with 11 non-vaccinated volunteers', 'questioned more than 1,500
# prostate cancer patients at three British hospitals between 1994 and 2009 and compared them with 3,000 healthy men')
_AND_MORE = re.compile(
    r"(?:(?:\s+(?:(?!and\b)[\w'’()-]+|\d+\s+and\s+\d+\b)){0,12}?,?\s+and(?:\s+compared\s+(?:them|these|those)\s+(?:to|with))?|"
    # ('along/together with' may follow words joined by 'and': '11 healthy people were vaccinated and infected with
    # the seasonal flu strain along with 11 non-vaccinated volunteers')
    r"(?:\s+[\w'’()-]+){0,12}?\s+(?:along|together)\s+with)\s+(?:another\s+|(?:a|an|the)\s+(?:[\w-]+\s+)?group\s+of\s+)?(?P<m>"
    + patterns.expand("<<ANUM>>")
    + r")\s+(?:(?:[\w'’“”\"-]+\s+){0,2}?(?:"
    + patterns.expand("<<PEOPLE>>")
    + r"|controls)\b"
    + _NO_OUTCOME
    + r"|(?P<ell>who|whose|with|without|of\s+the\s+same|"
    r"as\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:control|comparison)\s+group)\b)",
    re.IGNORECASE,
)

# ... or, when that finds none, a second group further on in the sentence: after a description of the first that
# holds 'and' or commas ('followed 237 women who were using an implant like Implanon and Nexplanon and 263 women using
# the Mirena hormonal IUD', 'followed 20 Italian patients from January 1996 to June 2009 with atypical endometrial
# hyperplasia (AEH), which often precedes the cancer, and 14 women with early-stage endometrial cancer'), or brought in
# by a verb of its own ('outfitted 12 primary insomnia patients with a temperature-controlled cap ... and recruited 12
# healthy controls', 'breath samples ... from 31 lung cancer patients and compared their carbonyl VOCs levels with
# samples from 187 healthy patients'); no count may stand between the two (not '12 patients with Alzheimer's disease,
# seven younger healthy controls ... and five older healthy controls', '282 human study participants - 52 with type 1
# diabetes ... and 230 who ...'), nor 'including' ('2,482 women with BRCA mutations, including 247 women who had ...
# and 993 who had ...'), and the second count is no share ('541 9- to 11-year-olds in China, 54 percent boys and 46
# percent girls')
_AND_MORE_FAR = re.compile(
    r"(?:\s+(?:(?!(?:and|including|whom|which\s+included)\b)(?!"
    + patterns.expand("<<WORDNUM>>")
    + r"\b)[^\W\d][\w'’-]*,?|\([^()\d]*\),?|(?:19|20)\d\d,?|and(?=\s+[^\W\d_])(?!\s+(?:"
    + patterns.expand("<<WORDNUM>>")
    + r"|another)\b))){0,16}?,?\s+and(?:\s+(?:recruited|enrolled|included|added)|\s+compared\s+(?:them|these|those|their"
    r"\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:to|with)(?:\s+(?:samples|data|records|those)\s+(?:from|of))?)?\s+(?:another\s+|"
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?group\s+of\s+)?(?P<m>"
    + patterns.expand("<<ANUM>>")
    + r")(?![\d,.]*\s*(?:%|percent|per\s+cent))\s+(?:(?:[\w'’“”\"-]+\s+){0,2}?(?:"
    + patterns.expand("<<PEOPLE>>")
    + r"|controls)\b"
    + _NO_OUTCOME
    + r"|(?P<ell>who|whose|with|without|of\s+the\s+same)\b)",
    re.IGNORECASE,
)

# after a randomized count's people word and its treatment, the next group's count and treatment with the people word
# left out ('The scientists randomized 152 Alzheimer's patients to a 10-week course of dextromethorphan-quinidine and
# 127 to placebo')
_AND_M_TO = re.compile(
    r"(?:\s+(?!and\b)[\w'’()-]+){0,12}?\s+and\s+(?:another\s+)?(?P<m>"
    + patterns.expand("<<ANUM>>")
    + r")\s+(?:were\s+)?(?P<ell>to)\s+(?!\d)",
    re.IGNORECASE,
)
#: the start of a phrase that assigns its count to a treatment ('randomized 152 patients to ...', 'assigned 35 ...')
_ASSIGNS = re.compile(r"(?:randomly\s+)?(?:randomi[sz]|assign|allocat)", re.IGNORECASE)

# after a count's people word and what sets its group apart, one more group of a list: ', 25 people with what's known
# as mild cognitive impairment (a decline ...)', ', as well as 35 people whose ...', ' and 120 healthy controls'
_LIST_ITEM = re.compile(
    r"(?:[^,;.()\d]|\([^()]*\))*?(?P<join>,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)(?P<m>"
    + patterns.expand("<<ANUM>>")
    + r")\s+(?:(?:[\w'’-]+\s+){0,2}?(?:"
    + patterns.expand("<<PEOPLE>>")
    + r"|controls)\b|(?:who|whose|with|without)\b)",
    re.IGNORECASE,
)


#: a count between a group's people word and the next group's count ('(18 men and 22 women', '-- six men and six')
_PART_COUNT = re.compile(patterns.expand(r"\b<<ANUM>>\b"), re.IGNORECASE)


def _is_breakdown(view: TextView, people_end: int, more: re.Match[str], first: int) -> bool:
    """Whether the second group ``more`` found after a count ``first`` is the last part of that count's breakdown:
    a count stands between them and the two add up to ``first`` ('40 patients (18 men and 22 women)', '12 patients --
    six men and six women'), so the groups are the same people counted twice."""
    extra = count_in(more.group("m"))
    if extra is None:
        return False
    parts = [
        count_in(c.group(0)) for c in _PART_COUNT.finditer(view.text, people_end, more.start("m"))
    ]
    return bool(parts) and parts[-1] is not None and parts[-1] + extra == first


def _list_of_groups(view: TextView, people_end: int, sentence_end: int) -> list[tuple[int, int]]:
    """The counts of a list of two or more further groups after a count's group, the last joined by 'and' or 'as
    well as' ('tested the saliva of 22 people with Alzheimer's disease, 25 people with ... mild cognitive
    impairment ..., as well as 35 people whose mental skills ...'): their spans, [] when there is no such list."""
    items: list[tuple[int, int]] = []
    pos = people_end
    while (item := _LIST_ITEM.match(view.text, pos, sentence_end)) is not None:
        items.append(item.span("m"))
        pos = item.end()
        if "and" in item.group("join").lower() or "well" in item.group("join").lower():
            return items if len(items) >= 2 else []
    return []


# after 'compared N people ...', the group they were compared with: 'compared 1,004 healthy participants to 873
# people with rheumatoid arthritis', 'compared about 2,000 women with breast cancer to 2,000 similar women'
# ... or with a group named as such ('compared a group of 66 high school athletes in contact sports who had been
# recently diagnosed with a concussion to a control group of 169 high school student athletes')
_COMPARED_WITH = re.compile(
    r"(?:\s+[\w'’()-]+){0,14}?\s+(?:to|with)\s+(?:another\s+|(?:a|an|the)\s+(?:[\w-]+\s+)?group\s+of\s+)?(?P<m>"
    + patterns.expand("<<ANUM>>")
    + r")\s+(?:(?:[\w'’-]+\s+){0,3}?(?:"
    + patterns.expand("<<PEOPLE>>")
    + r"|controls)\b|(?P<ell>who|whose|of\s+the\s+same)\b)",
    re.IGNORECASE,
)

# ... or, for a count with no cue of its own, after 'compared' earlier in its sentence with no number between ('They
# compared the average number of hot flashes in 760 women who had treatment with 770 who did not')
_COMPARED_BEFORE = re.compile(r"\bcompar(?:ed|ing)\b[^\d.;]{0,80}$", re.IGNORECASE)

# between a count and its people word, a second count of the same: '17 nonsmokers and 24 smokers', '30 boys and
# 28 girls' (the people word names only the last group)
_INNER_AND = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,2}and\s+(?P<m>"
    + patterns.expand("<<NUM>>")
    + r")\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _people_start(text: str, start: int, end: int) -> int:
    """Where the people word of a count's phrase starts (its end when there is none)."""
    found = list(_PEOPLE_WORD.finditer(text, start, end))
    return found[-1].start() if found else end


# the end of an age range or of a pair of numbers before 'and': 'children between the ages of 7 and 12 who ...'
_NUMBER_AND = re.compile(r"\d\s+and\s+(?:another\s+)?$", re.IGNORECASE)

# after a count's people word, the words that make them a pool some of whom were taken later: '19,077 patients
# were identified', '500 people were eligible' (not 'screened' or 'invited': in a screening trial they are the
# participants)
_POOL = re.compile(
    r"[^.;]{0,40}?\b(?:(?:were|was)\s+(?:initially\s+|first\s+|then\s+)?(?:identified|approached|contacted|"
    r"assessed\s+for\s+eligibility|considered\s+for\s+inclusion|eligible)|(?:who\s+)?were\s+eligible)\b",
    re.IGNORECASE,
)

# a count given as a part of a count stated just before it: '2,482 women with BRCA mutations, including 247 women
# who ...'
_INCLUDING = re.compile(r"\s*(?:including|among\s+them)\s", re.IGNORECASE)
# ... and the words from the larger count to 'including', whatever that count counts: '60 cerebral spinal fluid
# samples, including 12 from people with ...', 'Around 180 million people globally have chronic HCV infection,1
# including approximately 15 million people in the EU'
_UP_TO_INCLUDING = re.compile(r"\s+(?:[^\s.;:!?()]+\s+){0,6}?[^\s.;:!?()]*[\w,]\s*")
_NUM = re.compile(patterns.expand("<<NUM>>"), re.IGNORECASE)
#: four digits that read as a year ('A 2016 study of adults, including 40 ...')
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def _part_of_count_before(view: TextView, part: Fact[int], including_at: int) -> bool:
    """Whether a count after 'including' (``including_at``) is a part of a larger count stated just before it in
    its sentence, of people or of anything else ('60 ... samples, including 12 from people with ...')."""
    s, _ = view.sentence_of(including_at)
    for w in _NUM.finditer(view.text, s, including_at):
        whole = count_in(w.group(0))
        if (
            whole is not None
            and whole > part.value
            and not is_year(view.text, *w.span())
            # (not a year: 'A 2016 study of adults, including 40 ...')
            and _YEAR_LIKE.fullmatch(w.group(0)) is None
            and not NOT_COUNT_AFTER.match(view.text[w.end() : w.end() + 30])
            and _UP_TO_INCLUDING.fullmatch(view.text, w.end(), including_at)
        ):
            return True
    return False


# a randomized count that is one group's size: 'About 90 patients each were randomly assigned to yoga or
# stretching', or 'randomly assigned 52 women to acupuncture.' followed by 'Another 49 women received ...' (the
# participants were randomized; the count is an arm's)
_EACH = re.compile(r"\s+each\b", re.IGNORECASE)
_NEXT_GROUP = re.compile(
    r"\s*(?:another|the\s+other|the\s+remaining|a\s+second\s+group\s+of)\s+"
    + patterns.expand("<<ANUM>>")
    + r"\b",
    re.IGNORECASE,
)


# ... a next group of people, not a part of the first ('Another 79 participants were in the control group'; not
# 'The other 10 received a sham')
_NEXT_GROUP_OF_PEOPLE = re.compile(
    r"\s*another\s+(?P<m>"
    + patterns.expand("<<ANUM>>")
    + r")\s+(?:[\w'’-]+\s+){0,2}?"
    + patterns.expand("<<PEOPLE>>")
    + r"\b",
    re.IGNORECASE,
)


def _one_groups_size(view: TextView, people_end: int, sentence_end: int) -> bool:
    """Whether a randomized count whose people word ends at ``people_end`` is one group's size, not all
    randomized: 'each' right after it, or a next sentence that opens with another group's count."""
    return (
        _EACH.match(view.text, people_end) is not None
        or _NEXT_GROUP.match(view.text, sentence_end) is not None
    )


# A sentence about the study (its people, team or work, an analysis or the experimental treatment): where a count
# with no other cue before it may be the study's size ('The team did scans ... on the brains of 30 people with autism
# and 30 people without', 'An analysis of lung cancer screening results in 3,200 people ... finds', 'An experimental
# treatment ... relieved pain in over two-thirds of 327 people')
_STUDY_CUE = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|research(?:ers)?|scientists|investigators|team|experiment|enrolled|recruited|"
    r"participants|volunteers|subjects|colleagues|placebo|analys[ie]s|analy[sz]ed|experimental)\b",
    re.IGNORECASE,
)
# ... and not one that states general figures (how many have a disease, a year's cases), or what is to come
_GENERAL_FIGURES = re.compile(
    r"\b(?:(?:each|every|per|a)\s+year|annually|worldwide|globally|"
    r"millions?|billions?|estimated|affects?|affecting|one\s+in|(?:is|are)\s+diagnosed|will|would|plans?|planned|"
    r"hopes?|ongoing|(?:previous|earlier|prior|another|other|past)\s+(?:[\w-]+\s+)?(?:stud(?:y|ies)|trials?|research|work|analys[ie]s)|largest|employs?|employed|members?|founded|organi[sz]ation|for\s+every|(?:is|are)\s+being|respectively|dedicated|professionals)\b",
    re.IGNORECASE,
)
# ... nor a country's people: a country or the nation named right before the count or right after its people word
# ('In the US, only about 40 percent of girls ...', 'occurred in 230,000 women in the United States in 2015', 'people
# with diabetes nationwide'); a place further on is where the study was done ('60 healthy volunteers given the vaccine
# in Britain', 'trial that took place across 159 pancreatic cancer centers located in Europe', 'used data from
# nationwide Swedish health registries to compare pregnancies between nearly 600 women ...')
_PLACE = (
    r"(?:nationwide\b|(?:in|across)\s+(?:the\s+)?(?:u\.\s?s\.|(?:us|united\s+states|america|world|country|nation|"
    r"uk|britain|england|europe|canada|australia)\b))"
)
_PLACE_BEFORE = re.compile(r"\b" + _PLACE + r"[^.;:!?]*$", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,2}?,?\s+" + _PLACE, re.IGNORECASE)


# ... nor what may come about, said before the count ('the device could eventually change the lives of up to 200,000
# people'); after it, 'could' tells what the study found ('allowed three blind patients to see shapes ... and say
# the device could become routine', 'in a test of 38 women, they found that they could predict premature birth')
_COULD = re.compile(r"\bcould\b", re.IGNORECASE)


# around a count with no cue of its own, what makes it no size of the study: a part ('three out of six patients',
# 'Three of its seven authors'), a fraction ('two thirds of people'), a comparison group ('compared to 96 similar
# patients'), a year ('Nov. 8, 2012 -- Men who eat'), or the end of a label ('HPV 16/18 AS04-adjuvanted vaccine in
# women'), the end of a range or of a list ('4,000 to 6,000 patients', '93,000 and 732,000 subjects'), a rate ('for
# every 71 people who were vaccinated'), another group ('Another 79 participants were in the control group')
# ... or an age's end ('the screening population ages 50 and over, screening mammography in women')
_BARE_AFTER = re.compile(
    r"\s+(?:out\s+of|of|thirds?|quarters?|fifths?|halves|(?:and|or)\s+(?:over|older|above|up|younger|under)\b)\b",
    re.IGNORECASE,
)
# between a count and its people word, words that make the count another thing's ('three types of exercise improved
# participants', 'six involved older males': studies), and after the people word the words of one group's treatment
# ('413 volunteers given placebo', 'the 187 participants who used the device', 'The 35 patients in the placebo group'); an outcome's count ('in 60 cases', 'save
# 65,000 more women')
_BARE_GAP = re.compile(
    r"\b(?:of|types?|kinds?|groups?|involved|included|improved|were|was|had|has|have|is|are|did|more|fewer|less|"
    r"additional|extra)\b",
    re.IGNORECASE,
)
_BARE_ARM = re.compile(
    r"\s+(?:(?:who\s+)?(?:given|getting|receiving|taking|using|used|got|received|took|on)\b"
    # (not the treatments every participant was given one of: 'Sixty-eight study participants received either a
    # monthly vitamin D supplement ... or placebo'; nor the study that used them: 'The 116 patients used in this
    # study may have been selected ...')
    r"(?!\s+(?:either|one\s+of|in\s+(?:the|this|our|their)\s+(?:[\w-]+\s+)?(?:study|trial|research|analysis))\b)|"
    r"in\s+the\s+(?:[\w-]+\s+){0,2}?(?:group|arm)\b)",
    re.IGNORECASE,
)
# right after one group's treatment verb, a control's: 'given placebo treatment', 'on a sham diet'
_CONTROL_TREATMENT = re.compile(
    r"\s+(?:(?:an?|the|only)\s+)?(?:[\w-]+\s+)?(?:placebos?|sham|dummy|inactive|control|usual\s+care)\b",
    re.IGNORECASE,
)
# before a count, 'the', and after its people word 'who', for a group named by its treatment ('the 187 participants
# who used the device')
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_WHO = re.compile(r"\s+who\b", re.IGNORECASE)
# ... or a group named by what was done to it ('The 504 patients treated with the antibiotic nose gel')
_TREATED_WITH = re.compile(
    r"\s+(?:who\s+(?:were|was)\s+)?(?:treated|injected|vaccinated|assigned|randomi[sz]ed)\s+(?:with|to)\b",
    re.IGNORECASE,
)
# after a count's people word: the size of each group, not of the study ('a minimum of 30 participants per study
# group')
_PER_GROUP = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:per|each|in\s+each)\b", re.IGNORECASE)
_BARE_BEFORE = re.compile(
    r"(?:/|\d[\d,]*\s*(?:and|or|to|-|–)\s*|\b(?:every|per|another|other|remaining)\s+|\ball\s+but\s+|\b(?:compared\s+(?:to|with)|than|versus|vs\.?)\s+(?:"
    + patterns.expand("<<APPROX>>")
    + r"\s+)?)$",
    re.IGNORECASE,
)


# before a count, a part of it that makes it a whole group ('Ten out of 20 people who faced this problem ...', 'in
# 11 out of the 24 patients', 'six of the 10 patients had improved vision'); without 'the', not a rate's base ('four
# of five patients newly diagnosed', 'nine out of 10 children')
_PART_OF_WHOLE = re.compile(
    r"(?<![\w.,'’-])(?:\d+|"
    + patterns.expand("<<WORDNUM>>")
    + r")\s+(?:out\s+)?of\s+(?P<the>(?:the|these|those)\s+)?$",
    re.IGNORECASE,
)
_RATE_BASE = frozenset({2, 3, 4, 5, 10, 100, 1000, 10_000, 100_000, 1_000_000})
#: before a count, a fraction of it, and after it, the named cohort its people took part in: 'About half of the 90,000
#: women who participated in the Nurses' Health Study also answered ...' gives only a fraction of the cohort, whose
#: number is not printed (corpus/README.md: the total is then null); 'Half of the 400 women who took part got the drug'
#: names no cohort and keeps its 400
_FRACTION_OF = re.compile(
    r"\b(?:half|(?:a|one|two)[- ]thirds?|(?:a|one|three)[- ]quarters?|\d+(?:\.\d+)?\s*(?:%|percent))\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_IN_NAMED_COHORT = re.compile(
    r"[^.;]{0,60}?\b(?i:participated|took\s+part|were\s+enrolled|enrolled)\s+in\s+(?:the\s+)?[A-Z]"
)

# at a sentence's start, the researchers as the subject of what they did to the count ('They measured the penis
# length of 117 infertile and 56 fertile men', 'They wrangled a group of 49 overweight and obese adults'; not
# 'They found 619 breast cancer deaths'), or the study's group put first ('A group of almost 3,200 patients, aged
# 58-74, had ultrasounds ...')
_DONE_BY_THEM = re.compile(r"[\s\"“‘'(]*(?:(?:they|we)\s+[a-z]+ed|a\s+group\s+of)\b", re.IGNORECASE)


def _whole_of_part(view: TextView, n_start: int, value: int) -> bool:
    """Whether a count is the whole that a part stated right before it is a part of ('three out of six patients')."""
    part = _PART_OF_WHOLE.search(view.text, max(0, n_start - 40), n_start)
    return part is not None and (part.group("the") is not None or value not in _RATE_BASE)


# at a sentence's start, 'Of (the) ' or 'Among (the) ' before a count ('Of the 444 patients with lung cancer, 318 died',
# 'Of the initial 19,066 participants with a negative initial LDCT scan, 444 (2 percent) were diagnosed')
_OF_START = re.compile(
    r"[\s\"“‘'(]*(?:of|among)\s+(?:the\s+)?(?:initial\s+|original\s+)?$", re.IGNORECASE
)
_COMMA_THEN_NUMBER = re.compile(r"[^,.;]*,\s+(?P<k>\d[\d,]*)$")


# before 'randomly assigned' in its sentence, the trial a later analysis took its data from, the subject of the
# randomizing: 'analyzed data from the National Lung Screening Trial, a large prospective study that randomly assigned'
_DATA_FROM_TRIAL = re.compile(
    r"\bdata\s+(?:from|of|on)\s[^.;]*\b(?:stud(?:y|ies)|trials?)\s+(?:that|which)\s+(?:had\s+)?$",
    re.IGNORECASE,
)
# right after an opening 'Of the N people', the words of a part told by what it did or where it was ('Of 32 women who
# had ovarian tissue frozen and transplanted in this study, 10 women ... had a child')
_OF_PART_WORDS = re.compile(
    r"\s+(?:who|whom|whose|that|which|were|was|in\s+the\s+(?:[\w-]+\s+)?(?:group|arm)s?)\b",
    re.IGNORECASE,
)


def _part_after_of_n(view: TextView, m: TextMatch, n: int, listed: re.Match[str]) -> bool:
    """Whether the count after a count's group (``listed``) is a part of it told right after the comma that closes
    an opening 'Of the N people ...,' ('Of the 444 patients with lung cancer, 318 died during the three years of
    follow-up'): a smaller number, no further group."""
    s, _ = view.sentence_of(m.start())
    if (
        _OF_START.fullmatch(view.text, s, m.start("n")) is None
        or _OF_PART_WORDS.match(view.text, m.end()) is not None
    ):
        return False
    after = _COMMA_THEN_NUMBER.fullmatch(view.text, m.end(), listed.end())
    return after is not None and (k := count_in(after.group("k"))) is not None and k < n


def _bare_count_ok(
    view: TextView, m: TextMatch, own_cue: bool = False, one_group: bool = False
) -> bool:
    """Whether a count with no cue of its own (pattern label ``bare``) stands in a sentence about the study, as
    a whole number of people (``own_cue``: the pattern's phrase says it is the study's, 'Of 16 people with
    Alzheimer's disease, those who received ...', and needs no study word in the sentence; ``one_group``: a
    count followed by the words of one group's treatment, 'researchers put 23 obese volunteers on the diet', is
    taken too)."""
    s, e = view.sentence_of(m.start())
    n_start, n_end = m.span("n")
    people = _people_start(view.text, n_end, m.end())
    # (a cue word with a capital inside the sentence is a name's: 'two Microsoft Research employees')
    cue = (
        own_cue
        or any(
            c.start() == s or not view.text[c.start()].isupper()
            for c in _STUDY_CUE.finditer(view.text, s, e)
        )
        or _DONE_BY_THEM.match(view.text, s, n_start) is not None
        or _whole_of_part(view, n_start, count_in(m.group("n")) or 0)
    )
    return (
        cue
        and _GENERAL_FIGURES.search(view.text, s, e) is None
        and _PLACE_BEFORE.search(view.text, max(s, n_start - 40), n_start) is None
        and _COULD.search(view.text, s, n_start) is None
        and _PLACE_AFTER.match(view.text, m.end(), e) is None
        and _BARE_AFTER.match(view.text, n_end) is None
        and _BARE_BEFORE.search(view.text, max(s, n_start - 30), n_start) is None
        and _YEAR_LIKE.fullmatch(view.text, n_start, n_end) is None
        and _PER_GROUP.match(view.text, m.end()) is None
        and (one_group or _BARE_ARM.match(view.text, m.end()) is None)
        and _BARE_GAP.search(view.text, n_end, people) is None
        and not view.lower.startswith("cases", people)
    )


# before a study size, the words of a study still to come or under way ('Abbott plans to begin a 500-patient pivotal
# trial', 'Merck announced plans Wednesday to launch a 30,000-patient global study', 'a larger 400-patient trial will
# test', 'Allegro Diagnostics, which is halfway through a 60-patient clinical trial of the test'), for patterns marked
# ``not_planned``
_PLANNED_SIZE = re.compile(
    r"\b(?:will|would|plans?|planned|planning|hopes?|intends?|aims?|to\s+(?:begin|launch|start|conduct|run|open|enrol+)|"
    r"upcoming|future|larger|next|proposed|underway|under\s+way|ongoing|halfway|midway)\b",
    re.IGNORECASE,
)
# ... or after it, or one done long ago ('a 1,000-patient trial is needed', 'a 500-patient study will start next year',
# 'in a five-subject study of peanut allergy shots more than 10 years ago')
_PLANNED_AFTER = re.compile(
    r"\b(?:will|would|(?:is|are)\s+(?:needed|planned|required|expected|scheduled|under\s*way)|"
    r"(?:is|are)\s+(?:now\s+)?(?:recruiting|enrolling)|ago)\b",
    re.IGNORECASE,
)


# before a count in its sentence, someone running a study now, brought in with 'a': another study than the one the
# article reports ('Andriole is directing a National Cancer Institute study of 76,000 men', 'The NCI is running a
# clinical trial in which 53,000 current and former smokers were randomly assigned'; not 'Smith, who is leading the
# trial, said': the article's own)
# ... or someone citing one ('Screening proponents ... point to a European study of 162,000 men', 'He points to a study
# he conducted in which 15,170 smokers ...')
_RUNNING_ANOTHER = re.compile(
    r"\b(?:(?:is|are)\s+(?:now\s+|also\s+|currently\s+)?(?:directing|leading|running|heading|conducting|overseeing|"
    r"coordinating)|point(?:s|ed|ing)?\s+to|cit(?:e|es|ed|ing))\s+(?:a|an|another)\s",
    re.IGNORECASE,
)
# ... or a body of studies someone has done, whose people are counted together ('Myriad Genetics has published nine
# studies on Prolaris involving more than 3,000 patients', 'Shire now has a robust database of 15 clinical studies
# evaluating SHP465 in more than 1,100 subjects'; not a pooled analysis, 'analyzed nine studies comparing 5,139 people')
# ... or told as the sentence's subject, a body of evidence ('Hundreds of clinical trials involving more than 35,000
# participants ... have proven'; not after a verb, 'analyzed dozens of studies involving 100,000 people'), or the
# trials a product has been through ('The products have been evaluated in three Phase 1/2 clinical trials, which
# evaluated ... in a total of 176 individuals')
_BODY_OF_STUDIES = re.compile(
    r"\b(?:(?:has|have)\s+(?:now\s+|also\s+|already\s+)?(?:(?:published|conducted|completed|done|run|carried\s+out|"
    r"an?\s+(?:[\w-]+\s+){0,2}?database\s+of)\s+(?:[\w-]+\s+){0,3}?|"
    r"been\s+(?:evaluated|studied|tested|investigated|assessed)\s+in\s+(?:[\w/-]+\s+){0,4}?)(?:studies|trials)\b)",
    re.IGNORECASE,
)
_MANY_STUDIES = re.compile(
    r"(?<![\w-]\s)\b(?:hundreds|dozens|scores)\s+of\s+(?:[\w-]+\s+){0,2}?(?:studies|trials)\s+(?:involving|with|in)\b",
    re.IGNORECASE,
)
_MANY_WORDS = ("hundreds of", "dozens of", "scores of")


def _many_studies_before(view: TextView, s: int, at: int) -> bool:
    """Whether 'Hundreds of (clinical) trials involving' (``_MANY_STUDIES``) stands between ``s`` and ``at``: read
    only in a text with one of ``_MANY_WORDS`` (one look a text, kept)."""
    if not view.once("enrollment.many_studies", lambda: any(w in view.lower for w in _MANY_WORDS)):
        return False
    return _MANY_STUDIES.search(view.text, s, at) is not None


# ... or earlier work told of by what it found ('previous research led by Dr. Smith's group found ... in a
# retrospective sample of 2,000 people'; not 'Unlike previous studies, the trial enrolled 500 people'), a further
# study its author also did ('Professor Elwood also led a major study which monitored ... 2,235 men'), studies
# counted as others ('added in data from 13 other, unpublished trials involving almost 30,000 women') (not 'as
# earlier research had suggested, Dr. Sherman and her colleagues recruited 228 people')
_EARLIER_WORK = re.compile(
    r"(?<!\bas\s)(?<!\bthan\s)(?<!\blike\s)\b(?:previous|earlier|prior|past)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:research|work|stud(?:y|ies)|trials?)\b"
    r"[^;]{0,80}?\b(?:found|showed|shown|suggested|demonstrated|revealed|reported)\b"
    r"|\balso\s+(?:led|conducted|ran|did|headed|directed|carried\s+out)\s+(?:a|an|another)\s"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|numerous)\s+other,?\s+"
    r"(?:[\w-]+,?\s+){0,2}?(?:studies|trials)\b",
    re.IGNORECASE,
)
# A sentence that opens with the article's next study ('The second study, conducted by researchers in Taiwan,
# compared 30 obese patients ...'): its count gives way to another the article states (when it states none, the
# next study may be the one the article is about: 'The second paper involved 40 patients ...' after a case report)
_NEXT_STUDY_OPENS = re.compile(
    r"[\s\"“‘'(]*the\s+(?:second|third|other)\s+(?:[\w-]+\s+)?(?:study|trial|paper|analysis|report)\b",
    re.IGNORECASE,
)


def _in_running_study(view: TextView, at: int) -> bool:
    """Whether the count at ``at`` follows, in its sentence, someone running another study now (``_RUNNING_ANOTHER``),
    a body of studies someone has done (``_BODY_OF_STUDIES``), or earlier or further work (``_EARLIER_WORK``)."""
    s, _ = view.sentence_of(at)
    return (
        _RUNNING_ANOTHER.search(view.text, s, at) is not None
        or _BODY_OF_STUDIES.search(view.text, s, at) is not None
        or _many_studies_before(view, s, at)
        or _EARLIER_WORK.search(view.text, s, at) is not None
    )


# In a sentence dated by a past year (classify.year_dated_study), the words that make the dated study the one the
# article's own study continues ('an update of a 2008 report, with an additional three years of data on the nearly 700
# men', 'following up on a 2013 study in which 132 infants ... were given'), or the year the start of the study's own
# time line ('As reported in the journal Menopause, in 2013 and 2014 Davis and her team analyzed ... 1,500 women')
_OWN_DATED = re.compile(
    r"\b(?:update|follow-?up|extension|continuation|re-?analysis)\s+of\s+(?:a|an|the|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:19|20)\d\d\b|"
    r"\bfollow(?:ing|ed|s)?\s+up\s+(?:on|with)\s+(?:a|an|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:19|20)\d\d\b|"
    r"\bin\s+(?:19|20)\d\d\s*(?:and|to|through|-|–)\s*(?:19|20)?\d\d\b",
    re.IGNORECASE,
)


def _dated_study(view: TextView, at: int) -> bool:
    """Whether the count at ``at`` is in a sentence that tells of a study dated by a past year of publication or
    presentation, another than the article's own ('The first of these, published in 2011, followed 34 people', 'In
    a monthlong study of 77 patients published in 2013 in the International Journal of Cardiology', 'this 2013
    paper, on 43,727 people'), and not one the article's study continues (``_OWN_DATED``)."""
    s, e = view.sentence_of(at)
    return year_dated_study(view, s, e) and _OWN_DATED.search(view.text, s, e) is None


# Anywhere in the text, the article's own new study ('The new research, published in Circulation on Monday', 'the new
# study of 263 of those children', 'a study published today in JAMA Pediatrics'): with it, a count of a study dated by
# a past year is another study's even when the article states no count of its own; without it, the dated study may be
# the one a feature is about ('In a monthlong study of 77 patients published in 2013 in the International Journal of
# Cardiology, ... bergamot extract lowered cholesterol', under 'Researchers in Italy Found Bergamot Lowered Blood
# Cholesterol')
_NEW_STUDY = re.compile(
    r"\b(?:the|this|our)\s+(?:new|newest|current|present|latest)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|research|"
    r"analysis|paper|report|findings|work)\b|\bpublished\s+(?:online\s+)?(?:today|this\s+week)\b"
)


def _tells_new_study(view: TextView) -> bool:
    """Whether the text names its own new study anywhere (``_NEW_STUDY``): one search a text, kept."""
    return view.once("enrollment.new_study", lambda: _NEW_STUDY.search(view.lower) is not None)


def _starts_sentence(view: TextView, at: int) -> bool:
    s, _ = view.sentence_of(at)
    return not view.text[s:at].strip(" \"“‘'(\n")


def _relation(view: TextView, fact: Fact[int]) -> str | None:
    """'more than 12,000' -> 'gt': the approximation words stated before a count, None for an exact one."""
    start, end = fact.spans[0]
    words = view.text[start:end].split()
    for i in range(len(words)):
        rel = approx_relation(" ".join(words[:i]))
        if rel is not None:
            return rel
    return None


def _fits(rel: str, approx: int, exact: int) -> bool:
    """An exact count that the approximation rounds ('more than 12,000' and 12,483; 'more than 14,800' and
    not 16,160): within one unit of the approximation's last non-zero digit, on the side it says."""
    scale = 1
    while approx % (scale * 10) == 0 and scale < approx:
        scale *= 10
    if rel in ("gt", "ge"):
        return approx <= exact < approx + scale
    if rel in ("lt", "le"):
        return approx - scale < exact <= approx
    return abs(exact - approx) < scale


def find_enrollment(view: TextView) -> EnrollmentFacts:
    facts = EnrollmentFacts()
    found: dict[str, list[Fact[int]]] = {
        "enrolled": [],
        "total": [],
        "randomized": [],
        "analyzed": [],
    }
    randomized_all: Fact[bool] | None = None  # 'the patients were randomly assigned' (no number)
    pool: list[Fact[int]] = []  # counts of those screened or identified, before inclusion
    # counts after 'including' (and where that word stands): a part of a count stated before them
    parts: list[tuple[Fact[int], int]] = []
    bare: list[
        Fact[int]
    ] = []  # counts of people with no cue of their own, in a sentence about the study
    crowded: set[tuple[int, int]] = set()  # sentences that list several groups' counts
    # counts with no cue of their own followed by one group's treatment ('23 obese volunteers on the diet'),
    # where they start
    one_group_at: set[int] = set()
    one_group: list[Fact[int]] = []
    # every count followed by one group's treatment, whatever else stands around it
    treated: set[int] = set()

    @cache  # asked again for the same counts by each own_counts() and by the filters below
    def elsewhere_at(at: int) -> bool:
        """Whether offset ``at`` is in a sentence about another study: one of ``other_study_sentences``, or one
        where someone is running another study now or tells of a body of studies (``_in_running_study``), or one
        that opens with the article's next study (``_NEXT_STUDY_OPENS``)."""
        sentence = view.sentence_of(at)
        return (
            sentence in other_study_sentences(view)
            or _in_running_study(view, at)
            or _dated_study(view, at)
            or _NEXT_STUDY_OPENS.match(view.text, sentence[0], at) is not None
        )

    def own_counts() -> bool:
        """Whether a pattern took a count outside the sentences about other studies ('A larger trial involving 60
        people is being planned' leaves room for the study's own '16 volunteers')."""
        return any(not elsewhere_at(f.at()) for fs in found.values() for f in fs)

    def candidates() -> Iterator[tuple[patterns.Pattern, TextMatch]]:
        yield from matches(view, "enrollment", skip="bare")
        if not own_counts() and not pool and not parts:
            # the last resort: a count with no cue of its own, in a sentence about the study
            for pat, m in matches(view, "enrollment", "bare"):
                own_cue = bool(pat.extra.get("own_cue"))
                arm = _BARE_ARM.match(view.text, m.end())
                if arm is not None or _TREATED_WITH.match(view.text, m.end()):
                    treated.add(count_in(m.group("n")) or 0)
                if _bare_count_ok(view, m, own_cue):
                    yield pat, m
                elif (
                    arm is not None
                    # (a treatment, not a place in a group: 'women in the 40-49 age group'; nor a control
                    # group's: '413 volunteers given placebo treatment')
                    and not arm.group(0).lstrip().lower().startswith("in ")
                    and _CONTROL_TREATMENT.match(view.text, arm.end()) is None
                    # (not 'the 187 participants who used the device': the group of those who did)
                    and not (
                        _THE_BEFORE.search(view.text, max(0, m.start() - 5), m.start())
                        and _WHO.match(arm.group(0))
                    )
                    and _bare_count_ok(view, m, own_cue, one_group=True)
                ):
                    one_group_at.add(m.start())
                    yield pat, m

    for pat, m in candidates():
        if pat.label in found or pat.label == "bare":
            n = count_in(m.group("n"))
            n_start, n_end = m.span("n")
            if (
                n is None
                or _counts_no_people(view.text, n_end, m.end())
                or n < 2
                or is_year(view.text, n_start, n_end)
                or NOT_COUNT_AFTER.match(
                    view.text[n_end : n_end + 30]
                )  # '72 hours after birth, babies'
            ):
                continue
            if _RATIO.search(view.text, max(0, n_start - 12), n_start):
                continue  # 'One in three youth', '1 in 11 people': a rate, not a count
            if _FRACTION_OF.search(
                view.text, max(0, n_start - 30), n_start
            ) and _IN_NAMED_COHORT.match(view.text, n_end):
                continue  # 'About half of the 90,000 women who participated in the Nurses' Health Study'
            if _LABEL_NUMBER.search(view.text, max(0, n_start - 8), n_start):
                continue  # 'For this phase 2 study, 39 patients were ...': the 2 names the phase
            if pat.label == "bare" and _BREAKDOWN.search(
                view.text, view.sentence_of(n_start)[0], n_start
            ):
                continue  # '18 children with ASD and 18 ... children (17 boys and 1 girl in each group)'
            if pat.extra.get("not_planned"):
                s, e = view.sentence_of(m.start())
                if _PLANNED_SIZE.search(view.text, s, m.start()) or _PLANNED_AFTER.search(
                    view.text, m.end(), e
                ):
                    continue  # 'Abbott plans to begin a 500-patient pivotal trial': a study to come
            if pat.extra.get("sentence_start") and not _starts_sentence(view, m.start()):
                continue  # 'For every 1,000 people screened in the study, four children ...'
            spans = [m.span("n")]
            inner = _INNER_AND.match(view.text, n_end, _people_start(view.text, n_end, m.end()))
            if inner is not None and (extra_n := count_in(inner.group("m"))) is not None:
                n += (
                    extra_n  # '17 nonsmokers and 24 smokers': two groups before the one people word
                )
                spans.append(inner.span("m"))
            sentence_end = view.sentence_of(m.end())[1]
            more = _AND_MORE.match(view.text, m.end(), sentence_end)
            if more is None:
                more = _AND_MORE_FAR.match(view.text, m.end(), sentence_end)
            if more is None and (pat.label == "randomized" or _ASSIGNS.match(m.group(0))):
                more = _AND_M_TO.match(view.text, m.end(), sentence_end)
            listed = _LIST_OR_PART.match(view.text, m.end(), sentence_end)
            summed_list = False
            if listed is not None and pat.label in ("enrolled", "total", "randomized", "bare"):
                # 'tested the saliva of 22 people with Alzheimer's disease, 25 people with mild cognitive impairment,
                # as well as 35 people whose mental skills were normal': the study's groups, stated without their sum
                group_list = _list_of_groups(view, m.end(), sentence_end)
                values = [count_in(view.text[a:b]) for a, b in group_list]
                if (
                    values
                    and all(v is not None and v > 1 for v in values)
                    # (a breakdown that adds up to the count is no list of further groups: '21 healthy
                    # volunteers, nine women and 12 men')
                    and sum(v for v in values if v is not None) != n
                ):
                    n += sum(v for v in values if v is not None)
                    spans.extend(group_list)
                    listed = more = None
                    summed_list = True
                elif values and None not in values and sum(v for v in values if v is not None) == n:
                    # 'Twenty men with metastatic prostate cancer, five with extra-pelvic lymph nodal disease and 15
                    # with bone ..., were treated': a breakdown that adds up to the count, which is the whole
                    listed = more = None
            if (
                pat.extra.get("lone")
                and (more is None or more.group("ell"))
                and listed is not None
                and not _AGE_RANGE_END.search(view.text, m.end(), listed.end())
            ):
                # 'In the study, 154 women got Tykerb, 149 Herceptin ...': one group, not all (but 'In the study,
                # 15 men and 15 women drank ...' are the study's two groups of people, summed below)
                if pat.label != "bare":
                    continue
                after = view.text[listed.end() : listed.end() + 30]
                if (
                    not NOT_COUNT_AFTER.match(after)
                    and not _HYPHEN_UNIT.match(after)
                    and not (
                        _OPEN_PAREN.search(view.text, m.end(), listed.end())
                        and not _PART_PERCENT.match(view.text, m.end())
                    )
                    and not _part_after_of_n(view, m, n, listed)
                ):
                    # (a list of durations is no list of groups: '343 infants when they were 6 months, 12 months
                    # and 24 months old', '15 patients ... had 10 weekly, 30-minute sessions'; nor a breakdown in
                    # parentheses: '18 normally developing children (17 boys and 1 girl in each group)')
                    crowded.add(view.sentence_of(m.start()))
                    continue
            if (
                more is None
                and not summed_list
                and (
                    view.text[m.start() : m.start() + 9].lower() == "compared "
                    or (
                        pat.label == "bare"
                        and _COMPARED_BEFORE.search(
                            view.text, view.sentence_of(n_start)[0], n_start
                        )
                    )
                )
            ):
                more = _COMPARED_WITH.match(view.text, m.end(), sentence_end)
            if (
                more is not None
                and more.group("ell")
                and _NUMBER_AND.search(view.text, m.end(), more.start("m"))
            ):
                more = None  # 'between the ages of 7 and 12 who had ...': no second group
            if (
                pat.label == "bare"
                and more is not None
                and any(c.isdigit() for c in view.text[m.end() : more.start("m")])
            ):
                more = (
                    None  # '22 American and French patients -- 13 men and nine women': a breakdown
                )
            if more is not None and _is_breakdown(view, n_end, more, n):
                # '40 patients (18 men and 22 women)', 'Of the 238 patients, 120 were randomized to the drug and 118
                # to placebo': the first count's parts, not a second group
                more = None
            if pat.label in ("enrolled", "total", "randomized", "bare") and more is not None:
                # 'involved 19 women and 15 men', '5,700 colorectal cancer cases and 7,100 controls': the
                # study's groups, stated without their sum
                extra = count_in(more.group("m"))
                if extra is not None and extra > 1 and not is_year(view.text, *more.span("m")):
                    n += extra
                    spans.append(more.span("m"))
            fact = Fact(n, spans, pat.id)
            people = _PEOPLE_WORD.match(view.text, _people_start(view.text, n_end, m.end()))
            people_end = m.end() if people is None else people.end()
            if pat.label == "randomized" and _one_groups_size(view, people_end, sentence_end):
                # one group's size: the participants were randomized (randomized = the total, below)
                if randomized_all is None:
                    randomized_all = Fact(True, [m.span()], pat.id)
                found["total"].append(fact)
                continue
            if pat.label == "bare" and m.start() in one_group_at:
                one_group.append(fact)
            elif pat.label == "bare":
                next_group = _NEXT_GROUP_OF_PEOPLE.match(view.text, sentence_end)
                if _NEXT_GROUP.match(view.text, sentence_end) is None or _whole_of_part(
                    view, n_start, count_in(m.group("n")) or 0
                ):
                    bare.append(fact)
                elif (
                    next_group is not None
                    and (extra := count_in(next_group.group("m"))) is not None
                    and extra > 1
                ):
                    # 'For the HIV study, 80 participants were taught ... Another 79 participants were in the
                    # control group': the study's two groups, in two sentences
                    bare.append(Fact(n + extra, [*spans, next_group.span("m")], pat.id))
            elif _POOL.match(view.text, m.end(), sentence_end):
                pool.append(fact)  # '19,077 patients were identified': the pool, not the study
            elif _INCLUDING.match(view.text, m.start()):
                parts.append((fact, m.start()))
            else:
                found[pat.label].append(fact)
        elif pat.label == "period" and facts.period_start is None:
            start, end = int(m.group("start")), int(m.group("end"))
            facts.period_start = Fact(start, [m.span("start")], pat.id)
            facts.period_end = Fact(end, [m.span("end")], pat.id)
        elif pat.label == "randomized_arms" and not elsewhere_at(m.start()):
            # 'randomly assigned to A (n=1,476), B (n=1,285) or C (n=1,391)': the randomized groups' sum
            names = ("n", "m", "k")
            sizes = [count_in(m.group(g)) for g in names if m.group(g)]
            if sizes and all(v is not None and v > 1 for v in sizes):
                found["randomized"].append(
                    Fact(
                        sum(v for v in sizes if v is not None),
                        [m.span(g) for g in names if m.group(g)],
                        pat.id,
                    )
                )
        elif pat.label == "randomized_subset" and facts.randomized_subset is None:
            facts.randomized_subset = Fact(True, [m.span()], pat.id)
        elif pat.label == "randomized_all" and randomized_all is None:
            s, _ = view.sentence_of(m.start())
            # (not another study's participants: 'The NCI is running a clinical trial in which 53,000 current and
            # former smokers were randomly assigned')
            # ... nor the trial whose data a later analysis used: 'analyzed data from the National Lung Screening
            # Trial, a large prospective study that randomly assigned former smokers to ...')
            # ... nor studies told of together, whose randomizing is theirs ('outdated studies done from the 1960s
            # through the 1980s in which women were randomly assigned'; 'The studies had randomly assigned patients'
            # in a meta-analysis)
            if (
                not _PART.search(view.text[max(s, m.start() - 30) : m.start()])
                and not elsewhere_at(m.start())
                and _DATA_FROM_TRIAL.search(view.text, s, m.start()) is None
                and view.lower.find("studies", s, m.start()) < 0
            ):
                randomized_all = Fact(True, [m.span()], pat.id)

    # 'In 2,482 women with BRCA mutations, including 247 women who ...': a count after 'including' is the study's
    # own only when no larger count comes before it in its sentence (one the patterns took, or the count of
    # whatever the words right before 'including' name: '60 cerebral spinal fluid samples, including 12 from
    # people with ...')
    for f, including_at in parts:
        sentence = view.sentence_of(f.at())
        if not any(
            g.value > f.value and view.sentence_of(g.at()) == sentence and g.at() < f.at()
            for fs in found.values()
            for g in fs
        ) and not _part_of_count_before(view, f, including_at):
            found["enrolled"].append(f)
    # A count that another count's phrase already added in as a further group ('a total of 244 people with
    # Parkinson's and 79 healthy volunteers ... participated': 79 matched alone as well) is a part, not the size.
    summed = {span for fs in found.values() for f in fs for span in f.spans[1:]}
    if summed:
        for key in found:
            found[key] = [f for f in found[key] if f.spans[0] not in summed]
    # The pool before inclusion ('19,077 patients were identified ... A total of 10,754 patients were included')
    # is the total only when nothing else is stated.
    if pool and not any(found.values()):
        found["total"].extend(pool)
    # A count with no cue of its own followed by one group's treatment ('researchers put 23 obese volunteers on the
    # 16:8 diet', 'the 116 patients used in this study') is the study's whole when nothing else is stated and it
    # is the only such count: two ('The 504 patients treated with the nose gel ...', 'The 413 volunteers given
    # placebo ...') are the groups of a study whose size is not said.
    if not bare and not any(found.values()) and len(treated) == 1 and one_group:
        bare = one_group[:1]
    # A count with no cue of its own ('the brains of 30 people with autism and 30 people without') is the total
    # only when nothing else is stated, and not when it is a part of a count another pattern took
    if bare and not own_counts():
        if any(found.values()):
            # (beside other studies' counts, only a count outside their sentences)
            bare = [f for f in bare if not elsewhere_at(f.at())]
        # ... and only in a sentence that states no other count of people ('compared the hormones of 23
        # teenagers with PCOS with 17 healthy teenagers', 'Of 32 women who ..., 10 women had a child'): which
        # of them, or which sum, is the study's size is not said
        added = {span for f in bare for span in f.spans[1:]}
        bare = [f for f in bare if f.spans[0] not in added]
        # (a breakdown that adds up to the count, '22 patients -- 13 men and nine women', is no other count)
        per_sentence = Counter(
            sentence for sentence, _ in {(view.sentence_of(f.at()), f.value) for f in bare}
        )
        # ... but the first count of a sentence whose later counts are all smaller is the whole they are parts
        # of ('researchers implanted the pacemaker in 32 people for the first time ...; in 10 patients, they had
        # to reposition it', 'PAE helped most of the 67 patients who underwent the procedure, ... 66 men who had
        # not responded to medications')
        first_of: dict[tuple[int, int], Fact[int]] = {}
        for f in sorted(bare, key=Fact.at):
            first_of.setdefault(view.sentence_of(f.at()), f)
        found["total"].extend(
            f
            for f in bare
            if view.sentence_of(f.at()) not in crowded
            and (
                per_sentence[view.sentence_of(f.at())] == 1
                or (
                    first_of[view.sentence_of(f.at())] is f
                    and all(
                        g.value < f.value
                        for g in bare
                        if g is not f and view.sentence_of(g.at()) == view.sentence_of(f.at())
                    )
                )
            )
        )

    # A count stated in a sentence about another study ('a 2008 study of 50 people found ...') gives way to
    # the counts of the article's own study, when it states any; the others stay as other studies' sizes.
    # With no count of its own, a count in a sentence that mentions another study is kept only in the article's
    # first sentences (a brief 'A previous study of 500 women found the same.'); further on, the article has told
    # of its own study before it turns to another ('A 2007 study of 1,200 back-pain patients ...').
    # (A study someone is running now, 'Andriole is directing a National Cancer Institute study of 76,000 men', or a
    # body of studies, 'Myriad Genetics has published nine studies on Prolaris involving more than 3,000 patients',
    # is such a mention too.)
    if own_counts():
        elsewhere = [f for fs in found.values() for f in fs if elsewhere_at(f.at())]
    else:
        elsewhere = [
            f
            for fs in found.values()
            for f in fs
            if in_other_study_mention(view, f.at())
            or (
                view.sentence_index(f.at()) >= OTHER_STUDY_LEAD
                and (
                    _in_running_study(view, f.at())
                    or (_dated_study(view, f.at()) and _tells_new_study(view))
                )
            )
        ]
    if elsewhere:
        for key in found:
            found[key] = [f for f in found[key] if f not in elsewhere]
    for key in found:
        found[key].sort(key=Fact.at)

    def pick(key: str) -> Fact[int] | None:
        items = found[key]
        if not items:
            return None
        first = items[0]
        # Every place the same number is stated is evidence for it.
        return Fact(
            first.value,
            list(first.spans) + [f.spans[0] for f in items[1:] if f.value == first.value],
            first.pattern_id,
        )

    facts.enrolled = pick("enrolled")
    facts.randomized = pick("randomized")
    facts.analyzed = pick("analyzed")
    total = pick("total")
    headline = [
        f for f in (facts.enrolled, facts.randomized, total, facts.analyzed) if f is not None
    ]
    if headline:
        # The headline N: the earliest stated size, preferring enrolled over randomized over other wording
        # when they appear in the same sentence.
        best = min(
            headline,
            key=lambda f: (
                view.sentence_index(f.at()),
                [facts.enrolled, facts.randomized, total, facts.analyzed].index(f),
            ),
        )
        rel = _relation(view, best)
        if rel is not None:
            # 'more than 12,000 older women' in the lead, 'A total of 12,483 women' later: the exact count
            exact = sorted(
                (
                    f
                    for k in ("enrolled", "total", "randomized")
                    for f in found[k]
                    if _relation(view, f) is None and _fits(rel, best.value, f.value)
                ),
                key=Fact.at,
            )
            if exact:
                best = exact[0]
        facts.total = Fact(best.value, list(best.spans), best.pattern_id)
    if (
        facts.randomized is None
        and facts.total is not None
        and randomized_all is not None
        and facts.randomized_subset is None
    ):
        # 'randomized equals the total when the text says the participants were randomly assigned without
        # a separate number' (corpus/README.md)
        facts.randomized = Fact(
            facts.total.value,
            list(facts.total.spans) + randomized_all.spans,
            randomized_all.pattern_id,
        )
    used = {f.value for f in headline}
    facts.other_counts = [f for k in found for f in found[k] if f.value not in used] + sorted(
        (f for f in elsewhere if f.value not in used), key=Fact.at
    )
    return facts
