"""Arms: the compared groups, their sizes, and how many received their own or another arm's treatment."""

from __future__ import annotations

import functools
import re

from extractor import patterns
from extractor.components.classify import other_study_indices, other_study_sentences
from extractor.components.design import (
    EARLY_STUDY_WORDS,
    FUTURE_WORDS,
    NOT_OWN_COMPARISON,
    STANDARD_CARE_WORDS,
    early_study_words,
    in_sentence_with,
    names_comparison,
)
from extractor.components.facts import ArmFacts, EnrollmentFacts, Fact, Span
from extractor.components.numbers import NOT_COUNT_AFTER, count_in, is_year
from extractor.components.text import (
    TextMatch,
    TextView,
    clean_phrase,
    matches,
    search_in,
    search_spans,
)
from extractor.patterns import scan

_LEAD = re.compile(
    r"^(?:(?:either|both|to|continue(?:d)?|continuing|stay(?:ing)?\s+on|remain(?:ing)?\s+on|keep(?:ing)?\s+on|"
    r"receiv(?:e|ing)|tak(?:e|ing)|get(?:ting)?|undergo(?:ing)?|have|having|be\s+given|the|a|an|usual)\s+)+",
    re.IGNORECASE,
)
_TRAIL = re.compile(
    # (not a noun of its own: 'experienced the condition' keeps its 'condition')
    r"(?<!\bthe)(?<!\ba)(?<!\bthis)(?<!\bthat)\s+(?:group|arm|cohort|condition|only|alone|instead|daily|treatment\s+group)$",
    re.IGNORECASE,
)
_SYNONYMS = {
    "treatment": "therapy",
    "treatments": "therapy",
    "therapies": "therapy",
    "placebos": "placebo",
    "drugs": "drug",
    "pills": "pill",
    "injections": "injection",
    "dummy": "placebo",
    "sugar": "placebo",
}
_BAD_LABEL = re.compile(
    r"^(?:one|two|three|four|five|six|each|both|either|this|that|these|those|it|them|their|his|her|another|other|"
    # a share of the participants ('Half (n = 150)'), no treatment
    r"half|one[- ]half|(?:a|one|two)[- ]thirds?|(?:a|one|three)[- ]quarters?|"
    r"receive|take|get|be|\d+.*)$|(?<![-‐–])\b(?:years?|months?|weeks?|days?|percent)\b"
    # 'their feet back under them', 'about 2' (of 'about 2.5 billion cells'): no treatment's words
    r"|^(?:their|his|her|its|our|your|about|around|nearly|approximately|roughly)\s"
    # 'one of a small cohort of 24', 'took part in the research', 'encountered in this initial group of 58
    # patients', 'the randomized, controlled crossover study (n=47)', 'a sample group of 643': no treatment's words
    r"|^(?:one|part|some|all|most|each|members?)\s+of\b|^part\b|\b(?:this|these|those)\b"
    # 'Within his sample group of 643 individuals': a place in the study, not a treatment
    r"|^(?:within|among|across|throughout|from|into|during)\s|\bsample$"
    # 'randomly assigned 80 volunteers to two groups: 40 took ...': the groups' number, not a treatment
    r"|^(?:two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+)?(?:groups|arms|cohorts)\b"
    r"|(?<!\bin\sthe\s)\b(?:study|trial|research|subgroup)$|^(?:sample|entire|whole|total|overall|small|smaller|large|larger|big|initial|new|separate|same|single)$",
    re.IGNORECASE,
)
# a number that is no head count: 'type 2 diabetes', 'stage 3', 'the age of 6' before it (and the units after it:
# numbers.NOT_COUNT_AFTER)
_NOT_COUNT_BEFORE = re.compile(
    r"\b(?:type|stage|phase|grade|class|level|step|day|week|month|year|age|aged|ages|number|no\.?|"
    r"age\s+of|ages\s+of)\s*$",
    re.IGNORECASE,
)


_TAIL = re.compile(
    r"^.*\b(?:of|to|either|receive|receiving|received|got|took|given|with|and|or|on)\s+",
    re.IGNORECASE,
)
# 'Half of the 400 women took X', 'a third of its 900 patients': the number is the whole, not the group's size
# (unless the pattern says the number names the group itself, "whole": 'two-thirds of the 57 patients who got X')
_FRACTION = re.compile(
    r"\b(?:half|third|thirds|quarter|quarters|fourth|fifth)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|all\s+|these\s+|"
    r"those\s+)?(?:(?:more\s+than|nearly|about|almost|roughly|some|approximately)\s+)?$",
    re.IGNORECASE,
)
# the whole a part is taken from is no group: 'Eight of the 32 got ipilimumab alone' (32 is all of them)
_PART_OF = re.compile(
    patterns.expand("<<NUM>>")
    + r"\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
# every participant is no group: 'All 40 subjects received standardized cognitive assessments', 'each of the 12
# patients received a dose of niacin'
_EVERYONE = re.compile(
    r"(?:(?<!\w)(?<!\w\s)|\b(?:and|but|then|while)\s+)all\s+(?:of\s+(?:the|these|those|its|their)\s+)?$"
    r"|\b(?:each|every\s+one|all)\s+of\s+(?:the|these|those|its|their)\s+$",
    re.IGNORECASE,
)


# 'Compared with a control group of 20' -> 'a control': words before a comparison's linker are not the label
_COMPARED = re.compile(
    r"^.*\b(?:compared\s+(?:with|to)|along\s+with|together\s+with|versus|vs\.?|than)\s+",
    re.IGNORECASE,
)


# a group given alternatives ('100 participants received either the patch, a flu shot or a placebo', '61 adults were
# randomly assigned to one of two procedures', '83 men took various doses of DMAU or a placebo') is all of them,
# not one arm
_LIST_ITEM = re.compile(r"[,;]|(?:and|while|whereas)\b", re.IGNORECASE)
# ... also when the label is the first of the alternatives: '146 adults who were randomly assigned to a
# low-carbohydrate diet or orlistat', '53,000 smokers were randomly assigned to get CT scans or chest x-rays'
# (unless each group had that many: 'About 90 patients each were randomly assigned to yoga or stretching')
_OR_NEXT = re.compile(
    r"(?:\s+(?:group|arm|cohort))?\s*,?\s+(?:or|versus|vs\.?)\s+(?!(?:more|less|fewer|longer|shorter|so)\b)"
    # ... or the next of a list of alternatives, each with its own 'to' ('442 women were randomly assigned to the
    # Jenny Craig program with weekly counseling sessions, to the same program with phone counseling or to ...')
    r"|\s*,\s+(?:or\s+)?to\s+(?!(?:be|the\s+(?:end|start|study))\b)",
    re.IGNORECASE,
)
_EACH = re.compile(r"\beach\b", re.IGNORECASE)
# a group's own count in brackets right after its words ('A total of 120 patients were randomized to the drug (n=62)
# or placebo (n=58)'): a count before the words is the whole, not the group's
_OWN_COUNT = re.compile(
    r"\s*\(\s*(?:n\s*=\s*)?(?P<n>"
    + patterns.expand("<<NUM>>")
    + r")(?:\s+(?:[\w'’-]+\s+)?"
    + patterns.expand("<<PEOPLE>>")
    + r")?\s*\)",
    re.IGNORECASE,
)
# a sentence that opens as the next item of a list of groups begun in the sentence before
_NEXT_ITEM = re.compile(
    r"\s*(?:and|another|the\s+other|the\s+remaining|the\s+rest|(?:a|the)\s+(?:second|third|fourth))\b"
    r"(?!\s+(?:study|trial|analysis|report|paper|review|research))",
    re.IGNORECASE,
)
# a sentence that opens by comparing the group stated before it with another ('These infant siblings were compared
# with 33 infants with no known family history', 'The participants were matched with nine patients ...', 'They were
# compared to 35 others whose ...'): its second group (a pattern marked "compared_back") needs no first group in the
# sentence itself
_COMPARED_BACK = re.compile(
    r"\s*(?:they|both\s+groups|(?:these|those)(?=\s+(?:were|was)\b)|(?:these|those|the)\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + patterns.expand("<<PEOPLE>>")
    + r"|siblings|group))\s+(?:were|was)\s+(?:then\s+|also\s+|each\s+)?(?:compared|matched)\s+(?:with|to|against)\b"
    # ... or in the active voice: 'They compared those participants with 20 others who did not have a history of SIPE'
    r"|\s*(?:they|researchers|the\s+(?:researchers|investigators|scientists|team|authors))\s+(?:then\s+|also\s+)?"
    r"(?:compared|matched)\s+(?:them|(?:these|those|the)\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + patterns.expand("<<PEOPLE>>")
    + r"|siblings|group))\s+(?:with|to|against)\b",
    re.IGNORECASE,
)
_ALTERNATIVES = re.compile(r"\b(?:either|or|one\s+of|various|different)\b", re.IGNORECASE)
# a size in parentheses after a label is a group's only in a sentence about groups or treatment ('vitamin C (125
# women) or a placebo (126 women)'), not in a list of side effects or outcomes ('ectopic pregnancy (10 subjects)',
# 'a 40 - 69 percent reduction in pain scores (6 patients)') or of a cohort's make-up ('mostly genotype 1 (n=86)')
_GROUP_CUE = re.compile(
    r"\b(?:randomi[sz]ed|randomly|assigned|allocated|receiv\w*|given|treated|took|taking|underwent|undergoing|got|"
    r"arms?|groups?|either|versus|"
    r"vs|compared|placebo|control)\b",
    re.IGNORECASE,
)


# a long label's words that only describe the group's treatment: 'a program consisting of wellness education and
# stretching' -> 'wellness education and stretching'; 'a diet that ...' -> 'a diet'
_MADE_OF = re.compile(r"^.*?\b(?:consisting\s+of|made\s+up\s+of)\s+", re.IGNORECASE)
_CLAUSE = re.compile(
    r"\s+(?:that|which|who|where|designed\s+to|aimed\s+at|to\s+help|in\s+order\s+to|so\s+that)\s.*$"
    # ... or an aside between dashes ('concentrated blueberry juice - providing the equivalent of 230g of blueberries -')
    r"|\s+(?:-{1,2}|[–—])\s.*$",
    re.IGNORECASE,
)


#: between a group's count and its treatment, a second count of another kind of people: '22 men and 38 women to'
_TWO_KINDS = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?"
    + patterns.expand("<<PEOPLE>>")
    + r"\s+and\s+(?P<m>"
    + patterns.expand("<<NUM>>")
    + r")\s+(?:[\w'’-]+\s+){0,2}?"
    + patterns.expand("<<PEOPLE>>")
    + r"\b",
    re.IGNORECASE,
)


