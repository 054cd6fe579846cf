"""Arithmetic on arms: sizes add up, sub-counts fit inside their arm, one size per arm."""

from __future__ import annotations

from extractor.checks.registry import Finding, check
from extractor.record.models import TrialRecord


@check(
    "ARM001",
    "arms add up to the randomized total",
    "error",
    skip="needs two or more arms with sizes and a randomized (or total) number",
)
def arms_sum(record: TrialRecord) -> Finding | None:
    """The arm sizes add up to the number randomized (or, when that is not stated, to the total).

    Fails: arms of 125 and 131 with 300 randomized. Passes: arms of 125 and 131 with 256 randomized.
    """
    trial = record.trial
    if trial is None:
        return None
    sized = [a for a in trial.arms if a.n is not None]
    if len(sized) < 2 or len(sized) != len(trial.arms):
        return None
    e = trial.enrollment
    target, which = (e.randomized, "randomized") if e.randomized is not None else (e.total, "total")
    if target is None:
        return None
    total = sum(a.n for a in sized if a.n is not None)
    parts = " + ".join(str(a.n) for a in sized)
    paths = [f"trial.arms[{i}].n" for i in range(len(trial.arms))] + [f"trial.enrollment.{which}"]
    if total == target:
        return Finding(True, f"arms {parts} = {total}, the {which} number", paths)
    return Finding(False, f"arms {parts} = {total}, but the {which} number is {target}", paths)


@check(
    "ARM002",
    "received and crossed-over counts within the arm",
    "error",
    skip="no arm with a size and a received or crossed-over count",
)
def subcounts_within_arm(record: TrialRecord) -> Finding | None:
    """How many received the arm's treatment, or crossed over to another, is at most the arm's size.

    Fails: an arm of 125 in which 130 underwent surgery. Passes: 109 of 125 underwent surgery.
    """
    trial = record.trial
    if trial is None:
        return None
    seen = False
    problems: list[str] = []
    paths: list[str] = []
    for i, arm in enumerate(trial.arms):
        if arm.n is None:
            continue
        for field in ("n_received", "n_crossed_over"):
            value = getattr(arm, field)
            if value is None:
                continue
            seen = True
            paths += [f"trial.arms[{i}].{field}", f"trial.arms[{i}].n"]
            if value > arm.n:
                problems.append(
                    f"{arm.label}: {field.removeprefix('n_').replace('_', ' ')} {value} > arm size {arm.n}"
                )
        both = (arm.n_received or 0) + (arm.n_crossed_over or 0)
        if arm.n_received is not None and arm.n_crossed_over is not None and both > arm.n:
            problems.append(f"{arm.label}: received + crossed over = {both} > arm size {arm.n}")
    if not seen:
        return None
    if problems:
        return Finding(False, "; ".join(problems), paths)
    return Finding(True, "every received/crossed-over count fits within its arm", paths)


@check("ARM003", "events within the arm", "error", skip="no outcome events with a sized arm")
def events_within_arm(record: TrialRecord) -> Finding | None:
    """An outcome's event count in an arm is at most the arm's size.

    Fails: 140 deaths in an arm of 131. Passes: 89 events in arms of 125 and 131.
    """
    trial = record.trial
    if trial is None:
        return None
    sizes = {a.label: (i, a.n) for i, a in enumerate(trial.arms) if a.n is not None}
    seen = False
    problems: list[str] = []
    paths: list[str] = []
    for i, outcome in enumerate(trial.outcomes):
        for j, result in enumerate(outcome.arm_results):
            if result.events is None or result.arm not in sizes:
                continue
            k, n = sizes[result.arm]
            seen = True
            paths += [f"trial.outcomes[{i}].arm_results[{j}].events", f"trial.arms[{k}].n"]
            if n is not None and result.events > n:
                problems.append(
                    f"{outcome.name or 'outcome'} in {result.arm}: {result.events} events > arm size {n}"
                )
    if not seen:
        return None
    if problems:
        return Finding(False, "; ".join(problems), paths)
    return Finding(True, "every event count fits within its arm", paths)


@check("ARM004", "one size per arm", "error", skip="no arm with a stated size")
def one_size_per_arm(record: TrialRecord) -> Finding | None:
    """The text gives each arm one size; two different sizes for the same group is an inconsistency.

    Fails: the surgery arm given as 125 in one sentence and 152 in another. Passes: 125 both times.
    """
    trial = record.trial
    if trial is None or not any(a.n_reported or a.n is not None for a in trial.arms):
        return None
    problems = [
        f"{a.label}: {', '.join(map(str, a.n_reported))}"
        for a in trial.arms
        if len(a.n_reported) > 1
    ]
    paths = [
        f"trial.arms[{i}].n_reported" for i, a in enumerate(trial.arms) if len(a.n_reported) > 1
    ]
    if problems:
        return Finding(False, "an arm is given different sizes: " + "; ".join(problems), paths)
    return Finding(True, "each arm has one size", [])
