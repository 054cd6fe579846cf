"""Who and where: investigators and their affiliations, sponsor, venue, condition and population."""

from __future__ import annotations

import re
from functools import cache

from extractor import patterns
from extractor.components.classify import mentions_other_study
from extractor.components.facts import ContextFacts, Fact, InvestigatorFacts
from extractor.components.text import TextMatch, TextView, clean_phrase, matches, search_spans

_VENUE_TRAIL = re.compile(
    r"(?:\s+(?:on|and|of|the|in|for|&|a|an|online|journal|this|last|next|[A-Z][a-z]+day|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    # an abbreviated month ('published in PLOS ONE on Aug. 24': 'PLOS ONE on Aug')
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?))+$"
    # a headline's verb or a pronoun after the name ('Study Results Published in JAMA Conclude that ...', 'an
    # article in Forbes I saw')
    r"|\s+(?:Conclude|Concludes|Show|Shows|Find|Finds|Suggest|Suggests|Reveal|Reveals|Confirm|Confirms|Say|Says"
    r"|I|We|They)$"
    # a footnote's number after a full stop ('Journal of Nutritional Biochemistry.3')
    r"|\.\d+$"
    # the next sentence's first word after a colon ('... Medical Association: Participants ate'); a
    # subtitle of several words stays ('Alcoholism: Clinical & Experimental Research')
    r"|:\s+[A-Z][\w'’-]*$"
)
_NOT_VENUE = re.compile(
    r"^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|It|A|An|In|Journal)\b\.?\s*)+$|^[\d\s]+$"
    # a name ending in 'Study' or 'Trial' is a study's or a column's ('described in Quick Study'), not a journal's
    r"|\s(?:Study|Trial)$"
    # a table or figure of the paper ('(Figure 1 and Table 1)')
    r"|^(?:Table|Figure|Fig)\b"
)
#: a possessive ends what owns the next words ('visit Allergan's website', 'supported by Tuesday's study'):
#: a journal's ('the Red Journal's January issue') is the journal, anything else is not a venue
_POSSESSIVE = re.compile(r"['’]s$")
_BAD_ORG_END = re.compile(r"\s+(?:of|for|and|the|de|&)$")
_NAME_STOP = {
    "The",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "However",
    "In",
    "Researchers",
    "Study",
    "Dr",
    "Patients",
    "People",
    "Women",
    "Men",
    "Health",
    "News",
    "Medical",
    "University",
}