# a treatment's schedule after its words ('SAMe for six weeks', 'acupuncture twice a week for four weeks', 'yoga
# classes several times a week') or its course before them ('a 10-week course of dextromethorphan-quinidine'): words
# that would make a label fail (a duration word, a leading number, too long) but are no part of the treatment
_SPAN_NUM = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|several|a\s+few|a|an)"
_SCHEDULE = re.compile(
    r"(?:,?\s+(?:(?:once|twice|(?:three|four|five|six|seven|several|\d+)\s+times)\s+(?:a|per|each)\s+(?:day|week|month)"
    r"|(?:every|each)\s+(?:day|week|month|other\s+day|"
    + _SPAN_NUM
    + r"\s+(?:days|weeks|months))|daily|weekly|monthly))?"
    r"(?:,?\s+(?:for|over)\s+(?:(?:up\s+to|about|at\s+least|nearly|roughly|another)\s+)?"
    + _SPAN_NUM
    + r"\s+(?:more\s+|consecutive\s+)?(?:days?|weeks?|months?|years?))?$",
    re.IGNORECASE,
)
_COURSE = re.compile(
    r"^(?:(?:a|an|the)\s+)?" + _SPAN_NUM + r"[-\s](?:day|week|month|year)s?[-\s](?:long\s+)?"
    r"(?:course|program|programme|regimen|supply|treatment)\s+of\s+"
    # ... or its length alone ('two weeks of CPAP treatment')
    r"|^(?:(?:a|an|the)\s+)?"
    + _SPAN_NUM
    + r"\s+(?:more\s+)?(?:days?|weeks?|months?|years?)\s+of\s+",
    re.IGNORECASE,
)


_LINKER_END = re.compile(
    r"\s*\b(?:compared\s+(?:with|to)|along\s+with|together\s+with|versus|vs\.?|than)\s*$",
    re.IGNORECASE,
)


def _without_schedule(label: str) -> str:
    """The label without its schedule or course words, when those alone make it fail; else the label as it is."""
    if not (_BAD_LABEL.search(label) or len(label) > 50):
        return label
    trimmed = _COURSE.sub("", _SCHEDULE.sub("", label, count=1), count=1)
    if len(trimmed) < 2 or _BAD_LABEL.search(trimmed) or len(trimmed) > 50:
        return label
    return trimmed


def arm_label(raw: str) -> str:
    """'stay on systemic therapy' -> 'systemic therapy'; 'the surgery group' -> 'surgery'."""
    cleaned = clean_phrase(raw)
    label = _COMPARED.sub("", cleaned)
    if label != cleaned and _BAD_LABEL.search(_LEAD.sub("", label)):
        # 'the same advice in the same time frame along with 10 half-hour sessions of acupuncture': the words
        # after the linker are no treatment of their own, so the group's are those before it
        label = _LINKER_END.sub("", cleaned[: len(cleaned) - len(label)])
    label = _LEAD.sub("", label)
    label = _TRAIL.sub("", label)
    label = _without_schedule(label)
    if len(label) > 50:
        label = _CLAUSE.sub("", _MADE_OF.sub("", label))
    if len(label) > 50:
        label = label[:51].rsplit(" ", 1)[0]
    return label.strip()


def _unusable(label: str, key: str | None = None) -> bool:
    """Whether a cleaned label names no group's treatment or trait: no words left (``key``, its ``arm_key`` when the
    caller has it), a bad label (``_BAD_LABEL``) or longer than a label can be."""
    if key is None:
        key = arm_key(label)
    return not key or bool(_BAD_LABEL.search(label)) or len(label) > 50


def arm_key(label: str) -> str:
    words = [
        w
        for w in re.split(r"[^\w]+", label.lower())
        if w and w not in ("the", "a", "an", "of", "plus", "and", "with")
    ]
    return " ".join(_SYNONYMS.get(w, w) for w in words)


#: words that make a group the one lacking another group's feature ('children without dyslexia' is not
#: 'children with dyslexia', '446 who did not' is not '445 who had their nodes removed')
_NEGATION = frozenset(
    ("without", "not", "never", "no", "non", "didn", "don", "doesn", "weren", "aren", "wasn")
)
#: words that make a group the inactive copy of another group's treatment ('sham acupuncture' is not 'acupuncture',
#: 'placebo injections' not 'injections')
_SHAM = frozenset(("sham", "placebo", "fake", "dummy", "mock", "simulated", "inactive"))


def _same(a: str, b: str) -> bool:
    """Two arm keys name the same group: equal, or one's words all within the other's (but a group that
    lacks a feature is not the group that has it)."""
    if not a or not b:
        return False
    if a == b:
        return True
    wa, wb = set(a.split()), set(b.split())
    if bool(wa & _NEGATION) != bool(wb & _NEGATION) or bool(wa & _SHAM) != bool(wb & _SHAM):
        return False
    return wa <= wb or wb <= wa


# a label that holds a head count of its own is another group, not a treatment ('543 weekend stroke sufferers got
# the drug versus only 229 weekday stroke patients': no group 'only 229 weekday stroke patients' of 543)
_HEAD_COUNT = re.compile(
    r"(?<![\w.,'’-])\d[\d,]*\s+(?:[\w'’-]+\s+){0,3}?" + patterns.expand("<<PEOPLE>>") + r"\b",
    re.IGNORECASE,
)


