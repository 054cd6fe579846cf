"""A short plain-language summary, built only from the record (nothing that is not in it)."""

from __future__ import annotations

from extractor.record.models import TrialRecord

_DESIGN_WORDS = {
    "rct": "a randomized trial",
    "nonrandomized_trial": "a non-randomized trial",
    "single_arm": "a single-arm trial",
    "observational": "an observational study",
    "meta_analysis": "a meta-analysis",
    "other": "a study",
}
_FINDING_WORDS = {
    "benefit": "a benefit",
    "no_difference": "no difference",
    "harm": "harm",
    "mixed": "mixed results",
}


def _fmt(value: float) -> str:
    return f"{value:g}"


def summarize(record: TrialRecord) -> str:
    if not record.is_trial_report or record.trial is None:
        return "The article does not report a specific clinical study."
    t = record.trial
    design = _DESIGN_WORDS.get(t.design or "", "a study")
    if t.phase:
        design = design.replace("trial", f"phase {t.phase} trial")
    subject = f"{t.name}, {design}" if t.name else design[0].upper() + design[1:]
    parts = [subject]
    n = t.enrollment.total
    if n is not None:
        parts.append(f"of {n:,} participants")
    if t.condition:
        parts.append(f"with {t.condition}")
    sentences = [" ".join(parts)]
    sized = [f"{a.label} ({a.n:,})" if a.n is not None else a.label for a in t.arms]
    if len(sized) >= 2:
        sentences[-1] += ", compared " + ", ".join(sized[:-1]) + " with " + sized[-1]
    sentences[-1] += "."
    if t.follow_up is not None:
        stat = (
            f"a {t.follow_up.statistic} of " if t.follow_up.statistic in ("median", "mean") else ""
        )
        if t.follow_up.statistic == "max":
            stat = "up to "
        sentences.append(
            f"Participants were followed for {stat}{_fmt(t.follow_up.value)} {t.follow_up.unit}."
        )
    results = []
    for o in t.outcomes[:3]:
        if not o.name:
            continue
        bits = []
        if o.effect is not None:
            eff = f"{o.effect.type} {_fmt(o.effect.value)}"
            if o.effect.ci is not None:
                eff += f" (95% CI {_fmt(o.effect.ci[0])}-{_fmt(o.effect.ci[1])})"
            bits.append(eff)
        if o.p_value is not None:
            bits.append(f"p = {_fmt(o.p_value)}")
        direction = _FINDING_WORDS.get(o.direction or "")
        text = o.name
        if direction:
            text = f"{direction} in {o.name}"
        if bits:
            text += " (" + ", ".join(bits) + ")"
        results.append(text)
    if results:
        sentences.append("It reported " + "; ".join(results) + ".")
    elif t.finding:
        sentences.append(f"It reported {_FINDING_WORDS[t.finding]}.")
    if t.venue:
        sentences.append(f"Source: {t.venue}.")
    failing = [c for c in record.checks if c.status == "fail"]
    warnings = [c for c in record.checks if c.status == "warn" and c.severity != "info"]
    notes = [c for c in record.checks if c.status == "warn" and c.severity == "info"]
    if failing or warnings:
        sentences.append(
            f"Consistency checks: {len(failing)} failed, {len(warnings)} warning(s) "
            f"({', '.join(c.id for c in failing + warnings)})."
        )
    if notes:
        sentences.append(
            "Reporting gaps: the article does not meet "
            + ", ".join(f"'{c.name}' ({c.id})" for c in notes)
            + "."
        )
    return " ".join(sentences)