#: what stands between two diseases of one list ('Heart Attack, Stroke', 'heart disease and diabetes')
_LISTED = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+(?:[\w'’-]+\s+){0,3}")
#: a disease word alone says nothing of which disease: taken only when nothing else is named
_DRUG_AFTER = re.compile(r"[^\S\n]+(?:drugs?|medications?|medicines?|pills?)\b", re.IGNORECASE)
#: 'Reverse Vision Loss Caused By Age-Related Macular Degeneration': the disease is the cause, not its effect
_CAUSED_BY = re.compile(r"[^\S\n]+(?:caused[^\S\n]+by|due[^\S\n]+to)[^\S\n]", re.IGNORECASE)
#: the class of a disease, not which one: the kind of cancer named near it (a cancer's own name or a
#: site's) is taken instead
_CLASS_WORDS = {
    "cancer",
    "cancers",
    "tumor",
    "tumors",
    "tumour",
    "tumours",
    "carcinoma",
    "carcinomas",
}
_CANCER_KIND = re.compile(
    r"\b(?:leuka?emias?|lymphomas?|myelomas?|melanomas?|mesotheliomas?|sarcomas?|gliomas?|glioblastomas?|"
    r"neuroblastomas?|(?:head|neck|breast|ovarian|stomach|gastric|o?esophageal|lung|colon|colorectal|rectal|"
    r"bowel|prostate|bladder|kidney|renal|liver|pancreatic|cervical|uterine|endometrial|skin|brain|bone|"
    r"blood|throat|mouth|oral|thyroid|testicular|laryngeal|hypopharyngeal|oropharyngeal|anal|solid|"
    r"HER2-positive|triple-negative)(?:[^\S\n]+(?:and|or)[^\S\n]+[\w-]+)?[^\S\n]+"
    r"(?:cancers?|carcinomas?|tumou?rs?))\b",
    re.IGNORECASE,
)
_MANY_CANCERS = re.compile(
    r"\b(?:types?|kinds?|forms?|range|variety)[^\S\n]+of[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:cancers?|tumou?rs?)\b|"
    r"\bcancer[^\S\n]+types\b|\b(?:many|several|multiple|all|different|various|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozen)[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:cancers|tumou?rs)\b",
    re.IGNORECASE,
)
_GENERIC = {"disease", "diseases", "disorder", "disorders", "syndrome", "infection", "infections"}
#: a capitalized disease followed by an organisation's word, outside the headline, is part of a name ('the
#: Obesity Prevention Center', 'American Cancer Society'); so is one after 'journal' ('the journal Stroke')
_NAME_AFTER = re.compile(
    r"\s+(?:Center|Centre|Institute|Society|Association|Foundation|Prevention|Research|Alliance|Program|"
    r"Programme|Clinic|Hospital|Council|Fund|Network|Group|Control|Awareness|Trust|Partnership|Consortium)\b"
)
_WORD = re.compile(r"[\w-]+")
#: ... and so is one after a name's 'Study of', 'Journal of', 'Institute of' ('the Multi-Ethnic Study of
#: Atherosclerosis', 'the Journal of Infectious Diseases', 'the National Institute of Diabetes')
_NAME_OF_BEFORE = re.compile(
    r"\b(?:Study|Studies|Trial|Journal|Institute|Society|Association|Foundation|Center|Centre|Council|"
    r"Department|Division|Academy|College|Federation|Network|Alliance|Initiative|Program)[^\S\n]+"
    r"(?:of|on|for|in)[^\S\n]+(?:the[^\S\n]+)?$"
)
_JOURNAL_BEFORE = re.compile(r"\bjournal\s+$", re.IGNORECASE)

#: a full stop and a space end the name, except after an initial or an abbreviation that a name holds ('Pfizer
#: Inc.', 'St. Jude Medical')
_SENTENCE_BREAK = re.compile(r"(?<![A-Z])(?<!\bInc)(?<!\bCo)(?<!\bLtd)(?<!\bSt)\.\s.*$", re.DOTALL)


#: a sentence end inside a run of capitalised words, with or without its space ('... Colorado State
#: University.Susan G. Komen for the Cure funded this research')
_GLUED_BREAK = re.compile(r"(?<=[a-z])\.\s*(?=[A-Z])")


def _org(raw: str, before_verb: bool = False) -> str:
    """``before_verb``: the name comes before its verb ('Pfizer, which funded the study'): a sentence break
    inside it leaves the last sentence's words, not the first's."""
    if before_verb:
        raw = _GLUED_BREAK.split(raw)[-1]
    org = clean_phrase(_SENTENCE_BREAK.sub("", raw))
    while _BAD_ORG_END.search(org):
        org = _BAD_ORG_END.sub("", org)
    return org


_IN_VENUE = re.compile(r"\s+in\s+(?:the\s+)?(?=[A-Z])")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH = re.compile(_MONTHS)
_INSTITUTION_WORD = re.compile(
    r"\b(?:University|College|Institute|Hospital|Center|Centre|Clinic)\b"
)
_JOURNAL_WORD = re.compile(
    r"\b(?:Journal|JAMA|Lancet|BMJ|Medicine|Research|Reports|Review|Annals|Archives|Proceedings|Science|"
    r"Nature|Cell|Advances|Trends|Progress|Topics|Studies)\b"
)


#: a journal described before its name ('the British medical journal BMJ', 'the German chemistry journal
#: Angewandte Chemie'): what a venue pattern took before it ('British') describes the journal named after it
_DESCRIBED_JOURNAL = re.compile(r"[^\S\n]+(?:[a-z-]+[^\S\n]+){0,2}journal[^\S\n]+(?=[A-Z])")


#: the year a venue published ('The first study, published in the journal Hypertension in 2012')
_VENUE_YEAR = re.compile(r"[^\S\n]+(?:in|during)[^\S\n]+((?:19|20)\d\d)\b")
#: a year the text prints, not a projection's ('diabetes will double by 2030' tells nothing of when it was written)
_PRINTED_YEAR = re.compile(r"(?<!\b[Bb]y )\b(?:19|20)\d\d\b")


def _reference_year(view: TextView) -> int | None:
    """The year the text was written, as well as it can be told: the latest year it prints (not after 'by', a
    projection), and never after its publication date when the source gives one (a later year printed is a plan
    or a forecast: 'a larger trial is expected to report in 2019'). ``None`` when the text prints no year. (Not
    the publication year alone: an article may be about a study published years before it, 'Little's research
    was published in the British Medical Journal in 2008' in a story of 2011.)"""
    printed = [int(y) for y in _PRINTED_YEAR.findall(view.text)]
    if not printed:
        return None
    latest = max(printed)
    return latest if view.published_year is None else min(latest, view.published_year)


def _earlier_publication(view: TextView, end: int) -> bool:
    """Whether the venue ending at ``end`` is said to have published in a year two or more years before the text
    was written (``_reference_year``: 'The first study, published in the journal Hypertension in 2012' in a
    release of 2015): an earlier study's (a year before is as often the study's own, told beside a later event)."""
    year = _VENUE_YEAR.match(view.text, end)
    return year is not None and _years_before(view, int(year.group(1)))


def _years_before(view: TextView, year: int) -> bool:
    """Whether ``year`` is two or more years before the text was written (``_reference_year``, read once a text)."""
    reference = view.once("reference_year", lambda: _reference_year(view))
    return reference is not None and year <= reference - 2


#: an earlier study or publication named with its year before the venue ('according to a 2009 article in the journal
#: Pediatrics', 'A 1997 study of healthy physicians, published in the New England Journal of Medicine, was the first')
_YEAR_STUDY_BEFORE = re.compile(
    r"\b[Aa]n?[^\S\n]+((?:19|20)\d\d)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
    r"(study|article|report|review|trial|analysis|survey)\b[^.\n]{0,120}$"
)
#: a publication, not a study, named with its year: a citation of earlier writing whatever the text's date (not
#: 'paper': 'cites one study, a 2008 paper published in the Journal of Chinese Medicine' is the story's own study)
_DATED_PUBLICATION = {"article", "report"}


def _earlier_study_before(view: TextView, start: int) -> bool:
    """Whether the venue starting at ``start`` follows, in its sentence, an article or report introduced with its
    year ('according to a 2014 article in the Journal of Orthopedics', 'according to a 2008 report in The Medscape
    Journal of Medicine'), or a study introduced with a year two or more years before the text was
    written (``_reference_year``; 'A 1997 study of healthy physicians, published in the New England Journal of
    Medicine'): earlier work, not the study's own journal. A study whose year is the latest the text prints may be
    the story's own ('a 2008 study of 50 people in the Journal of Infectious Diseases found')."""
    begin = max(view.sentence_of(start)[0], start - 200)
    year = _YEAR_STUDY_BEFORE.search(view.text, begin, start)
    if year is None:
        return False
    return year.group(2) in _DATED_PUBLICATION or _years_before(view, int(year.group(1)))


#: a venue the results are not yet at ('Data will be submitted for presentation at the ... meeting')
_NOT_YET = re.compile(
    r"\bsubmitted[^\S\n]+(?:for[^\S\n]+(?:presentation|publication)[^\S\n]+)?(?:at|to|in)[^\S\n]+(?:the[^\S\n]+)?$"
)


#: a dash glued to the name ends it ('the Journal of Nuclear Medicine--one as featured article')
_DASH_BREAK = re.compile(r"\s*(?:--|—)")


def _venue(raw: str) -> str | None:
    venue = clean_phrase(_DASH_BREAK.split(_SENTENCE_BREAK.sub("", raw), maxsplit=1)[0])
    venue = (
        re.sub(r"^(?:the|The)\s+(?=(?:(?:19|20)\d\d\s+)?[A-Z])", "", venue)
        if not venue.startswith("The Lancet")
        else venue
    )
    # 'King's College London in JAMA Psychiatry', 'Alzheon in the Journal of ...' (after 'published by'),
    # 'March in the New England Journal of Medicine': the authors' institution or company, or the month,
    # then the journal (not 'Frontiers in Psychiatry', 'Acupuncture in Medicine': journals' own names)
    inside = _IN_VENUE.search(venue)
    if inside is not None:
        before = venue[: inside.start()]
        if _MONTH.fullmatch(before) or (
            not _JOURNAL_WORD.search(before)
            and (inside.group(0).rstrip().endswith("the") or _INSTITUTION_WORD.search(before))
        ):
            venue = venue[inside.end() :]
    prev = None
    while prev != venue:
        prev = venue
        venue = _VENUE_TRAIL.sub("", venue).strip()
    if _POSSESSIVE.search(venue):
        venue = venue[:-2] if _JOURNAL_WORD.search(venue) else ""
    if not venue or _NOT_VENUE.search(venue) or len(venue) < 3:
        return None
    # 'a study in Australia', 'a study in Burkina Faso in West Africa': where the study was done
    if _PLACE_SPLIT.split(venue, maxsplit=1)[0] in _places():
        return None
    return venue


#: the rest of a name that lists its subjects after a comma ('Cancer Epidemiology, Biomarkers & Prevention', 'Annals
#: of Allergy, Asthma & Immunology', 'Applied Physiology, Nutrition and Metabolism'): the venue patterns stop at the
#: comma, and a list of capitalized words that ends with 'and' or '&' and one more carries the name on
_LISTED_NAME = re.compile(
    r"(?:,[^\S\n]+[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?){1,2},?[^\S\n]+(?:and|&)[^\S\n]+[A-Z][\w'’-]*"
    r"(?:[^\S\n]+[A-Z][\w'’-]*)?"
)
#: a Latin title's words joined by 'et' ('Acta Obstetricia et Gynecologica Scandinavica', 'Biochimica et Biophysica
#: Acta'), which the venue patterns' names (joined by 'of', 'and', '&' ...) stop before
_LATIN_JOIN = re.compile(r"[^\S\n]+et(?:[^\S\n]+[A-Z][\w'’-]*){1,3}")
#: a newspaper's section named after its name ('in Monday's Health section')
_SECTION_AFTER = re.compile(r"[^\S\n]+section\b")
_PLACE_SPLIT = re.compile(r",\s+|\s+in\s+")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
_PUBLISHER_WORD = re.compile(
    r"\b(?:University|College|Institute|Hospital|Center|Centre|Association|Society)\b"
)
_RESEARCHERS_AFTER = re.compile(r"\s+(?:researchers|scientists|investigators|team|authors)\b")


def _publisher(text: str, start: int, venue: str) -> bool:
    """Whether ``venue`` (at ``start``), named after 'published by', is who published the news or did the
    work rather than a journal: 'new research published by the American Psychological Association',
    'published today by the University of Plymouth', 'an article published by Princeton researchers'."""
    if _BY_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    at = text.find(venue, start)
    return (
        _PUBLISHER_WORD.search(venue) is not None and _JOURNAL_WORD.search(venue) is None
    ) or _RESEARCHERS_AFTER.match(text, at + len(venue)) is not None


@cache
def _places() -> frozenset[str]:
    return frozenset(patterns.load_json("stopnames")["places"])


@cache
def _organisation_words() -> tuple[re.Pattern[str], ...]:
    return tuple(p.regex for p in patterns.load("person_filters", "organisation"))


def _valid_name(name: str) -> bool:
    """A person's name: not a sentence opener, and no organisation word in it ('led by Cleveland Clinic')."""
    parts = name.split()
    return (
        bool(parts)
        and parts[0] not in _NAME_STOP
        and not any(r.search(name) for r in _organisation_words())
    )


#: studies in the plural besides the article's own ('other walnut studies', 'previous trials')
_OTHER_STUDIES = re.compile(
    r"\b(?:other|previous|earlier|prior|past)\s+(?:[\w-]+\s+){0,2}?(?:studies|trials)\b",
    re.IGNORECASE,
)


def _about_other_studies(view: TextView, start: int, end: int) -> bool:
    """Whether the sentence ``start:end`` is about another study or other studies than the article's own."""
    return (
        mentions_other_study(view, start, end)
        or _OTHER_STUDIES.search(view.text, start, end) is not None
    )


#: a meeting's sponsor, not the study's ('The meeting is jointly sponsored by', 'The meeting, held in Vienna, was
#: funded by')
_EVENT_SPONSORED = re.compile(
    r"\b(?:conference|meeting|symposium|congress|convention|summit)s?\b(?:,[^,\n]*,)?[^\S\n]+"
    r"(?:[\w-]+[^\S\n]+){0,2}?(?:is|was|are|were|being)[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:co-?)?"
    r"(?:sponsored|funded|supported|organi[sz]ed|hosted)[^\S\n]+(?:in[^\S\n]+part[^\S\n]+)?by[^\S\n]+"
    r"(?:the[^\S\n]+)?$",
    re.IGNORECASE,
)


#: words a funder pattern can stop at that name no funder ('funded by U.S. tart cherry growers': 'U.S')
_NOT_FUNDERS = frozenset({"the", "grants", "a grant", "u.s", "u.s.", "u.k", "u.k."})


#: a researcher's own funding or disclosure ('Dr. Gunter is supported by the NIH', 'has received fees from')
_PERSONAL_FUNDING = re.compile(
    r"\b(?:Dr\.|Drs\.|Prof\.|Professor|M\.D\.|Ph\.D\.|author|authors|researchers?\s+(?:is|was|are|were)|"
    r"received\s+(?:\w+\s+)?(?:fees|grants|honoraria|funding|support)|consult|disclos|his|her|he|she)\b"
)


#: a sentence whose subject is one person's work or the person ('Ribas' research is funded by ...', 'Farvid
#: was supported by ...')
_PERSON_FUNDED = re.compile(
    r"[A-Z][\w-]+(?:['’]s?\s+(?:research|work|lab|laboratory|team)\s+(?:is|was|has\s+been)|\s+(?:is|was))\s+"
    r"(?:\w+\s+)?(?:funded|supported|sponsored)\b"
)


#: a further funder counts in a sentence about the study ('The research was also supported by ...'), not in
#: one about something else ('a diagnostic test, which was funded by NIAID')
_STUDY_WORD = re.compile(r"\b(?:study|trial|research|work|project)\b", re.IGNORECASE)


def _another_funder(view: TextView, first: Fact[str], org: str, start: int) -> bool:
    """Whether ``org`` (at ``start``) is a further funder of the study: named in another sentence than the
    funders already taken, not one of them, in a sentence about the study and not about a researcher's own
    funding."""
    sentence = view.sentence_of(start)
    if any(view.sentence_of(s) == sentence for s, _ in first.spans):
        return False
    if org.lower() in first.value.lower() or any(
        part.lower() in org.lower() for part in first.value.split("; ")
    ):
        return False
    return (
        _STUDY_WORD.search(view.text, *sentence) is not None
        and _PERSONAL_FUNDING.search(view.text, *sentence) is None
        and _PERSON_FUNDED.match(view.text, sentence[0]) is None
    )


def _aids_not_the_disease(m: TextMatch) -> bool:
    """Whether a disease match ends in 'aids' written otherwise than 'AIDS': the verb or the noun ('Nonalcoholic
    Beer Aids Sleep', 'MRI method aids diagnosis', 'expensive hearing aids'), not the disease."""
    groups = m.groupdict()
    words = (groups.get("cond") or m.group(0)).rstrip()
    last = words.rsplit(None, 1)[-1] if words else ""
    return last.lower() == "aids" and last != "AIDS"


def find_context(view: TextView, anchor: int | None = None) -> ContextFacts:
    """``anchor``: where the headline N is stated; a condition in that sentence describes the main study."""
    facts = ContextFacts()
    anchor_sentence = view.sentence_index(anchor) if anchor is not None else -1
    people: dict[str, InvestigatorFacts] = {}
    venue_spans: list[tuple[int, int]] = []  # where journals and meetings are named
    terms: list[Fact[str]] = []
    described: list[
        Fact[str]
    ] = []  # participants named by their disease's adjective ('obese adults')
    outcome_ends: set[int] = (
        set()
    )  # where a disease named as an outcome ends ('reduces the risk of fracture')
    # a measure the intervention lowers ('Barley lowers ... bad cholesterol', 'blood pressure drugs')
    targets: list[Fact[str]] = []
    hits = sorted(
        (hit for family in ("people", "sponsor", "venue") for hit in matches(view, family)),
        key=lambda pm: pm[1].start(),
    )
    # The condition is read only where it is decided: the headline, the lead and the sentence that states
    # the study's size (scanning the whole text for disease words costs more than all the rest).
    regions = set(view.sentences[:8])
    if anchor is not None:
        regions.add(view.sentence_of(anchor))
    hits += sorted(search_spans(view, "condition", sorted(regions)), key=lambda pm: pm[1].start())
    for pat, m in hits:
        if pat.label.startswith("condition") and _aids_not_the_disease(m):
            continue
        if pat.label == "investigator":
            name = clean_phrase(m.group("name"))
            if not _valid_name(name):
                continue
            org_raw = m.groupdict().get("org")
            org = _org(org_raw) if org_raw else None
            surname = name.split()[-1]
            known = next((p for k, p in people.items() if k.split()[-1] == surname), None)
            if known is None:
                inv = InvestigatorFacts(name=Fact(name, [m.span("name")], pat.id))
                if org:
                    inv.affiliation = Fact(
                        org, [(m.start("org"), m.start("org") + len(org))], pat.id
                    )
                people[name] = inv
            else:
                if len(name.split()) > len(known.name.value.split()):
                    known.name = Fact(name, [m.span("name"), *known.name.spans], pat.id)
                if known.affiliation is None and org:
                    known.affiliation = Fact(
                        org, [(m.start("org"), m.start("org") + len(org))], pat.id
                    )
        elif (
            pat.label == "sponsor"
            # 'Other walnut studies presented at the conference, funded in part by ...': another study's funder
            and not _about_other_studies(view, *view.sentence_of(m.start()))
            # 'The meeting is jointly sponsored by the Cancer Research Institute, ...': the meeting's sponsor
            and _EVENT_SPONSORED.search(view.text, view.sentence_of(m.start())[0], m.start("org"))
            is None
        ):
            org = _org(
                re.sub(r"^(?:the|The)\s+", "", m.group("org")),
                before_verb=isinstance(pat.extra.get("anchor"), dict),
            )
            if len(org) >= 2 and org.lower() not in _NOT_FUNDERS:
                start = m.start("org") + m.group("org").find(org)
                if facts.sponsor is None:
                    facts.sponsor = Fact(org, [(start, start + len(org))], pat.id)
                elif _another_funder(view, facts.sponsor, org, start):
                    # funders named in separate sentences are joined with '; ' (corpus rule)
                    facts.sponsor = Fact(
                        f"{facts.sponsor.value}; {org}",
                        [*facts.sponsor.spans, (start, start + len(org))],
                        facts.sponsor.pattern_id,
                    )
        elif pat.label in ("journal", "meeting"):
            venue = _venue(m.group("venue"))
            if venue and not _publisher(view.text, m.start("venue"), venue):
                start = m.start("venue") + m.group("venue").find(venue)
                if (
                    _JOURNAL_WORD.search(venue) is None
                    and _DESCRIBED_JOURNAL.match(view.text, start + len(venue)) is not None
                ):
                    continue  # 'a new report in the British medical journal BMJ': the name comes after
                if (
                    _earlier_publication(view, start + len(venue))
                    or _earlier_study_before(view, start)
                    or _NOT_YET.search(view.text, max(0, m.start("venue") - 60), m.start("venue"))
                    or (
                        view.text[start - 1 : start] in ('"', "“")
                        and _JOURNAL_BEFORE.search(view.text, max(0, start - 12), start - 1) is None
                    )
                ):
                    # an earlier study's journal, a meeting the results are not yet at, or a quoted title
                    # ('outlined in "ITEM 1A: Risk Factors"')
                    continue
                if _SECTION_AFTER.match(view.text, start + len(venue)) is not None:
                    continue  # 'An article in Monday's Health section': a newspaper's section
                listed = _LISTED_NAME.match(view.text, start + len(venue)) or _LATIN_JOIN.match(
                    view.text, start + len(venue)
                )
                if listed is not None:  # 'Cancer Epidemiology, Biomarkers & Prevention'
                    venue = view.text[start : listed.end()]
                venue_spans.append((start, start + len(venue)))
                if facts.venue is None:
                    facts.venue = Fact(venue, [(start, start + len(venue))], pat.id)
        elif pat.label == "condition" and pat.extra.get("nouns"):
            # 'severely obese adults': the disease is the adjective's noun ('obesity'); weaker than a disease
            # named with the participants ('obese adults with diabetes') or in the headline
            cond = _as_nouns(clean_phrase(m.group("cond")), pat.extra["nouns"])
            described.append(Fact(cond, [m.span("cond")], pat.id))
        elif pat.label == "condition" and (
            facts.condition is None
            or (
                view.sentence_index(m.start()) == anchor_sentence
                and view.sentence_index(facts.condition.at()) != anchor_sentence
            )
        ):
            cond = clean_phrase(m.group("cond"))
            facts.condition = Fact(cond, [m.span("cond")], pat.id)
            facts.population = Fact(clean_phrase(m.group(0)), [m.span()], pat.id)
        elif pat.label == "condition_term":
            s, e = m.span("cond")
            if not view.in_title(s) and (
                (
                    view.text[s].isupper()
                    and (
                        _NAME_AFTER.match(view.text, e) is not None
                        or _NAME_OF_BEFORE.search(view.text, max(0, s - 40), s) is not None
                    )
                )
                or _JOURNAL_BEFORE.search(view.text, max(0, s - 10), s) is not None
                # a journal's or meeting's name ('Circulation: Arrhythmia and Electrophysiology'), also where
                # it is named again without a cue ('Reporting online today in International Forum of Allergy')
                or _in_venue(view.text, s, e, venue_spans)
            ):
                continue
            terms.append(Fact(clean_phrase(m.group("cond")), [(s, e)], pat.id))
        elif pat.label == "condition_outcome":
            outcome_ends.add(m.end("cond"))
        elif pat.label == "condition_target" and not _in_venue(
            view.text, *m.span("cond"), venue_spans
        ):
            targets.append(Fact(clean_phrase(m.group("cond")), [m.span("cond")], pat.id))
    # The condition: the disease of the participants in the sentence that states the study's size ('120
    # patients with Dravet syndrome', more precise than the headline's 'rare epilepsy'), else a disease the
    # headline names, else one described with participants in the lead, else the first disease named in
    # the lead. A disease named as what the intervention reduces or prevents ('Reduces Risk of Fracture
    # among Women with Osteoporosis', and the diseases listed after it: 'Cut Risk of Heart Attack, Stroke')
    # is an outcome, and a disease word alone ('the disease') says nothing: taken only when no other
    # disease is named.
    terms.sort(key=Fact.at)
    outcome: list[Fact[str]] = []
    for t in terms:
        if t.spans[0][1] in outcome_ends or (
            outcome
            and _LISTED.fullmatch(view.text, outcome[-1].spans[0][1], t.spans[0][0]) is not None
        ):
            outcome.append(t)
    generic = [t for t in terms if t not in outcome and t.value.lower() in _GENERIC]
    terms = [t for t in terms if t not in outcome and t not in generic]
    # 'Incontinence Drug May Cut Hot Flashes in Breast Cancer Survivors': a disease that names a drug's
    # first use comes after the headline's other diseases, and so does one the headline says another
    # causes ('Vision Loss Caused By Macular Degeneration')
    in_title = sorted(
        (t for t in terms if view.in_title(t.at())),
        key=lambda t: (
            _DRUG_AFTER.match(view.text, t.spans[0][1]) is not None
            or _CAUSED_BY.match(view.text, t.spans[0][1]) is not None
        ),
    )
    in_lead = [t for t in terms if not view.in_title(t.at()) and view.sentence_index(t.at()) < 6]
    with_anchor = (
        facts.condition is not None and view.sentence_index(facts.condition.at()) == anchor_sentence
    )
    # 'Breakthrough study ... for advanced kidney cancer patients' over a first sentence of 'patients with
    # advanced renal cell carcinoma (RCC)': the participants' disease named more precisely right after the
    # headline is the condition as printed
    with_lead = (
        bool(in_title)
        and facts.condition is not None
        and facts.condition.pattern_id == "condition.with"
        and _in_first_sentence(view, facts.condition.at())
        and _more_precise(facts.condition.value, in_title[0].value)
    )
    if in_title and not with_anchor and not with_lead:
        facts.condition = in_title[0]
    elif not with_anchor and facts.condition is None and described:
        # the participants' adjective in the sentence that states the study's size, else the first one
        described.sort(key=lambda t: view.sentence_index(t.at()) != anchor_sentence)
        facts.condition = described[0]
    elif not with_anchor and facts.condition is None:
        fallback = (
            [t for t in outcome if view.in_title(t.at())]
            + [t for t in terms if view.sentence_index(t.at()) == anchor_sentence]
            + in_lead
            + [t for t in outcome if view.sentence_index(t.at()) < 6]
            # a measure the intervention lowers, when no disease is named: what it targets (corpus
            # reading: 'cholesterol levels (hyperlipidemia)' for a diet that lowers cholesterol)
            + sorted(targets, key=lambda t: not view.in_title(t.at()))
            + [t for t in generic if view.sentence_index(t.at()) < 6]
        )
        if fallback:
            facts.condition = fallback[0]
    # 'Cancer Breakthrough: Personalized Melanoma Vaccines', 'an aggressive type of cancer called malignant
    # pleural mesothelioma': a bare class word ('cancer', 'tumors') says less than the kind of cancer that the
    # headline, the sentence that states the size or the lead names
    # ('a range of cancer types', 'a blood test for 10 different types of cancers': many kinds, none the
    # condition)
    if (
        facts.condition is not None
        and facts.condition.value.lower() in _CLASS_WORDS
        and _MANY_CANCERS.search(view.text, 0, view.lead_end(3)) is None
    ):
        kinds = (
            t
            for t in [
                *in_title,
                *(t for t in terms if view.sentence_index(t.at()) == anchor_sentence),
                *in_lead,
            ]
            if _CANCER_KIND.search(t.value) is not None
        )
        facts.condition = next(kinds, facts.condition)
    if facts.venue is not None and _ACRONYM.fullmatch(facts.venue.value):
        facts.venue = _spelled_out(view.text, facts.venue)
    facts.investigators = list(people.values())
    return facts


def _in_first_sentence(view: TextView, at: int) -> bool:
    """Whether ``at`` lies in the first sentence after the headline."""
    if view.in_title(at):
        return False
    index = view.sentence_index(at)
    return index == 0 or view.in_title(view.sentences[index - 1][0])


def _more_precise(lead: str, title: str) -> bool:
    """Whether ``lead`` names the headline's disease ``title`` more precisely: the same disease word with
    more words before it ('moderate to severe psoriasis' for 'psoriasis'), or a carcinoma for a cancer
    ('advanced renal cell carcinoma' for 'advanced kidney cancer')."""
    lead_words, title_words = lead.lower().split(), title.lower().split()
    if not lead_words or not title_words:
        return False
    if title_words[-1] in ("cancer", "cancers") and lead_words[-1] in ("carcinoma", "carcinomas"):
        return True
    return lead_words[-1] == title_words[-1] and len(lead_words) > len(title_words)


def _in_venue(text: str, start: int, end: int, venue_spans: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` lies inside a venue's name: where it was found, or where the same name
    stands again."""
    for vs, ve in venue_spans:
        if vs <= start < ve:
            return True
        at = text.find(text[vs:ve], max(0, end - (ve - vs)), start + (ve - vs))
        if 0 <= at <= start and end <= at + (ve - vs):
            return True
    return False


def _as_nouns(phrase: str, nouns: dict[str, str]) -> str:
    """'overweight and obese' -> 'overweight and obesity': each adjective of a disease as its noun."""
    return _WORD.sub(lambda w: nouns.get(w.group().lower(), w.group()), phrase)


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NAME_BEFORE = re.compile(
    r"[A-Z][\w&'’.-]*(?:[^\S\n]+(?:[A-Z][\w&'’.-]*|of|and|&|for|in|the|on))+[^\S\n]+$"
)


def _spelled_out(text: str, venue: Fact[str]) -> Fact[str]:
    """A venue named by its acronym ('published in NEJM' in a headline) is given its full name where the
    text spells it out: 'the New England Journal of Medicine (NEJM)'."""
    at = text.find("(" + venue.value + ")")
    if at < 0:
        return venue
    m = _NAME_BEFORE.search(text, max(0, at - 120), at)
    if m is None:
        return venue
    name = re.sub(r"^(?:the|The)\s+", "", m.group(0).strip())
    start = m.start() + m.group(0).find(name)
    return Fact(name, [(start, start + len(name)), *venue.spans], venue.pattern_id)