class _Arms:
    def __init__(self) -> None:
        self.arms: list[tuple[str, ArmFacts]] = []

    def get(
        self, raw_label: str, span: Span, pattern_id: str, keep_group: bool = False
    ) -> ArmFacts | None:
        """The arm named by ``raw_label`` (a new one, or one found before under the same name); ``keep_group``
        keeps a trailing 'group' ('the study group consisted of 38 patients': 'study group', not 'study')."""
        label = clean_phrase(raw_label) if keep_group else arm_label(raw_label)
        key = arm_key(label)
        if _unusable(label, key) or _HEAD_COUNT.search(label):
            return None
        for k, arm in self.arms:
            if _same(k, key):
                return arm
        # keep the label's own span: the raw match may carry leading words we dropped
        offset = raw_label.find(label)
        start = span[0] + max(offset, 0)
        arm = ArmFacts(label=Fact(label, [(start, start + len(label))], pattern_id))
        self.arms.append((key, arm))
        return arm

    def sized_at(self, span: Span) -> bool:
        """Whether the number at ``span`` is already read as a group's size (by another pattern, with other
        words)."""
        return any(span in f.spans for _, arm in self.arms for f in arm.sizes)

    def find(self, raw: str) -> tuple[str, ArmFacts] | None:
        key = arm_key(arm_label(raw))
        for k, arm in self.arms:
            if _same(k, key) or (
                key and set(k.split()) & set(key.split()) and len(key.split()) <= 2
            ):
                return k, arm
        return None


def _names_a_group(arms: _Arms, raw_label: str) -> bool:
    """The words name a group already found (by a pair or another group's pattern): 'three of the 29 duodenal
    switch patients' in a study randomized to 'gastric bypass surgery or ... duodenal switch'."""
    key = arm_key(arm_label(raw_label))
    return any(_same(k, key) for k, _ in arms.arms)


# the group a sentence that compares back refers to, sized in the sentence before it: '46 babies had a brother or
# sister with known autism', 'researchers recruited 338 people who had vertigo with an unknown cause' (the number, its
# people word and what they had)
_GROUP_BEFORE = re.compile(
    r"(?P<n>"
    + patterns.expand("<<NUM>>")
    + r")\s+(?:[\w'’-]+\s+){0,2}?"
    + patterns.expand("<<PEOPLE>>")
    + r"\s+(?:who\s+(?:had|have|has|were|was)\s+|who\s+|with\s+|had\s+)(?!(?:no|not|never|been|to|the\s+(?:same|study))\b)"
    r"(?P<label>[^,;.()]{2,60}?)(?=\s*(?:[,;.()]|\s+(?:which|who|and|while|whereas|for|in\s+the\s+study)\b|$))",
    re.IGNORECASE,
)


def _add_group_compared_back(view: TextView, arms: _Arms, i: int, second: ArmFacts) -> None:
    """Sentence ``i`` compares the group stated before it with ``second`` ('These infant siblings were compared with
    33 infants ...', 'They were compared to 35 others ...'): the first group is the one sized in the nearest of the two
    sentences before ('46 babies had a brother or sister with known autism'), when no group of the record has that
    number already."""
    if i < 1 or not _COMPARED_BACK.match(view.text, *view.sentences[i]):
        return
    # the nearest of the two sentences before ('46 babies had ... . The sibling of a child with autism has a 1 in 5
    # chance ... . These infant siblings were compared with ...')
    m = None
    for k in (i - 1, i - 2):
        if k < 0:
            break
        m = _GROUP_BEFORE.search(view.text, *view.sentences[k])
        if m is not None:
            break
    if m is None:
        return
    n = count_in(m.group("n"))
    n_start, n_end = m.span("n")
    if n is None or n < 2 or is_year(view.text, n_start, n_end) or arms.sized_at(m.span("n")):
        return
    count = len(arms.arms)
    arm = arms.get(m.group("label"), m.span("label"), "arm.group_compared_back")
    if arm is None or arm is second or arm.n is not None:
        return
    _add_size(arm, n, m.span("n"), "arm.group_compared_back")
    if len(arms.arms) > count:
        # a new group: it comes before the group compared with it, as in the text
        new = arms.arms.pop()
        at = next(k for k, (_, a) in enumerate(arms.arms) if a is second)
        arms.arms.insert(at, new)


def _opens_sentence(view: TextView, at: int) -> bool:
    """Whether only spaces, quotes or 'And' stand between the start of the sentence holding ``at`` and ``at``."""
    start = view.sentence_of(at)[0]
    return (
        re.fullmatch(r"[\s\"“‘']*(?:and\s+|but\s+)?", view.text[start:at], re.IGNORECASE)
        is not None
    )


def _add_size(arm: ArmFacts, n: int, span: Span, pattern_id: str) -> None:
    if any(span in f.spans for f in arm.sizes):
        return  # the same number found by two patterns
    arm.sizes.append(Fact(n, [span], pattern_id))
    if arm.n is None:
        arm.n = Fact(n, [span], pattern_id)
    elif arm.n.value == n:
        arm.n.spans.append(span)


@functools.cache
def _words_before(source: str) -> re.Pattern[str]:
    return patterns.compile_pattern("(?:" + source + r")$")


def _follows_its_words(view: TextView, pat: patterns.Pattern, m: TextMatch) -> bool:
    """A pattern marked "follows" (a regex) matches only where the words just before it (in its sentence)
    end with that regex: a number-anchored match that needs its linker ('... and 15 children without ...',
    not 'who noted that 66 men who had not responded')."""
    follows = pat.extra.get("follows")
    if not follows:
        return True
    start = view.sentence_of(m.start())[0]
    return (
        _words_before(follows).search(view.text, max(start, m.start() - 40), m.start()) is not None
    )


