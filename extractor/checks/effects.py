"""Effect sizes: ratios against the words around them, intervals against p-values, values in range, and
'significant' / 'no difference' against the p-values in the same clause."""

from __future__ import annotations

import bisect
import re

from extractor.checks.cues import matches, negated, sentence_at, sentences
from extractor.checks.registry import Finding, check, verdict
from extractor.checks.statistics import RATIOS, null_value, outcome_p
from extractor.record.models import TrialRecord

#: a p-value's start ('p =', 'P<', 'p-value of', 'p was'): a sentence without one has no p-value
_P_CUE = re.compile(r"[Pp]\s*(?:-?\s*value)?\s*(?:[<>=≤≥&]|was|of|is)")
_RATIO_NAME = re.compile(
    r"(?:hazard|relative|risk|odds|rate)\s+ratios?|relative\s+risk|\b(?:a?HR|RR|a?OR|IRR)\b",
    re.IGNORECASE,
)
_RATIO_ABBREV = re.compile(r"\b(?:a?HR|RR|a?OR|IRR)\b")  # abbreviations only in capitals
_CLAUSE = re.compile(
    r";|,?\s+(?:but|while|whereas|although|though|however|yet)\b|\)\s*(?:and|,)\s", re.IGNORECASE
)


def _names_ratio(text: str, start: int) -> bool:
    """Whether a ratio is named (hazard ratio, HR, OR ...) just before ``start``."""
    before = text[max(0, start - 45) : start]
    for m in _RATIO_NAME.finditer(before):
        if m.group(0).lower().endswith(("ratio", "ratios", "risk")) or _RATIO_ABBREV.fullmatch(
            m.group(0)
        ):
            return True
    return False


def reliable_ratio(record: TrialRecord, i: int) -> bool:
    """An outcome's ratio effect can be trusted: it has no evidence (a hand-made record), or its value's
    evidence is preceded by the ratio's name (not 'or 8 hours' read as an odds ratio)."""
    spans = record.evidence.get(f"trial.outcomes[{i}].effect.value") or []
    if not spans:
        return True
    return any(_names_ratio(record.source.text, s.start) for s in spans)


@check(
    "STA005",
    "ratio direction agrees with the words",
    "error",
    skip="no hazard, risk or odds ratio with 'increased' / 'reduced' risk words next to it",
)
def ratio_direction(record: TrialRecord) -> Finding | None:
    """A hazard, risk or odds ratio below 1 means lower risk, above 1 higher risk: the words in the ratio's
    own clause should say the same.

    Fails: 'the drug increased the risk of death (hazard ratio 0.70)'.
    Passes: 'the drug reduced the risk of death (hazard ratio 0.70)'.
    """
    trial = record.trial
    if trial is None:
        return None
    text = record.source.text
    seen: list[str] = []
    bad: list[str] = []
    for i, o in enumerate(trial.outcomes):
        e = o.effect
        if e is None or e.type not in RATIOS or e.value == 1 or not reliable_ratio(record, i):
            continue
        for ev in record.evidence.get(f"trial.outcomes[{i}].effect.value") or []:
            s_start, s_end = sentence_at(text, ev.start)
            lo, hi = s_start, s_end
            for cm in _CLAUSE.finditer(text, s_start, s_end):
                if cm.end() <= ev.start:
                    lo = max(lo, cm.end())
                elif cm.start() >= ev.end:
                    hi = min(hi, cm.start())
                    break
            up = [m for m in matches("increase_risk", text, lo, hi) if not negated(text, m.start())]
            down = [
                m for m in matches("decrease_risk", text, lo, hi) if not negated(text, m.start())
            ]
            if not up and not down:
                continue
            path = f"trial.outcomes[{i}].effect"
            seen.append(path)
            if e.value < 1 and up and not down:
                bad.append(
                    f"{e.type} {e.value:g} (below 1, a lower risk) is described as '{up[0].group(0)}'"
                )
            elif e.value > 1 and down and not up:
                bad.append(
                    f"{e.type} {e.value:g} (above 1, a higher risk) is described as '{down[0].group(0)}'"
                )
            break
    return verdict(seen, bad, seen, "each ratio's direction agrees with the words around it")


@check(
    "STA006",
    "confidence interval agrees with the p-value",
    "error",
    skip="no effect with both a confidence interval and a p-value",
)
def ci_vs_p(record: TrialRecord) -> Finding | None:
    """A 95% confidence interval that excludes 'no effect' (1 for ratios, 0 for differences) goes with
    p < 0.05; one that clearly includes it goes with p >= 0.05 (rounding at the boundary is allowed).

    Fails: HR 0.70 (95% CI 0.60-0.85) with p = 0.20. Passes: HR 0.70 (95% CI 0.60-0.85) with p = 0.001.
    """
    trial = record.trial
    if trial is None:
        return None
    seen: list[str] = []
    bad: list[str] = []
    for i, o in enumerate(trial.outcomes):
        e = o.effect
        p = outcome_p(o.p_value, e)
        if e is None or e.ci is None or p is None or not 0 < p <= 1:
            continue
        null = null_value(e)
        if null is None:
            continue
        lo, hi = sorted(e.ci)
        seen.append(f"trial.outcomes[{i}].effect")
        ci = f"{e.ci[0]:g}-{e.ci[1]:g}"
        if not lo <= null <= hi and p > 0.05:
            bad.append(
                f"{e.type} {e.value:g}: the interval {ci} excludes {null:g} (no effect), yet p = {p:g}"
            )
        elif lo < null < hi and p < 0.04:
            bad.append(
                f"{e.type} {e.value:g}: the interval {ci} includes {null:g} (no effect), yet p = {p:g}"
            )
    return verdict(seen, bad, seen, "each interval agrees with its p-value")


