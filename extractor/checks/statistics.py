"""Statistics: p-values in range, confidence intervals around their estimates, claims against numbers."""

from __future__ import annotations

from extractor.checks.registry import Finding, check, verdict
from extractor.record.models import Effect, TrialRecord

RATIOS = ("HR", "RR", "OR")


def null_value(effect: Effect) -> float | None:
    """The value meaning 'no effect': 1 for ratios, 0 for reductions and differences; None otherwise."""
    if effect.type in RATIOS:
        return 1.0
    if effect.type in ("ARR", "RRR", "pct_change", "difference"):
        return 0.0
    return None


def outcome_p(own: float | None, effect: Effect | None) -> float | None:
    """An outcome's p-value: its own, else its effect's."""
    if own is not None:
        return own
    return effect.p if effect is not None else None


def _ci_excludes_null(effect: Effect | None) -> bool | None:
    if effect is None or effect.ci is None:
        return None
    null = null_value(effect)
    if null is None:
        return None
    lo, hi = sorted(effect.ci)
    return not (lo <= null <= hi)


@check("STA001", "p-values between 0 and 1", "error", skip="no p-value stated")
def p_in_range(record: TrialRecord) -> Finding | None:
    """Every p-value lies in (0, 1].

    Fails: an outcome with p = 1.5. Passes: an outcome with p = 0.04.
    """
    trial = record.trial
    if trial is None:
        return None
    values = []
    for i, o in enumerate(trial.outcomes):
        if o.p_value is not None:
            values.append((o.p_value, f"trial.outcomes[{i}].p_value"))
        if o.effect is not None and o.effect.p is not None:
            values.append((o.effect.p, f"trial.outcomes[{i}].effect.p"))
    if not values:
        return None
    bad = [(p, path) for p, path in values if not 0 < p <= 1]
    if bad:
        return Finding(
            False,
            "p-value out of range: " + ", ".join(f"{p:g}" for p, _ in bad),
            [p for _, p in bad],
        )
    return Finding(True, f"{len(values)} p-value(s) in range", [p for _, p in values])


@check(
    "STA002",
    "confidence interval contains its estimate",
    "error",
    skip="no effect with a confidence interval",
)
def ci_contains_estimate(record: TrialRecord) -> Finding | None:
    """An effect's confidence interval contains the effect's own value.

    Fails: HR 0.72 with 95% CI 0.80-0.95. Passes: HR 0.72 with 95% CI 0.60-0.87.
    """
    trial = record.trial
    if trial is None:
        return None
    seen = []
    bad = []
    for i, o in enumerate(trial.outcomes):
        if o.effect is None or o.effect.ci is None:
            continue
        lo, hi = sorted(o.effect.ci)
        path = f"trial.outcomes[{i}].effect"
        seen.append(path)
        if not lo <= o.effect.value <= hi:
            bad.append((o.effect, path))
    if not seen:
        return None
    if bad:
        e, _ = bad[0]
        return Finding(
            False,
            f"{e.type} {e.value:g} lies outside its interval {e.ci[0]:g}-{e.ci[1]:g}",  # type: ignore[index]
            [p for _, p in bad],
        )
    return Finding(True, "every interval contains its estimate", seen)


@check(
    "STA003",
    "'no difference' consistent with p-value and CI",
    "error",
    skip="no outcome reported as 'no difference' with a p-value or CI",
)
def no_difference_vs_stats(record: TrialRecord) -> Finding | None:
    """An outcome reported as 'no difference' should not have p < 0.05 or a CI excluding no effect.

    Fails: 'no difference in survival' with p = 0.01. Passes: 'no difference in survival' with p = 0.40.
    """
    trial = record.trial
    if trial is None:
        return None
    seen = []
    bad = []
    for i, o in enumerate(trial.outcomes):
        if o.direction != "no_difference":
            continue
        p = outcome_p(o.p_value, o.effect)
        excludes = _ci_excludes_null(o.effect)
        if p is None and excludes is None:
            continue
        seen.append(f"trial.outcomes[{i}]")
        if (p is not None and p < 0.05) or excludes:
            why = f"p = {p:g}" if p is not None and p < 0.05 else "a CI that excludes no effect"
            bad.append(f"{o.name or 'an outcome'} is reported as no difference, yet has {why}")
    return verdict(seen, bad, seen, "'no difference' claims agree with their statistics")


@check(
    "STA004",
    "a difference claimed with p >= 0.05",
    "warning",
    skip="no outcome reported as a benefit or harm with a p-value or CI",
)
def difference_vs_stats(record: TrialRecord) -> Finding | None:
    """An outcome reported as a benefit or harm, with p >= 0.05 or a CI including no effect, may be
    over-stated (the difference may be chance).

    Fails: 'reduced the risk' with p = 0.30. Passes: 'reduced the risk' with p = 0.001.
    """
    trial = record.trial
    if trial is None:
        return None
    seen = []
    bad = []
    for i, o in enumerate(trial.outcomes):
        if o.direction not in ("benefit", "harm"):
            continue
        p = outcome_p(o.p_value, o.effect)
        excludes = _ci_excludes_null(o.effect)
        if p is None and excludes is None:
            continue
        seen.append(f"trial.outcomes[{i}]")
        if (p is not None and p >= 0.05) or excludes is False:
            why = f"p = {p:g}" if p is not None and p >= 0.05 else "a CI that includes no effect"
            bad.append(f"{o.name or 'an outcome'} is reported as a {o.direction}, yet has {why}")
    return verdict(seen, bad, seen, "claimed differences agree with their statistics")