def find_arms(view: TextView) -> list[ArmFacts]:
    arms = _Arms()
    hits = sorted(
        (pm for pm in matches(view, "arms", skip="arm_partition") if _follows_its_words(view, *pm)),
        key=lambda pm: pm[1].start(),
    )
    # Pairs first, so that 'to A or B' fixes the order of the arms as the text gives it.
    about_other = other_study_sentences(view)
    # the alternatives of each sentence's last pair, where that pair ends: a count after it that each group has ('to
    # yoga or stretching (150 each)') sizes both
    last_pair: dict[int, tuple[int, list[ArmFacts | None]]] = {}
    for pat, m in hits:
        if pat.label == "arm_each_count":
            i = view.sentence_index(m.start())
            n = count_in(m.group("n"))
            if (
                i in last_pair
                and last_pair[i][0] <= m.start()
                and n is not None
                and n > 1
                and view.sentence_of(m.start()) not in about_other
                and not is_year(view.text, *m.span("n"))
            ):
                for arm in last_pair[i][1]:
                    if arm is not None and arm.n is None:
                        _add_size(arm, n, m.span("n"), pat.id)
        if pat.label in ("arm_pair", "arm_each"):
            pair = [arms.get(m.group(g), m.span(g), pat.id) for g in ("a", "b")]
            last_pair[view.sentence_index(m.start())] = (m.end("b"), pair)
            if m.groupdict().get("na") and view.sentence_of(m.start()) not in about_other:
                # 'to either participate in the Experience Corps (58) or not (53)': each alternative's own size
                for arm, g in zip(pair, ("na", "nb"), strict=True):
                    k = count_in(m.group(g))
                    if arm is not None and arm.n is None and k is not None and k > 1:
                        _add_size(arm, k, m.span(g), pat.id)
            if pat.label == "arm_each" and view.sentence_of(m.start()) not in about_other:
                # 'About 90 patients each were randomly assigned to yoga or stretching': every alternative has
                # that many
                n = count_in(m.group("n"))
                if n is not None and n > 1 and not is_year(view.text, *m.span("n")):
                    for arm in pair:
                        if arm is not None:
                            _add_size(arm, n, m.span("n"), pat.id)
    subcounts = []

    # where each stated group ends, by sentence: a pattern marked "continues" (the later items of a list
    # without a people word: ', 500 got one from ...') needs a group given with its verb before it
    # (or, when "continues" lists pattern ids, one of those patterns: ', 1,392 apixaban' after 'with 2,635 taking
    # XARELTO')
    def opens_as_next(i: int) -> bool:
        """Sentence i opens as the next item of a list of groups ('And 52 received ...')."""
        start, end = view.sentences[i]
        return _NEXT_ITEM.match(view.text, start, end) is not None

    given_ends: dict[int, list[int]] = {}
    ends_by_id: dict[tuple[int, str], list[int]] = {}
    for pat, m in hits:
        if pat.label == "arm_given" and not pat.extra.get("continues"):
            given_ends.setdefault(view.sentence_index(m.start()), []).append(m.end())
            ends_by_id.setdefault((view.sentence_index(m.start()), pat.id), []).append(m.end())

    # a pattern marked "paired" (a group phrasing that also reads as an outcome count: '16 of them received a
    # transplant') needs another sized group in the same sentence
    # ... or a group in the next sentence that answers it (a pattern marked "answers_previous": '39 of them were
    # randomly assigned to receive SAMe. The remaining 34 patients received a placebo')
    def continues_nothing(pat: patterns.Pattern, m: TextMatch) -> bool:
        """A list's later item ("continues") with no group stated before it in its sentence (or, in a
        sentence that opens as a list's next item, in the sentence before: 'Of those, 55 received high doses.
        And 52 received lower doses')."""
        continues = pat.extra.get("continues")
        if not continues:
            return False
        i = view.sentence_index(m.start())
        if pat.extra.get("compared_back") and _COMPARED_BACK.match(view.text, *view.sentences[i]):
            return False  # the first group is the one the sentence refers back to
        places = [i, i - 1] if i > 0 and opens_as_next(i) else [i]
        before = [
            end
            for k in places
            for end in (
                [e for pid in continues for e in ends_by_id.get((k, pid), [])]
                if isinstance(continues, list)
                else given_ends.get(k, [])
            )
        ]
        return not any(end <= m.start() for end in before)

    # the sentences whose group the next sentence answers ('39 of them were randomly assigned to receive SAMe. The
    # remaining 34 patients received a placebo') or continues as a list's next item ('Of those, 55 received high
    # doses of vitamin D or 100,000 units monthly. And 52 received lower doses')
    answered: set[int] = set()
    # the groups a sentence compares back with the group stated before it ('These infant siblings were compared
    # with 33 infants ...'), by sentence
    back: list[tuple[int, ArmFacts]] = []
    # ... and for "paired", a list's later item counts only after its first (not the '442 who got ordinary
    # X-rays' of '354 people who got CTs had died of lung cancer, compared to 442 who got ordinary X-rays')
    paired_with: dict[int, int] = {}
    dangling = [
        continues_nothing(pat, m) for pat, m in hits
    ]  # asked once a hit, by the three loops below
    for (pat, m), alone in zip(hits, dangling, strict=True):
        if pat.label in ("arm_size", "arm_given", "arm_subcount"):
            i = view.sentence_index(m.start())
            if not alone:
                paired_with[i] = paired_with.get(i, 0) + 1
            if pat.extra.get("answers_previous") and i > 0:
                answered.add(i - 1)
                paired_with[i - 1] = paired_with.get(i - 1, 0) + 1
            elif not alone and i > 0 and opens_as_next(i):
                answered.add(i - 1)
        elif pat.label == "arm_rest" and _opens_sentence(view, m.start()):
            # 'The others took a placebo' answers the group sized in the sentence before it
            i = view.sentence_index(m.start())
            if i > 0:
                paired_with[i - 1] = paired_with.get(i - 1, 0) + 1

    # the distinct sized groups of each sentence (a number two patterns read counts once; a list's later item
    # only after its first)
    groups: dict[int, set[int]] = {}
    for (pat, m), alone in zip(hits, dangling, strict=True):
        if pat.label in ("arm_size", "arm_given") and not alone:
            n_at = m.start("n2") if m.groupdict().get("n2") else m.start("n")
            groups.setdefault(view.sentence_index(m.start()), set()).add(n_at)
    sized_in: set[int] = set()  # the sentences with a group sized so far
    groups_of: list[tuple[int, int, Span]] = []  # (how many groups, the count each has, its span)
    for (pat, m), alone in zip(hits, dangling, strict=True):
        if pat.label == "arm_rest":
            i = view.sentence_index(m.start())
            if (
                i - 1 in sized_in
                and _opens_sentence(view, m.start())
                and view.sentence_of(m.start()) not in about_other
            ):
                arms.get(m.group("label"), m.span("label"), pat.id)
            continue
        if pat.label == "arm_groups_of":
            k, n = count_in(m.group("k")), count_in(m.group("n"))
            if (
                k is not None
                and n is not None
                and n > 1
                and view.sentence_of(m.start()) not in about_other
                and not is_year(view.text, *m.span("n"))
            ):
                groups_of.append((k, n, m.span("n")))
            continue
        if pat.extra.get("paired") and paired_with.get(view.sentence_index(m.start()), 0) < 2:
            continue
        if (
            pat.extra.get("denominator")
            and paired_with.get(view.sentence_index(m.start()), 0) < 2
            and not _names_a_group(arms, m.group("label"))
        ):
            continue  # an outcome's denominator alone: a group's size only for a group the text compares
        if alone:
            continue
        if pat.label in ("arm_size", "arm_given", "arm_subcount"):
            if view.sentence_of(m.start()) in about_other:
                continue  # a group of another study ('A second study randomized 72 patients to ...')
            n_group = "n2" if m.groupdict().get("n2") else "n"
            n = count_in(m.group(n_group)) if m.group(n_group) else None
            raw_label, label_span = m.group("label"), m.span("label")
            if pat.extra.get("label_tail"):
                # 'daily injections for 18 months of placebo' -> 'placebo': the words after the last linker
                tail = _TAIL.search(raw_label)
                if tail:
                    label_span = (label_span[0] + tail.end(), label_span[1])
                    raw_label = raw_label[tail.end() :]
            # a list's later item ('... and 121 to one of three chemotherapies') when another group is sized in the
            # sentence (not a count after an opening phrase's comma: 'In the trial, 120 patients were randomly
            # assigned to the drug or a placebo')
            here = view.sentence_index(m.start())
            in_sentence = len(groups.get(here, ()))
            list_item = _LIST_ITEM.match(m.group(0)) is not None and in_sentence > 1
            if (
                _ALTERNATIVES.search(raw_label)
                and in_sentence + (here in answered) < 2
                and not list_item
            ):
                continue  # all the participants, given alternatives (not '... and 121 to one of three chemotherapies')
            if (
                _OR_NEXT.match(view.text, label_span[1])
                and not _EACH.search(view.text, m.end(n_group), label_span[0])
                and in_sentence < 2
                and not list_item
            ):
                continue  # all the participants, the first of their alternatives ('146 adults ... to X or Y')
            bracketed = _OWN_COUNT.match(view.text, label_span[1])
            if bracketed is not None and m.start(n_group) < bracketed.start("n"):
                continue  # the group's own count follows its words in brackets: the one before is all of them
            s0, e0 = view.sentence_of(m.start(n_group))
            if pat.extra.get("group_cue") and not _GROUP_CUE.search(view.text, s0, e0):
                continue
            if pat.label != "arm_subcount" and arms.sized_at(m.span(n_group)):
                continue  # a number already read as a group's size (by another pattern, with other words)
            if not pat.extra.get("whole") and (
                _EVERYONE.search(view.text, max(s0, m.start(n_group) - 25), m.start(n_group))
                or _PART_OF.search(view.text, max(s0, m.start(n_group) - 40), m.start(n_group))
            ):
                continue
            arm = arms.get(raw_label, label_span, pat.id, bool(pat.extra.get("keep_group")))
            if arm is None or n is None or n < 1:
                continue
            n_start, n_end = m.span(n_group)
            both = _TWO_KINDS.match(view.text, n_end, label_span[0])
            if both is not None:
                # 'assigned 22 men and 38 women to the program': one group of 60
                more = count_in(both.group("m"))
                if more is None:
                    continue
                n += more
            if (
                is_year(view.text, n_start, n_end)
                or _NOT_COUNT_BEFORE.search(view.text, max(s0, n_start - 20), n_start)
                or NOT_COUNT_AFTER.match(view.text[n_end : n_end + 30])
            ):
                continue
            if n == 1 and m.group(n_group).strip().lower() in ("one", "a", "an"):
                continue  # 'and one received a dummy pill': one of the groups, not a group of one
            if not pat.extra.get("whole") and _FRACTION.search(
                view.text, max(s0, m.start(n_group) - 40), m.start(n_group)
            ):
                continue
            _add_size(arm, n, m.span(n_group), pat.id)
            sized_in.add(view.sentence_index(m.start()))
            if pat.label == "arm_subcount":
                subcounts.append((pat, m, arm))
            if pat.extra.get("compared_back"):
                back.append((view.sentence_index(m.start()), arm))
    for i, arm in back:
        _add_group_compared_back(view, arms, i, arm)
    for pat, m, arm in subcounts:
        k = count_in(m.group("k"))
        if k is None:
            continue
        what = arm_key(arm_label(m.group("what")))
        own = arm_key(arm.label.value)
        verb = m.group("verb").lower()
        fact = Fact(k, [m.span("k")], pat.id)
        other = arms.find(m.group("what"))
        crossed = "switch" in verb or "cross" in verb or (other is not None and other[1] is not arm)
        received = not crossed and (_same(what, own) or (other is not None and other[1] is arm))
        if crossed and arm.n_crossed_over is None:
            arm.n_crossed_over = fact
        elif received and arm.n_received is None:
            arm.n_received = fact
    result = [arm for _, arm in arms.arms]
    for k, n, span in groups_of:
        # 'split into two groups of 40. One group took the supplement and the other took a placebo': as many
        # groups found as stated, none sized
        if len(result) == k and all(arm.n is None for arm in result):
            for arm in result:
                _add_size(arm, n, span, "arm.split_into_groups_of_n")
    # Two groups at least, or one group with a size (single-arm trials).
    if len(result) == 1 and result[0].n is None:
        return []
    return result