@check(
    "STA007",
    "confidence interval bounds in order",
    "error",
    skip="no effect with a confidence interval",
)
def ci_ordered(record: TrialRecord) -> Finding | None:
    """A confidence interval is written low to high, with some width.

    Fails: HR 0.72 with 95% CI 0.87-0.60. Passes: HR 0.72 with 95% CI 0.60-0.87.
    """
    trial = record.trial
    if trial is None:
        return None
    seen: list[str] = []
    bad: list[str] = []
    for i, o in enumerate(trial.outcomes):
        if o.effect is None or o.effect.ci is None:
            continue
        lo, hi = o.effect.ci
        seen.append(f"trial.outcomes[{i}].effect.ci")
        if lo >= hi:
            bad.append(f"{o.effect.type} {o.effect.value:g}: interval given as {lo:g} to {hi:g}")
    return verdict(
        seen,
        bad,
        seen,
        "every interval runs from low to high",
        prefix="an interval's lower bound is not below its upper bound: ",
    )


@check(
    "STA008",
    "effect sizes possible",
    "error",
    skip="no ratio, relative or absolute risk reduction, or number needed to treat",
)
def effect_in_range(record: TrialRecord) -> Finding | None:
    """Ratios (HR, RR, OR) are above 0; a relative or absolute risk reduction is at most 100%; a number
    needed to treat is at least 1.

    Fails: a relative risk reduction of 150%. Passes: a relative risk reduction of 62%.
    """
    trial = record.trial
    if trial is None:
        return None
    seen: list[str] = []
    bad: list[str] = []
    for i, o in enumerate(trial.outcomes):
        e = o.effect
        if e is None:
            continue
        path = f"trial.outcomes[{i}].effect"
        if e.type in RATIOS:
            if not reliable_ratio(record, i):
                continue
            seen.append(path)
            if e.value <= 0 or (e.ci is not None and min(e.ci) < 0):
                bad.append(f"{e.type} {e.value:g}: a ratio cannot be zero or negative")
        elif e.type in ("RRR", "ARR"):
            seen.append(path)
            if not -100 <= e.value <= 100:
                what = "relative" if e.type == "RRR" else "absolute"
                bad.append(f"a {what} risk reduction of {e.value:g}%: more than 100% of the risk")
        elif e.type == "NNT":
            seen.append(path)
            if e.value < 1:
                bad.append(f"a number needed to treat of {e.value:g}: it is at least 1")
    return verdict(seen, bad, seen, f"{len(seen)} effect size(s) in range")


def _p_verdict(op: str, value: float) -> bool | None:
    """True: significant at 0.05; False: not; None: cannot tell (or an impossible p)."""
    op = op.strip().lower()
    if value > 1:
        return None
    if op in ("<", "≤", "&lt;") or op.endswith("<"):
        return True if value <= 0.05 else None
    if op in (">", "≥", "&gt;") or op.endswith(">"):
        return False if value >= 0.05 else None
    return value < 0.05


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for m in _CLAUSE.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start() + (1 if m.group(0).startswith(")") else 0)))
        pos = m.end()
    out.append((pos, end))
    return out


@check(
    "STA009",
    "'significant' / 'no difference' agree with the p-value",
    "error",
    skip="no 'significant' or 'no difference' wording with a p-value in the same clause",
)
def significance_words_vs_p(record: TrialRecord) -> Finding | None:
    """Within one clause of the text, 'significant(ly)' goes with p < 0.05 and 'no (significant)
    difference' / 'not significant' with p >= 0.05.

    Fails: 'the improvement was statistically significant (p = 0.40)'.
    Passes: 'the improvement was statistically significant (p = 0.004)'.
    """
    text = record.source.text
    seen: list[str] = []
    bad: list[str] = []
    p_values = matches("p_value", text)
    if not p_values:
        return None  # no clause can pair a p-value with a claim
    bounds = sentences(text)
    # Only the sentences in which a p-value starts can hold a clause with one.
    firsts = [s for s, _ in bounds]
    touched = {max(0, bisect.bisect_right(firsts, m.start()) - 1) for m in p_values}
    for i in sorted(touched):
        if i >= len(bounds):
            continue
        s_start, s_end = bounds[i]
        if not _P_CUE.search(text, s_start, s_end):
            continue
        for lo, hi in _clauses(text, s_start, s_end):
            ps = [m for m in matches("p_value", text, lo, hi)]
            verdicts = {_p_verdict(m.group("op"), float(m.group("value"))) for m in ps}
            if not ps or None in verdicts or len(verdicts) != 1:
                continue
            none_diff = matches("no_difference", text, lo, hi)
            sig = [
                m
                for m in matches("significant", text, lo, hi)
                if not any(n.start() <= m.start() < n.end() for n in none_diff)
                and not negated(text, m.start())
            ]
            if bool(none_diff) == bool(sig):
                continue
            quote = " ".join(text[lo:hi].split())
            seen.append(quote)
            p_text = ", ".join(" ".join(m.group(0).split()) for m in ps)
            if none_diff and verdicts == {True}:
                bad.append(
                    f"'{none_diff[0].group(0)}' yet {p_text}, a significant result: '{quote}'"
                )
            elif sig and verdicts == {False}:
                bad.append(f"'{sig[0].group(0)}' yet {p_text}, not significant: '{quote}'")
    if not seen:
        return None
    if bad:
        return Finding(False, "; ".join(bad), ["source.text"])
    return Finding(
        True, f"{len(seen)} significance statement(s) agree with their p-values", ["source.text"]
    )
