"""Doc -> TrialRecord. No NLP here: only the facts the components found, put into the record's shape,
each value's spans recorded under its JSON path in ``record.evidence``."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from extractor.components.facts import Fact, Span
from extractor.record.models import (
    Arm,
    ArmResult,
    Conclusion,
    Effect,
    Enrollment,
    FollowUp,
    Investigator,
    OtherStudy,
    Outcome,
    Period,
    Source,
    Trial,
    TrialRecord,
)


class _Evidence:
    """The evidence map of a record being built. Spans are kept as plain dicts: the record's one validation
    turns them all into ``Evidence`` at once (in pydantic-core), much faster than one model a span."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.map: dict[str, list[dict[str, Any]]] = {}

    def add(self, path: str, fact: Fact[Any] | None) -> Any:
        """Record ``fact``'s spans under ``path``; return its value (None for no fact)."""
        if fact is None:
            return None
        self.spans(path, fact.spans)
        return fact.value

    def spans(self, path: str, spans: list[Span]) -> None:
        items = self.map.setdefault(path, [])
        have = {(e["start"], e["end"]) for e in items}
        for start, end in spans:
            if 0 <= start < end <= len(self.text) and (start, end) not in have:
                have.add((start, end))
                items.append({"start": start, "end": end, "text": self.text[start:end]})
        if not items:
            del self.map[path]