# the other group of a two-group study whose one group is sized: its size is the rest of the total, stated near the
# first group's ('Of these, 90 patients received HF10 therapy, while 81 patients had traditional SCS', 'about half
# (or 593 women) received IV fluids ..., and the other half (622 women) received ...', '39 of them were randomly
# assigned to receive SAMe for six weeks. The remaining 34 patients received a placebo'): the number, then its verb
# and the treatment's words
_PARTNER = re.compile(
    r"(?P<n>"
    + patterns.expand("<<NUM>>")
    + r")\)?\s+(?:of\s+(?:them|these|those)\s+)?(?:(?:[\w'’-]+\s+){0,2}?"
    + patterns.expand("<<PEOPLE>>")
    + r"\)?\s+)?(?:(?:were|was)\s+(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\s+to\s+"
    r"(?:receive\s+|get\s+|take\s+|undergo\s+)?|(?:were|was)\s+(?:given|offered|treated\s+with|administered)\s+|"
    r"received\s+|got\s+|took\s+|had\s+|underwent\s+)(?!(?:no|not|never|side|adverse|serious|more|less|fewer|"
    r"higher|lower|a\s+(?:higher|lower|greater|reduced|significant))\b)(?:the\s+|a\s+|an\s+)?"
    r"(?P<label>[^,;.()]{2,60}?)(?=\s*(?:[,;.()]|\s+[-–—]+\s|\s+(?:and|while|whereas|for|every|daily|once|twice)\b|$))",
    re.IGNORECASE,
)


def add_partner(
    view: TextView, arms: list[ArmFacts], enrollment: EnrollmentFacts | None
) -> list[ArmFacts]:
    """A two-group study with one group sized: the other group's size is the total (randomized, else the total)
    less the first group's, when that number is stated, with its verb and treatment, in the first group's sentence
    or the one before or after it. The group found unsized gets it; with one group found, a new one is added."""
    if enrollment is None or len(arms) > 2:
        return arms
    sized = [arm for arm in arms if arm.n is not None]
    whole = enrollment.randomized or enrollment.total
    if len(sized) != 1 or whole is None:
        return arms
    known = sized[0]
    assert known.n is not None
    rest = whole.value - known.n.value
    if rest < 1:
        return arms
    i = view.sentence_index(known.n.at())
    first = max(i - 1, 0)
    last = min(i + 1, len(view.sentences) - 1)
    start, end = view.sentences[first][0], view.sentences[last][1]
    taken = {span for f in known.sizes for span in f.spans}
    for m in _PARTNER.finditer(view.text, start, end):
        if m.span("n") in taken or count_in(m.group("n")) != rest:
            continue
        n_start, n_end = m.span("n")
        if is_year(view.text, n_start, n_end) or NOT_COUNT_AFTER.match(
            view.text[n_end : n_end + 30]
        ):
            continue
        label = arm_label(m.group("label"))
        key = arm_key(label)
        if _unusable(label, key) or _same(key, arm_key(known.label.value)):
            continue
        size = Fact(rest, [m.span("n")], "arm.partner_of_total")
        others = [arm for arm in arms if arm is not known]
        if others:
            others[0].n = size
            others[0].sizes.append(Fact(rest, [m.span("n")], size.pattern_id))
            return arms
        offset = max(m.group("label").find(label), 0)
        begin = m.start("label") + offset
        partner = ArmFacts(
            label=Fact(label, [(begin, begin + len(label))], size.pattern_id),
            n=size,
            sizes=[Fact(rest, [m.span("n")], size.pattern_id)],
        )
        # in the order of the text
        return [known, partner] if begin > known.label.at() else [partner, known]
    return arms


#: a group named only by its role as the comparison: 'control', 'controls', 'the control group', 'comparison group'
_CONTROL_ONLY = re.compile(
    r"(?:the\s+)?(?:control|controls|comparison)(?:\s+group)?", re.IGNORECASE
)
#: the study group's name where the text sets it beside the controls: 'the college studies group', 'the treatment
#: group' (not a group of age, of the same kind, nor one of several)
_NAMED_GROUP = re.compile(
    r"\bthe\s+(?P<label>(?!(?:control|placebo|comparison|sham|same|other|two|three|four|both|study|age|first|second|"
    r"third|whole|entire|overall|larger|smaller|older|younger|high|low|higher|lower)\b)[A-Za-z][\w'’]*(?:[\s-][A-Za-z][\w'’]*)?)"
    r"\s+group\b",
    re.IGNORECASE,
)


def add_study_group(
    view: TextView,
    arms: list[ArmFacts],
    enrollment: EnrollmentFacts | None,
    design: Fact[str] | None,
) -> list[ArmFacts]:
    """A study not told as randomized whose one sized group is a control group stated after the study's count, beside
    it ('recruited 359 participants ... More than 90 percent of the participants displayed an increase, compared with
    56 percent in a control group of 100 participants', 'a study tested the approach in 23 young adults. Compared
    with a control group of 20 young adults, the treatment group ...'): the people counted are the other group, of
    the total's size, named as the text names it beside the controls ('the college studies group', 'the treatment
    group'; the unsized other group when one was found). Else the arms as they are."""
    if (
        enrollment is None
        or enrollment.total is None
        or (design is not None and design.value in ("rct", "nonrandomized_trial", "single_arm"))
    ):
        return arms
    sized = [arm for arm in arms if arm.n is not None]
    if len(sized) != 1 or len(arms) > 2 or not _CONTROL_ONLY.fullmatch(sized[0].label.value):
        return arms
    control = sized[0]
    assert control.n is not None
    total = enrollment.total
    if total.value == control.n.value or total.at() >= control.n.at():
        return arms
    others = [arm for arm in arms if arm is not control]
    size = Fact(total.value, list(total.spans[:1]), "arm.study_group_beside_controls")
    if others:
        others[0].n = size
        others[0].sizes.append(Fact(total.value, list(total.spans[:1]), size.pattern_id))
        return arms
    m = _NAMED_GROUP.search(view.text)
    if m is None:
        return arms
    label = arm_label(m.group("label"))
    if _unusable(label) or _same(arm_key(label), arm_key(control.label.value)):
        return arms
    begin = m.start("label") + max(m.group("label").find(label), 0)
    group = ArmFacts(
        label=Fact(label, [(begin, begin + len(label))], size.pattern_id),
        n=size,
        sizes=[Fact(total.value, list(total.spans[:1]), size.pattern_id)],
    )
    return [group, control]


