"""Arithmetic on arms: sizes add up, sub-counts fit inside their arm, one size per arm."""

from __future__ import annotations

from extractor.checks.registry import Finding, approximate, check, verdict
from extractor.components.numbers import count_in
from extractor.record.models import TrialRecord


def randomized_stated(record: TrialRecord) -> bool:
    """Whether the randomized number is stated as a number of its own ('256 were randomized'), not only
    inferred from the total ('The patients were randomly assigned': randomized = total). A record without
    evidence for it (built by hand) counts as stated."""
    trial = record.trial
    if trial is None or trial.enrollment.randomized is None:
        return False
    spans = record.evidence.get("trial.enrollment.randomized", [])
    if not spans:
        return True
    total_spans = {(e.start, e.end) for e in record.evidence.get("trial.enrollment.total", [])}
    return any((e.start, e.end) not in total_spans and count_in(e.text) is not None for e in spans)


def _arm_sum(record: TrialRecord) -> tuple[int, str, list[str]] | None:
    """The sum of the arm sizes when every arm has one (two arms at least), its parts, and their paths."""
    trial = record.trial
    if trial is None or len(trial.arms) < 2 or any(a.n is None for a in trial.arms):
        return None
    sizes = [a.n for a in trial.arms if a.n is not None]
    return (
        sum(sizes),
        " + ".join(map(str, sizes)),
        [f"trial.arms[{i}].n" for i in range(len(trial.arms))],
    )


@check(
    "ARM001",
    "arms add up to the randomized total",
    "error",
    skip="needs two or more arms with sizes, and a randomized number (or arms larger than the total)",
)
def arms_sum(record: TrialRecord) -> Finding | None:
    """The arm sizes add up to the number randomized; without one, they cannot exceed the total.

    A randomized number inferred from the total ('the patients were randomly assigned') is compared only
    when the arms exceed it: arms that fall short of it are ARM005's warning.

    Fails: arms of 125 and 131 with 300 randomized; or with 200 in all. Passes: arms of 125 and 131 with
    256 randomized.
    """
    summed = _arm_sum(record)
    trial = record.trial
    if summed is None or trial is None:
        return None
    total, parts, paths = summed
    e = trial.enrollment
    if e.randomized is not None and (randomized_stated(record) or total > e.randomized):
        paths = [*paths, "trial.enrollment.randomized"]
        close = (
            approximate(record, "trial.enrollment.randomized")
            and abs(total - e.randomized) <= e.randomized * 0.1
        )
        if total == e.randomized or close:
            return Finding(True, f"arms {parts} = {total}, the randomized number", paths)
        return Finding(
            False, f"arms {parts} = {total}, but the randomized number is {e.randomized}", paths
        )
    if (
        e.total is not None
        and total > e.total
        and not approximate(record, "trial.enrollment.total")
    ):
        return Finding(
            False,
            f"arms {parts} = {total}, more than the {e.total} in the study",
            [*paths, "trial.enrollment.total"],
        )
    return None


@check(
    "ARM005",
    "arms account for the participants",
    "warning",
    skip="needs two or more arms with sizes and a total, with no randomized number stated as such",
)
def arms_cover_total(record: TrialRecord) -> Finding | None:
    """Without a randomized number, arm sizes that add up to less than the total suggest a group the
    story does not size, or participants who were not randomized.

    Fails: arms of 303 and 61 in a trial of 426. Passes: arms of 213 and 213 in a trial of 426.
    """
    summed = _arm_sum(record)
    trial = record.trial
    if summed is None or trial is None or randomized_stated(record):
        return None
    total, parts, paths = summed
    n = trial.enrollment.total
    if n is None or total > n:
        return None  # more than the total is ARM001's error
    paths = [*paths, "trial.enrollment.total"]
    if total == n or (approximate(record, "trial.enrollment.total") and n - total <= n * 0.1):
        return Finding(True, f"arms {parts} = {total}, the study's {n}", paths)
    return Finding(
        False,
        f"arms {parts} = {total} of the {n} in the study: {n - total} are in no stated arm",
        paths,
    )


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
    return verdict(seen, problems, paths, "every received/crossed-over count fits within its arm")


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
    return verdict(seen, problems, paths, "every event count fits within its arm")


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
