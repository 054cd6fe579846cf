"""The editor's checklist: HealthNewsReview.org's ten criteria, as far as one article's text can show them.

Each item is ``met``, ``not_met`` or ``not_applicable``, with the spans of ``source.text`` that decided it
(cue words from ``extractor/checks/checklist_patterns.jsonl``, and the record's own evidence) and a note
in plain English. Absence is judged from the text only: ``not_met`` means "the article does not say",
never "the study did not".

>>> from extractor.checklist import checklist
>>> [item.status for item in checklist(record)]  # doctest: +SKIP
['met', 'not_met', ...]
"""

from __future__ import annotations

from extractor.checks.cues import cues, find
from extractor.checks.effects import reliable_ratio
from extractor.record.models import ChecklistItem, ChecklistStatus, Evidence, TrialRecord

CRITERIA: dict[str, str] = {
    "benefits": "benefits quantified, in absolute as well as relative terms",
    "harms": "harms and side effects mentioned",
    "costs": "costs mentioned",
    "evidence_quality": "quality of the evidence conveyed (design, size, limitations)",
    "independent_expert": "an independent expert quoted",
    "funding": "funding and conflicts of interest disclosed",
    "alternatives": "alternatives mentioned",
    "availability": "availability stated",
    "novelty": "novelty not overstated",
    "press_release": "not merely a press release rewritten",
}


def _item(key: str, status: ChecklistStatus, note: str, evidence: list[Evidence]) -> ChecklistItem:
    unique = sorted(
        {(e.start, e.end): e for e in evidence}.values(), key=lambda e: (e.start, -e.end)
    )
    kept: list[Evidence] = []
    for e in unique:  # a span inside another one adds nothing
        if not any(k.start <= e.start and e.end <= k.end for k in kept):
            kept.append(e)
    return ChecklistItem(id=key, name=CRITERIA[key], status=status, evidence=kept, note=note)


def _spans(record: TrialRecord, prefix: str) -> list[Evidence]:
    """The record's evidence for ``prefix`` and every path under it."""
    return [
        e
        for path, spans in record.evidence.items()
        if path == prefix or path.startswith((prefix + ".", prefix + "["))
        for e in spans
    ]


def _cue_item(
    record: TrialRecord,
    key: str,
    label: str,
    met: str,
    not_met: str,
    extra: list[Evidence] | None = None,
) -> ChecklistItem:
    spans = find(label, record.source.text) + (extra or [])
    if spans:
        return _item(key, "met", f"{met} ('{spans[0].text}')", spans)
    return _item(key, "not_met", not_met, [])


def _benefits(record: TrialRecord) -> ChecklistItem:
    trial = record.trial
    assert trial is not None
    relative = find("relative", record.source.text)
    absolute = find("absolute", record.source.text)
    for i, o in enumerate(trial.outcomes):
        if o.effect is not None:
            base = f"trial.outcomes[{i}].effect"
            if o.effect.type in ("ARR", "NNT", "difference"):
                absolute += _spans(record, base)
            elif o.effect.type == "RRR" or (
                o.effect.type in ("HR", "RR", "OR") and reliable_ratio(record, i)
            ):
                relative += _spans(record, base)
        absolute += _spans(record, f"trial.outcomes[{i}].arm_results")
    if absolute and relative:
        return _item(
            "benefits",
            "met",
            "benefits are given in absolute and relative terms",
            absolute + relative,
        )
    if absolute:
        return _item("benefits", "met", "benefits are given in absolute numbers", absolute)
    if relative:
        return _item(
            "benefits",
            "not_met",
            f"benefits are given only in relative terms ('{relative[0].text}'): readers cannot tell "
            "how many people benefit",
            relative,
        )
    return _item("benefits", "not_met", "the article gives no numbers for the benefit", [])


def _evidence_quality(record: TrialRecord) -> ChecklistItem:
    trial = record.trial
    assert trial is not None
    text = record.source.text
    design = _spans(record, "trial.design") + find("design", text)
    size = (
        _spans(record, "trial.enrollment.total")
        + _spans(record, "trial.enrollment.enrolled")
        + _spans(record, "trial.enrollment.randomized")
        + [e for i in range(len(trial.arms)) for e in _spans(record, f"trial.arms[{i}].n")]
    )
    limits = find("limitations", text)
    missing = [
        what
        for what, spans in (("the design", design), ("the size", size), ("limitations", limits))
        if not spans
    ]
    found = design + size + limits
    if not missing:
        return _item(
            "evidence_quality", "met", "the design, the size and limitations are all stated", found
        )
    return _item(
        "evidence_quality",
        "not_met",
        "the article does not state " + " or ".join(missing) + " of the study",
        found,
    )


def _funding(record: TrialRecord) -> ChecklistItem:
    text = record.source.text
    funding = _spans(record, "trial.sponsor") + find("funding", text)
    conflicts = find("conflicts", text)
    if funding and conflicts:
        note = "who funded the study and the authors' conflicts of interest are stated"
    elif funding:
        note = "who funded the study is stated; conflicts of interest are not mentioned"
    elif conflicts:
        note = "conflicts of interest are mentioned; who funded the study is not"
    else:
        return _item(
            "funding", "not_met", "neither funding nor conflicts of interest are mentioned", []
        )
    return _item("funding", "met", note, funding + conflicts)


def release_marks(record: TrialRecord) -> tuple[list[Evidence], str | None]:
    """Marks of a press release in the text, and a press-release URL (or None)."""
    spans = find("release", record.source.text)
    url = record.source.url or ""
    url_hit = next((c for c in cues("release_url") if c.regex.search(url)), None)
    return spans, (url if url_hit else None)


def _press_release(record: TrialRecord) -> ChecklistItem:
    spans, url = release_marks(record)
    if not spans and url is None:
        return _item(
            "press_release",
            "not_applicable",
            "cannot be judged from one text (it needs the release the story may have used)",
            [],
        )
    why = [f"'{spans[0].text.strip()}'"] if spans else []
    if url:
        why.append(f"the address {url}")
    return _item(
        "press_release",
        "not_met",
        "release itself: the text is a press release (" + "; ".join(why) + ")",
        spans,
    )


def checklist(record: TrialRecord) -> list[ChecklistItem]:
    """The ten criteria for one record, in HealthNewsReview.org's spirit, judged from its text."""
    press_release = _press_release(record)
    if record.trial is None:
        note = "not a report of a specific study"
        return [
            _item(key, "not_applicable", note, []) for key in CRITERIA if key != "press_release"
        ] + [press_release]
    text = record.source.text
    hype = find("hype", text)
    novelty = (
        _item("novelty", "not_met", f"overstating words: '{hype[0].text}'", hype)
        if hype
        else _item(
            "novelty", "met", "no overstating words (breakthrough, miracle, game-changer ...)", []
        )
    )
    return [
        _benefits(record),
        _cue_item(
            record,
            "harms",
            "harms",
            "harms are mentioned",
            "side effects and other harms are not mentioned",
        ),
        _cue_item(record, "costs", "costs", "costs are mentioned", "costs are not mentioned"),
        _evidence_quality(record),
        _cue_item(
            record,
            "independent_expert",
            "independent",
            "someone not involved in the study is quoted",
            "no one independent of the study is quoted",
        ),
        _funding(record),
        _cue_item(
            record,
            "alternatives",
            "alternatives",
            "other options are mentioned",
            "other treatments or options are not mentioned",
        ),
        _cue_item(
            record,
            "availability",
            "availability",
            "availability is stated",
            "the article does not say whether or when the treatment is available",
        ),
        novelty,
        press_release,
    ]