# what may stand before the first count of a split of all the participants that must open its sentence (a pattern
# marked "opened": arm.partition_n_had_and_m): nothing (the count opens the sentence: 'Forty-six of the infants had
# ...'), or 'Of these,' / 'Of those patients, whose average age was 64.7 years,' / 'Of this group,' / 'Of the 52,' /
# 'Of the 361 patients in the trial,'
_PARTITION_OPENER = re.compile(
    r"[\s\"“‘'(]*(?:of\s+(?:these|those|them|this\s+group|the\s+"
    + patterns.expand("<<NUM>>")
    + r")(?:\s+(?:[\w'’-]+\s+)?"
    + patterns.expand("<<PEOPLE>>")
    + r")?(?:\s+in\s+the\s+(?:study|trial))?\s*,\s+(?:(?:who|whose)\s[^,;]{1,60},\s+)?)?",
    re.IGNORECASE,
)
# a group named by its people word alone ('19 women and 15 men'; not 'nonsmokers'): no compared group unless the other
# is described
_PEOPLE_ONLY = re.compile(
    r"[\s\"“”]*(?:(?:" + patterns.expand("<<PEOPLE>>") + r"|controls)[\s\"“”]*)*",
    re.IGNORECASE,
)
#: quotation marks, dropped from a split group's or a single arm's label
_QUOTES = str.maketrans("", "", '"“”')
_WHO_CLAUSE = re.compile(r"\s+who\s.*$", re.IGNORECASE)
_CASES = re.compile(r"\bcases\b", re.IGNORECASE)
# the leading words of a split group's words that name no treatment or trait: 'had been admitted with ...' ->
# 'admitted with ...', 'who had coronary stenting' -> 'coronary stenting', 'of whom were exposed to ...' -> 'exposed
# to ...'
_PARTITION_VERB = re.compile(
    r"^(?:who\s+|of\s+whom\s+)?(?:had\s+been|have\s+been|had|have|were|was)?\s*", re.IGNORECASE
)


def add_partition(
    view: TextView, arms: list[ArmFacts], enrollment: EnrollmentFacts | None
) -> list[ArmFacts]:
    """Two groups that split all of the study's participants, each with its words ('Of this group, 68 patients had
    experienced their first dislocation, while 53 had recurrent dislocations', in a study of 121; '10 patients who
    had the surgery and 11 patients who followed severely calorie-restricted diets', in a study of 21): when no group
    was found, the two groups of the first such sentence whose counts add up to the total, outside sentences about
    another study. For a pattern marked "opened", only a sentence that opens with the first count or with 'Of
    these,' ('Of the 52,' ...) counts, so a later item of a longer list ('84 had been ablated, sixteen were ..., and
    three had ...') is none."""
    if arms or enrollment is None or enrollment.total is None:
        return arms
    total = enrollment.total.value
    # the items of lists of groups ("list_item"), in the order of the text
    items: list[TextMatch] = []
    for pat, m in sorted(matches(view, "arms", "arm_partition"), key=lambda pm: pm[1].start()):
        if pat.extra.get("list_item"):
            items.append(m)
            continue
        n, k = count_in(m.group("n")), count_in(m.group("m"))
        if n is None or k is None or n < 2 or k < 2 or n + k != total:
            continue
        start, end = view.sentence_of(m.start())
        if pat.extra.get("opened") and not _PARTITION_OPENER.fullmatch(view.text, start, m.start()):
            continue
        if (start, end) in other_study_sentences(view):
            continue
        if pat.extra.get("described") and (
            (
                _PEOPLE_ONLY.fullmatch(m.group("label"))
                and _PEOPLE_ONLY.fullmatch(_WHO_CLAUSE.sub("", m.group("label2")))
            )
            or _CASES.search(m.group("label"))
        ):
            # '19 women and 15 men who were all chronic smokers': the participants' make-up; '5,700 colorectal cancer
            # cases and 7,100 controls': a case-control study's outcome groups, whose compared groups are exposures
            continue
        groups: list[ArmFacts] = []
        for n_group, label_group, size in (("n", "label", n), ("m", "label2", k)):
            raw = m.group(label_group)
            label = arm_label(_PARTITION_VERB.sub("", raw).translate(_QUOTES))
            if _unusable(label):
                break
            begin = m.start(label_group) + max(raw.find(label), 0)
            groups.append(
                ArmFacts(
                    label=Fact(label, [(begin, begin + len(label))], pat.id),
                    n=Fact(size, [m.span(n_group)], pat.id),
                    sizes=[Fact(size, [m.span(n_group)], pat.id)],
                )
            )
        if len(groups) == 2 and not _same(
            arm_key(groups[0].label.value), arm_key(groups[1].label.value)
        ):
            return groups
    return _listed_groups(view, items, total) or arms


#: an outcome among a listed group's words: the list tells what came of the participants, not how they were grouped
#: ('five had a complete response, 14 had a partial response and ...', '... had stable disease', '... who died')
_LIST_OUTCOME = re.compile(
    r"\b(?:respon\w*|progress\w*|stable|died|death|dying|deaths|relaps\w*|remission|improv\w*|recover\w*|"
    r"surviv\w*|side\s+effects?|adverse|complications?|dropped|withdr[ae]w\w*|completed|finished)\b",
    re.IGNORECASE,
)


def _listed_groups(view: TextView, items: list[TextMatch], total: int) -> list[ArmFacts]:
    """Three or more groups listed one after the other in one sentence, each a count with its own words, whose
    counts add up to the study's total ('Of those, 2,148 had taken lithium, 1,670 had used valproate, 1,477 had been
    on olanzapine and 1,376 had taken quetiapine', in a study of 6,671): the groups of the first such run of list
    items (arm.partition_list_item), outside sentences about another study and with no outcome among their words.
    None when there is no such run."""
    by_sentence: dict[int, list[TextMatch]] = {}
    for m in items:
        i = view.sentence_index(m.start())
        kept = by_sentence.setdefault(i, [])
        if not kept or kept[-1].end() <= m.start():
            kept.append(m)
    about_other = other_study_sentences(view)
    for i, run in by_sentence.items():
        if len(run) < 3 or view.sentences[i] in about_other:
            continue
        counts = [count_in(m.group("n")) for m in run]
        for first in range(len(run) - 2):
            added = 0
            for last in range(first, len(run)):
                k = counts[last]
                if k is None or k < 2 or is_year(view.text, *run[last].span("n")):
                    break
                added += k
                if added >= total:
                    break
            if added != total or last - first < 2:
                continue
            groups = _list_arms(run[first : last + 1])
            if groups:
                return groups
    return []


#: a time told after a listed group's words ('stopped one to three days before surgery', 'continued statins up to the day
#: of surgery'), which no label takes
_TIME_TAIL = re.compile(
    r"(?:\s+(?:up|to|until|till|the|of|for|within|over|about|around|at|least|more|less|than|and|or|"
    + _SPAN_NUM
    + r"))*[-\s]+(?:days?|weeks?|months?|years?)\b.*$",
    re.IGNORECASE,
)


def _list_arms(run: list[TextMatch]) -> list[ArmFacts]:
    """The groups of a run of list items, each labelled by its words; none when an item's words tell an outcome, name
    no group or name the same group as another item's."""
    groups: list[ArmFacts] = []
    for m in run:
        raw = m.group("label")
        if _LIST_OUTCOME.search(raw):
            return []
        label = arm_label(_PARTITION_VERB.sub("", raw).translate(_QUOTES))
        if _BAD_LABEL.search(label):
            # 'stopped one to three days before surgery' -> 'stopped': a time told after the group's words
            label = _TIME_TAIL.sub("", label)
        key = arm_key(label)
        if _unusable(label, key) or any(_same(key, arm_key(g.label.value)) for g in groups):
            return []
        size = count_in(m.group("n"))
        assert size is not None
        begin = m.start("label") + max(raw.find(label), 0)
        groups.append(
            ArmFacts(
                label=Fact(label, [(begin, begin + len(label))], "arm.partition_list_item"),
                n=Fact(size, [m.span("n")], "arm.partition_list_item"),
                sizes=[Fact(size, [m.span("n")], "arm.partition_list_item")],
            )
        )
    return groups


#: the opening sentences whose result's subject may name a single-arm trial's intervention: at most so many, each
#: starting within so many characters of the text's start (a headline, a byline and a dateline come first)
_LEAD_SENTENCES = 7
_LEAD_CHARS = 700


