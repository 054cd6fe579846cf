"""Who and where: investigators and their affiliations, sponsor, venue, condition and population."""

from __future__ import annotations

import re
from functools import cache

from extractor import patterns
from extractor.components.facts import ContextFacts, Fact, InvestigatorFacts
from extractor.components.text import TextView, clean_phrase, matches, search_in

_VENUE_TRAIL = re.compile(
    r"(?:\s+(?:on|and|of|the|in|for|&|a|an|online|journal|this|last|next|[A-Z][a-z]+day))+$"
)
_NOT_VENUE = re.compile(
    r"^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|It|A|An|In|Journal)\b\.?\s*)+$|^[\d\s]+$"
)
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


_SENTENCE_BREAK = re.compile(r"(?<![A-Z])(?<!\bInc)(?<!\bCo)(?<!\bLtd)\.\s.*$", re.DOTALL)


def _org(raw: str) -> str:
    org = clean_phrase(_SENTENCE_BREAK.sub("", raw))
    while _BAD_ORG_END.search(org):
        org = _BAD_ORG_END.sub("", org)
    return org


def _venue(raw: str) -> str | None:
    venue = clean_phrase(_SENTENCE_BREAK.sub("", raw))
    venue = (
        re.sub(r"^(?:the|The)\s+(?=(?:(?:19|20)\d\d\s+)?[A-Z])", "", venue)
        if not venue.startswith("The Lancet")
        else venue
    )
    prev = None
    while prev != venue:
        prev = venue
        venue = _VENUE_TRAIL.sub("", venue).strip()
    if not venue or _NOT_VENUE.search(venue) or len(venue) < 3:
        return None
    return venue


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


def find_context(view: TextView, anchor: int | None = None) -> ContextFacts:
    """``anchor``: where the headline N is stated; a condition in that sentence describes the main study."""
    facts = ContextFacts()
    anchor_sentence = view.sentence_index(anchor) if anchor is not None else -1
    people: dict[str, InvestigatorFacts] = {}
    terms: list[Fact[str]] = []
    hits = sorted(
        (hit for family in ("people", "sponsor", "venue") for hit in matches(view, family)),
        key=lambda pm: pm[1].start(),
    )
    # The condition is read only where it is decided: the headline, the lead and the sentence that states
    # the study's size (scanning the whole text for disease words costs more than all the rest).
    regions = set(view.sentences[:8])
    if anchor is not None:
        regions.add(view.sentence_of(anchor))
    hits += sorted(
        (hit for s, e in sorted(regions) for hit in search_in(view, "condition", s, e)),
        key=lambda pm: pm[1].start(),
    )
    for pat, m in hits:
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
        elif pat.label == "sponsor" and facts.sponsor is None:
            org = _org(re.sub(r"^(?:the|The)\s+", "", m.group("org")))
            if len(org) >= 2 and org.lower() not in ("the", "grants", "a grant"):
                start = m.start("org") + m.group("org").find(org)
                facts.sponsor = Fact(org, [(start, start + len(org))], pat.id)
        elif pat.label in ("journal", "meeting") and facts.venue is None:
            venue = _venue(m.group("venue"))
            if venue:
                start = m.start("venue") + m.group("venue").find(venue)
                facts.venue = Fact(venue, [(start, start + len(venue))], pat.id)
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
            terms.append(Fact(clean_phrase(m.group("cond")), [m.span("cond")], pat.id))
    # The condition: a disease the headline names, else the one described with the study's participants
    # ('256 women with de novo breast cancer'), else the first disease named in the lead.
    terms.sort(key=Fact.at)
    in_title = [t for t in terms if view.in_title(t.at())]
    in_lead = [t for t in terms if not view.in_title(t.at()) and view.sentence_index(t.at()) < 6]
    with_anchor = (
        facts.condition is not None and view.sentence_index(facts.condition.at()) == anchor_sentence
    )
    same_disease = (
        with_anchor
        and facts.condition is not None
        and bool(in_title)
        and facts.condition.value.lower().split()[-1] == in_title[0].value.lower().split()[-1]
    )
    if in_title and not same_disease:
        facts.condition = in_title[0]
    elif not with_anchor and facts.condition is None and in_lead:
        facts.condition = in_lead[0]
    facts.investigators = list(people.values())
    return facts