def build_trial(doc: Doc, ev: _Evidence) -> Trial:
    ext = doc._  # one Underscore for the call: spaCy builds a new one at each ``doc._``
    study = ext.study
    enrollment = ext.enrollment
    context = ext.context
    arms_facts = ext.arms or []

    kw: dict[str, Any] = {
        "name": ev.add("trial.name", study.name),
        "registry_ids": [
            ev.add(f"trial.registry_ids[{i}]", f) for i, f in enumerate(study.registry_ids)
        ],
        "design": ev.add("trial.design", study.design),
        "phase": ev.add("trial.phase", study.phase),
        "blinding": ev.add("trial.blinding", study.blinding),
        "placebo_controlled": ev.add("trial.placebo_controlled", study.placebo),
        "condition": ev.add("trial.condition", context.condition),
        "population": ev.add("trial.population", context.population),
        "venue": ev.add("trial.venue", context.venue),
        "sponsor": ev.add("trial.sponsor", context.sponsor),
        "investigators": [
            Investigator(
                name=ev.add(f"trial.investigators[{i}].name", inv.name),
                affiliation=ev.add(f"trial.investigators[{i}].affiliation", inv.affiliation),
            )
            for i, inv in enumerate(context.investigators)
        ],
    }

    arms: list[Arm] = []
    for i, a in enumerate(arms_facts):
        p = f"trial.arms[{i}]"
        arms.append(
            Arm(
                label=ev.add(f"{p}.label", a.label),
                n=ev.add(f"{p}.n", a.n),
                n_received=ev.add(f"{p}.n_received", a.n_received),
                n_crossed_over=ev.add(f"{p}.n_crossed_over", a.n_crossed_over),
                n_reported=sorted({s.value for s in a.sizes}),
            )
        )
        for s in a.sizes:
            ev.spans(f"{p}.n_reported", s.spans)
    kw["arms"] = arms

    e = Enrollment(
        total=ev.add("trial.enrollment.total", enrollment.total),
        enrolled=ev.add("trial.enrollment.enrolled", enrollment.enrolled),
        randomized=ev.add("trial.enrollment.randomized", enrollment.randomized),
        analyzed=ev.add("trial.enrollment.analyzed", enrollment.analyzed),
        period=Period(
            start=ev.add("trial.enrollment.period.start", enrollment.period_start),
            end=ev.add("trial.enrollment.period.end", enrollment.period_end),
        ),
        randomized_subset=bool(
            ev.add("trial.enrollment.randomized_subset", enrollment.randomized_subset)
        ),
    )
    # Randomized N, when not stated, is the sum of the arms when every arm is a randomized group of stated size.
    randomized_arms = [
        a
        for a in arms_facts
        if a.n is not None and a.n.pattern_id and "randomized" in a.n.pattern_id
    ]
    if e.randomized is None and len(arms_facts) >= 2 and len(randomized_arms) == len(arms_facts):
        e.randomized = sum(a.n.value for a in randomized_arms if a.n is not None)
        for a in randomized_arms:
            if a.n is not None:
                ev.spans("trial.enrollment.randomized", a.n.spans[:1])
    # In a randomized trial, arms of stated size that add up to the total are the randomized groups.
    sized = [a.n for a in arms_facts if a.n is not None]
    if (
        e.randomized is None
        and e.total is not None
        and study.design is not None
        and study.design.value == "rct"
        and len(arms_facts) >= 2
        and len(sized) == len(arms_facts)
        and sum(n.value for n in sized) == e.total
        and not e.randomized_subset
        # a group told apart by lacking the other's feature ('20 children without dyslexia', arm.and_m_without)
        # or one a study 'compared' with another ('compared data on 6,684 women taking spironolactone to 31,614
        # who were prescribed antibiotics', arm.compared_*) is an exposure group, not one chance assigned
        and not any(w in (n.pattern_id or "") for n in sized for w in ("without", "compared"))
    ):
        e.randomized = e.total
        ev.spans("trial.enrollment.randomized", [n.spans[0] for n in sized])
    if e.total is None and e.randomized is not None:
        e.total = e.randomized
        ev.map["trial.enrollment.total"] = list(ev.map.get("trial.enrollment.randomized", []))
    kw["enrollment"] = e

    fu = ext.follow_up
    if fu is not None:
        value, unit, stat = ev.add("trial.follow_up", fu)
        kw["follow_up"] = FollowUp(value=value, unit=unit, statistic=stat)

    outcomes: list[Outcome] = []
    for i, o in enumerate(ext.outcomes or []):
        p = f"trial.outcomes[{i}]"
        name = ev.add(f"{p}.name", o.name) if o.name.spans else None
        results = []
        for j, r in enumerate(o.arm_results):
            results.append(
                ArmResult(
                    arm=r.arm,
                    value=ev.add(f"{p}.arm_results[{j}].value", r.value),
                    unit=r.unit,
                    events=ev.add(f"{p}.arm_results[{j}].events", r.events),
                )
            )
        effect = None
        if o.effect is not None:
            eff = o.effect
            effect = Effect(
                type=eff.type,
                value=ev.add(f"{p}.effect.value", eff.value),
                ci=ev.add(f"{p}.effect.ci", eff.ci),
                p=ev.add(f"{p}.effect.p", eff.p),
            )
            ev.spans(f"{p}.effect.type", eff.value.spans)
        outcomes.append(
            Outcome(
                name=name,
                role=o.role,
                arm_results=results,
                effect=effect,
                p_value=ev.add(f"{p}.p_value", o.p_value),
                direction=ev.add(f"{p}.direction", o.direction),
            )
        )

    kw["outcomes"] = outcomes
    kw["finding"] = ev.add("trial.finding", ext.finding)
    kw["conclusions"] = []
    for i, c in enumerate(ext.conclusions or []):
        kw["conclusions"].append(
            Conclusion(
                text=ev.add(f"trial.conclusions[{i}].text", c.text),
                speaker=ev.add(f"trial.conclusions[{i}].speaker", c.speaker),
            )
        )
    kw["other_studies"] = []
    for i, s in enumerate(ext.other_studies or []):
        kw["other_studies"].append(
            OtherStudy(
                name=ev.add(f"trial.other_studies[{i}].name", s.name),
                n=ev.add(f"trial.other_studies[{i}].n", s.n),
                design=ev.add(f"trial.other_studies[{i}].design", s.design),
            )
        )
    return Trial(**kw)


def build_record(doc: Doc, source: Source, extractor_version: str | None = None) -> TrialRecord:
    """The record of one article (checks and summary are added by ``extractor.api``)."""
    ext = doc._
    ev = _Evidence(ext.view.text if ext.view is not None else doc.text)
    is_trial = bool(ext.is_trial_report)
    trial = build_trial(doc, ev) if is_trial else None
    return TrialRecord(
        extractor_version=extractor_version,
        source=source,
        is_trial_report=is_trial,
        trial=trial,
        evidence=ev.map if is_trial else {},
    )