#: a text that reports two or more studies, whose headline may be about either
#: (read on the lower-cased text, through the pre-filter: its words' starts are looked up, not tried everywhere)
_SEVERAL_STUDIES = re.compile(
    r"\b(?:two|three|four|both|several|separate)\s+(?:new\s+|other\s+|related\s+|large\s+|small\s+)?"
    r"(?:studies|trials|reports)\b|\b(?:second|another|earlier|previous|separate)\s+(?:study|trial)\b"
)


def _several_studies(view: TextView) -> bool:
    """Whether the text speaks of several studies, or of another one ('two new studies', 'a second trial')."""
    return view.once(
        "arms.several_studies", lambda: scan.search(_SEVERAL_STUDIES, view.lower) is not None
    )


def single_arm(view: TextView, design: Fact[str] | None, total: Fact[int] | None) -> list[ArmFacts]:
    """A single-arm trial's one arm (corpus/README.md: 'single-arm trials list one arm'): every participant got
    the intervention, so its size is the total; its label is the intervention's words, read in the sentence of
    the total, the next one, then that of the design cue, then the first sentence ('the phase II clinical trial of olaparib', 'the
    safety and efficacy of Tecentriq were studied'). No arm when no such words are found."""
    if total is None:
        return []
    if design is None:
        return _unstated_single_arm(view, total)
    if design.value != "single_arm":
        return []
    places: list[tuple[int, int]] = [] if view.sentences else [(0, len(view.text))]
    # the total's sentence, the one after it ('Cook's team implanted each patient with ...'), the design cue's, the
    # first; then the second after the total's ('Patients were given escalating doses of T-VEC'), the one after the
    # design cue's, the second
    for at, after in (
        (total.at(), 0),
        (total.at(), 1),
        (design.at(), 0),
        (0, 0),
        (total.at(), 2),
        (design.at(), 1),
        (0, 1),
    ):
        k = view.sentence_index(at) + after
        if k < len(view.sentences) and view.sentences[k] not in places:
            places.append(view.sentences[k])
    # last, the sentences that tell who got what (uncontrolled.jsonl: '25 U.S. and Swedish patients received an
    # infusion of IdeS'), when the design was read from an early-study word elsewhere ('a preliminary study
    # suggests' in the lead)
    if view.sentences:
        for _pat, cue in sorted(matches(view, "uncontrolled"), key=lambda pm: pm[1].start()):
            sentence = view.sentences[view.sentence_index(cue.start())]
            if sentence not in places:
                places.append(sentence)
    # then, last, the subject of the lead's result ('A vaccine for breast and ovarian cancer ... shows promise'),
    # read only in the opening sentences after the headline and in the total's (single_arm.jsonl's "lead" patterns)
    lead = [
        (s, e)
        for s, e in view.sentences[:_LEAD_SENTENCES]
        if s < _LEAD_CHARS and not view.in_title(s)
    ]
    if view.sentences and view.sentences[view.sentence_index(total.at())] not in lead:
        lead.append(view.sentences[view.sentence_index(total.at())])
    # and last of all the headline's, when the text reports one study only ('Experimental Drug Vistusertib Could
    # Shrink Tumors in 50% of Ovarian Cancer Patients'; not 'according to two studies')
    if view.sentences and not _several_studies(view):
        lead += [(s, e) for s, e in view.sentences[:2] if view.in_title(s) and (s, e) not in lead]
    tries = [(s, e, False) for s, e in places] + [(s, e, True) for s, e in lead]
    # the patterns run once over all the sentences tried (each pattern's candidates walked once), their matches
    # then taken sentence by sentence in the order above
    # (each place is a sentence, or the whole text when there are none: a match's own is view.sentence_of's)
    spans = sorted({(s, e) for s, e, _ in tries})
    found: dict[tuple[int, int], list[tuple[patterns.Pattern, TextMatch]]] = {
        sp: [] for sp in spans
    }
    for pat, m in search_spans(view, "single_arm", spans):
        found[view.sentence_of(m.start())].append((pat, m))
    for start, end, only_lead in tries:
        for pat, m in sorted(found[(start, end)], key=lambda pm: pm[1].start()):
            if bool(pat.extra.get("lead")) != only_lead:
                continue
            arm = _whole_group(m, pat.id, total)
            if arm is not None:
                return [arm]
    # a stated single-arm trial whose treatment no sentence tells in a form read above: the headline's words ending
    # in a treatment noun ('Cervical cancer vaccine in early stages', 'T-cell therapy results more modest than hoped')
    if design.pattern_id != _UNSTATED:
        return _headline_group(view, total)
    return []


_UNSTATED = "arm.unstated_design"
#: a headline's words ending in a treatment noun, up to three words before it that are no verb, preposition or
#: article ('Cervical cancer vaccine in early stages', 'T-cell therapy results ...', 'Medtronic tests stent' ->
#: 'stent', 'Retinal implant trial helps blind people see shapes' -> 'Retinal implant')
_HEADLINE_TREATMENT = re.compile(
    r"(?<![\w'’-])(?P<label>(?:(?!(?:for|of|in|on|with|to|and|or|the|a|an|tests?|testing|shows?|may|could|can|"
    r"might|is|are|new|after|from|by|study|studies|trial)\b)\w[\w'’-]*\s+){0,3}?"
    r"(?:therap(?:y|ies)|vaccines?|drugs?|devices?|apps?|stents?|implants?|procedures?|surger(?:y|ies)|"
    r"transplants?|injections?|infusions?|treatments?|stimulation|pills?|patch(?:es)?|gels?))\b",
    re.IGNORECASE,
)


def _headline_group(view: TextView, total: Fact[int]) -> list[ArmFacts]:
    """The one group of all the participants labelled by the headline's words ending in a treatment noun
    (``_HEADLINE_TREATMENT``), when the text reports one study and the total's sentence neither splits its people,
    nor sets them against others, nor tells of another trial ('In the larger phase II trial we've recruited 140
    women ...'); none otherwise. The last try for a study whose treatment no sentence tells in a form of
    single_arm.jsonl's."""
    if not view.title_end or not view.sentences or _several_studies(view):
        return []
    start, end = view.sentences[view.sentence_index(total.at())]
    if _SPLIT_OR_COMPARED.search(view.lower, start, end) or in_sentence_with(
        view, total.at(), NOT_OWN_COMPARISON
    ):
        return []
    m = _HEADLINE_TREATMENT.search(view.text, 0, view.title_end)
    arm = _whole_group(TextMatch(m, view.text), "arm.headline_treatment", total) if m else None
    return [arm] if arm is not None else []


#: words that call the study an early or a small one (design.py's early-study words, and 'a small study', 'proof of
#: concept'): with them a study of no stated design whose people all got one treatment is taken for a single-arm one
_EARLY_OR_SMALL = (*EARLY_STUDY_WORDS, "small study", "proof of concept", "proof-of-concept")


def _early_or_small(view: TextView) -> bool:
    """Whether a word of ``_EARLY_OR_SMALL`` stands outside sentences about other or future studies (plain
    substring look-ups first; the other studies' sentences only when a word is found)."""
    found = [at for at, _ in early_study_words(view.lower, _EARLY_OR_SMALL)]
    if not found:
        return False
    other = other_study_indices(view)
    return any(
        view.sentence_index(at) not in other and not in_sentence_with(view, at, FUTURE_WORDS)
        for at in found
    )


def _whole_group(m: TextMatch, pattern_id: str, total: Fact[int]) -> ArmFacts | None:
    """The one group of all the participants, of the total's size, labelled by a single_arm.jsonl match's
    treatment words; None when the words name no treatment (``_unusable``)."""
    # quotes dropped ('a \'\'microfocused" ultrasound' -> 'microfocused ultrasound')
    label = re.sub(r"\s{2,}", " ", arm_label(m.group("label")).translate(_QUOTES)).strip()
    if _unusable(label):
        return None
    offset = max(m.group("label").find(label.split(" ", 1)[0]), 0)
    begin = m.start("label") + offset
    n = Fact(total.value, list(total.spans), "arm.single_arm_total")
    return ArmFacts(
        label=Fact(label, [(begin, begin + len(label))], pattern_id),
        n=n,
        sizes=[Fact(total.value, list(total.spans[:1]), n.pattern_id)],
    )


