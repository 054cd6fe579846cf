"""The checks catalogue: every check has a code, a name, a severity and a docstring with a failing and a
passing example; ``tests/checks/cases/*.yml`` hold its pass/fail cases as data, run by one shared test.

A check takes a record and returns a ``Finding`` (or ``None`` when its inputs are missing: reported as
``skip``, never a guess). Checks never raise: ``run_checks`` turns an unexpected error into a ``skip``
that says so.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from extractor.record.models import CheckResult, Severity, TrialRecord


@dataclass
class Finding:
    ok: bool
    message: str
    paths: list[str] = field(default_factory=list)


CheckFunc = Callable[[TrialRecord], Finding | None]


def verdict(
    checked: object, problems: list[str], paths: list[str], ok: str, prefix: str = ""
) -> Finding | None:
    """The usual end of a check: ``None`` (skip) when nothing was there to check, else a failing finding
    listing the problems (after ``prefix``), else a passing one saying ``ok``."""
    if not checked:
        return None
    if problems:
        return Finding(False, prefix + "; ".join(problems), paths)
    return Finding(True, ok, paths)


_LOWER_BOUND = re.compile(
    r"^\s*(?:more\s+than|over|upwards\s+of|just\s+over|at\s+least|nearly|almost|about|around|"
    r"approximately|roughly|some|an\s+estimated|close\s+to)\b",
    re.IGNORECASE,
)


def approximate(record: TrialRecord, path: str) -> bool:
    """Whether the words a number was read from make it approximate ('more than 900', 'about 250')."""
    return any(_LOWER_BOUND.search(e.text) for e in record.evidence.get(path, []))


@dataclass(frozen=True)
class Check:
    code: str
    name: str
    severity: Severity
    func: CheckFunc
    skip_message: str

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.func) or ""

    def run(self, record: TrialRecord) -> CheckResult:
        try:
            finding = self.func(record)
        except Exception as exc:  # a check must never take the record down with it
            return CheckResult(
                id=self.code,
                name=self.name,
                status="skip",
                severity=self.severity,
                message=f"check could not run ({type(exc).__name__}: {exc})",
            )
        if finding is None:
            return CheckResult(
                id=self.code,
                name=self.name,
                status="skip",
                severity=self.severity,
                message=self.skip_message,
            )
        status = "pass" if finding.ok else ("fail" if self.severity == "error" else "warn")
        return CheckResult(
            id=self.code,
            name=self.name,
            status=status,
            severity=self.severity,
            message=finding.message,
            paths=finding.paths,
        )


CATALOGUE: dict[str, Check] = {}


def check(code: str, name: str, severity: Severity, skip: str) -> Callable[[CheckFunc], CheckFunc]:
    """Register a check function under ``code``."""

    def register(func: CheckFunc) -> CheckFunc:
        if code in CATALOGUE:
            raise ValueError(f"duplicate check code {code}")
        CATALOGUE[code] = Check(
            code=code, name=name, severity=severity, func=func, skip_message=skip
        )
        return func

    return register


def run_checks(record: TrialRecord) -> list[CheckResult]:
    """Every check in the catalogue, in code order. Not a trial report: no checks apply."""
    return run_checks_many([record])[0]


def run_checks_many(records: list[TrialRecord]) -> list[list[CheckResult]]:
    """``run_checks`` for each of ``records``, the same results, found check by check over the whole batch
    (each check's code and cue patterns stay in the CPU's caches, as the pipeline's components do)."""
    out: list[list[CheckResult]] = [[] for _ in records]
    reports = [(i, r) for i, r in enumerate(records) if r.trial is not None]
    for code in sorted(CATALOGUE):
        check = CATALOGUE[code]
        for i, record in reports:
            out[i].append(check.run(record))
    return out