#: words of a total's sentence that split its people or set them against others ('received one of three
#: approaches', 'a vitamin D3 supplement at one of four different dosages', 'compared the safety and efficacy of the
#: new vaccine ... with the current vaccine'), or that count cases ('a study of two cases': a case report, which
#: lists no arm): no one group of all the participants
_SPLIT_OR_COMPARED = re.compile(
    r"\b(?:one\s+of|different|either|compar\w*|versus|vs\.?|placebo|sham|cases?)\b"
)
#: words anywhere in the text that set the study's people against others besides design.py's comparison words ('The
#: trial compared Opdivo to Docetaxel', 'were 20 percent less likely to die ... than those tested with X-rays', 'Half
#: of the group engaged in resistance training ..., while the other half continued to live their lives normally';
#: not 'a benefit-risk profile comparable to the patients enrolled')
_OTHERS_COMPARED = (
    "compared",
    "comparing",
    "comparison",
    "versus",
    " vs",
    "than those",
    "than people",
    "than patients",
    "than participants",
    "the other half",
    "other group",
)
#: words right before a treatment that tell it came before the study ('had either already been treated with
#: chemotherapy', 'were originally treated with the recommended medication'): not the study's treatment
_GIVEN_BEFORE = re.compile(
    r"\b(?:already|previously|originally|prior|earlier|initially|had\s+been)\b[^.;:]{0,30}$"
)


#: the last word of a label that names a treatment of its own, read from beyond the total's sentence
_TREATMENT_NOUN = re.compile(
    r"\b(?:treatments?|therap(?:y|ies)|drugs?|devices?|app|vaccines?|procedures?|surger(?:y|ies)|transplants?|"
    r"implants?|injections?|infusions?|stimulation|stimulators?|training|interventions?|techniques?)$",
    re.IGNORECASE,
)


#: a standard treatment as a group's: after a word that gives it or sets it against the study's ('compared with
#: standard treatment', 'or standard care', 'received standard therapy', 'better than standard therapy') or before
#: 'group', 'arm' or 'alone'
_STANDARD_GIVEN = re.compile(
    r"\b(?:with|to|versus|vs\.?|or|plus|on|received|receiving|receive|got|get|getting|given|than|over|against|"
    r"beat|beats|outperformed|instead\s+of|as\s+well\s+as)\s+(?:(?:the|a|usual|only|current|conventional)\s+)?$"
)
_STANDARD_GROUP = re.compile(r"s?\s+(?:group|arm|alone)\b")
#: the same people before the treatment, after 'compared with / to' with their value ('lasted an average of 110
#: seconds ..., compared with 36 seconds before treatment', 'compared to before cooling treatment was introduced')
_BEFORE_VALUE = re.compile(
    r"\s+(?:(?:just|only|about|around|nearly|roughly|over|under|an?\s+average\s+of)\s+)*"
    r"(?:[\d.,]+\s*(?:[\w%-]+\s+){0,3}?)?before\b"
)


def _compares_nothing(view: TextView, word: str, at: int) -> bool:
    """Whether a comparison word of design.py's (``word`` at ``at``) compares no group with a single group's in the
    text of a study of no stated design: part of another word ('feelings of shame' holds 'sham', 'pre- and
    post-diagnostic evaluations' a diagnostic word), the placebo effect, a standard treatment no group got
    ('olaparib could become a standard treatment option', 'surgical removal of tumors is the standard
    treatment'), or the people's own state before the treatment ('compared with 36 seconds before
    treatment')."""
    text = view.lower
    end = at + len(word)
    if word == "sham":
        return end < len(text) and text[end].isalpha()
    if word in ("diagnostic", "accurate", "accuracy"):
        return at > 0 and text[at - 1] == "-"
    if word == "placebo":
        return text.startswith(" effect", end)
    if word in STANDARD_CARE_WORDS:
        return not (
            _STANDARD_GIVEN.search(text, max(0, at - 40), at) or _STANDARD_GROUP.match(text, end)
        )
    if word in ("compared with", "compared to"):
        return _before_value_after(text, at + len("compared"))
    return False


def _before_value_after(text: str, at: int) -> bool:
    """Whether ' with' or ' to' at ``at`` (after 'compared') leads to the people's own state before the
    treatment (``_BEFORE_VALUE``): read so by ``_compares_nothing`` for design.py's 'compared with / to' and by
    ``_others_compared`` for its 'compared'."""
    for linker in (" with", " to"):
        if text.startswith(linker, at):
            return _BEFORE_VALUE.match(text, at + len(linker)) is not None
    return False


def _others_compared(view: TextView, other: set[int] | frozenset[int]) -> bool:
    """Whether a word of ``_OTHERS_COMPARED`` stands in a sentence not about another study, and not before the
    people's own earlier state ('compared with 36 seconds before treatment'). Plain substring look-ups, on the rare
    path of a study of no stated design with no group found."""
    text = view.lower
    for word in _OTHERS_COMPARED:
        at = text.find(word)
        while at >= 0:
            if view.sentence_index(at) not in other and not (
                word == "compared" and _before_value_after(text, at + len(word))
            ):
                return True
            at = text.find(word, at + len(word))
    return False


def _unstated_single_arm(view: TextView, total: Fact[int]) -> list[ArmFacts]:
    """The one group of a study of no stated design whose total's own sentence tells that the people counted got
    the treatment, when the text reports one study, names no comparison of its own (design.py's comparison words
    outside sentences about other studies) and the sentence neither splits the people nor sets them against
    others ('Twenty men with metastatic prostate cancer ... were treated with androgen deprivation therapy', 'The
    efficacy of the cooling system was studied in 122 Stage I and Stage II women', 'PAE helped most of the 67
    patients who underwent the procedure'): every participant got the intervention, the corpus rule's single-arm
    trial, whose one arm has the total's size. Only single_arm.jsonl's patterns of the total's sentence (not the
    lead's result subjects, which as often name an exposure); not a treatment the people had before the study
    ('who had already been treated with chemotherapy')."""
    if not view.sentences:
        return []
    index = view.sentence_index(total.at())
    start, end = view.sentences[index]
    if _SPLIT_OR_COMPARED.search(view.lower, start, end):
        return []
    arms = _unstated_group(view, total, start, end)
    if not arms:
        return []
    # the whole text's tests last (they cost a pass over it), only when there is a group to keep or drop
    if _several_studies(view):
        return []
    other = other_study_indices(view)
    if (
        index in other
        or names_comparison(view, other, functools.partial(_compares_nothing, view))
        or _others_compared(view, other)
    ):
        return []
    return arms


def _unstated_group(view: TextView, total: Fact[int], start: int, end: int) -> list[ArmFacts]:
    """``_unstated_single_arm``'s group, before the tests of the whole text: from the treatment words of the
    total's sentence ([start, end)), else the lead's result subject or the headline's words."""
    told = False  # whether the total's sentence names a treatment, taken or not
    for pat, m in sorted(search_in(view, "single_arm", start, end), key=lambda pm: pm[1].start()):
        if pat.extra.get("lead"):
            continue
        told = True
        if _GIVEN_BEFORE.search(view.lower, max(start, m.start() - 40), m.start("label")):
            continue
        arm = _whole_group(m, pat.id, total)
        if arm is not None:
            return [arm]
    if told:
        return []
    # no treatment in the total's sentence: the lead's result subject or the headline's words, as a single-arm
    # trial's are read, when they end in a word of a treatment ('Early findings suggest that a single outpatient
    # treatment can reduce migraine pain', 'Freezing Treatment May Help Destroy Lung Tumors'; not 'Lung Cancer Deaths
    # Reduced by CT Scans', 'Better communication can help couples'); not the other sentences' ('Of these patients,
    # 84 had been ablated, sixteen were being treated with drug therapy': a part of the people)
    found = single_arm(view, Fact("single_arm", [total.spans[0]], _UNSTATED), total)
    if (
        found
        and _TREATMENT_NOUN.search(found[0].label.value)
        and (
            found[0].label.pattern_id == "single.lead_subject" or view.in_title(found[0].label.at())
        )
    ):
        return found
    # ... or, in a text that calls its study an early or a small one ('In a small study', 'a proof of concept study'),
    # the headline's words ending in a treatment noun ('Retinal implant trial helps blind people see shapes', 'Drug
    # Shows Promise for Lupus Skin Conditions')
    if _early_or_small(view):
        return _headline_group(view, total)
    return []
