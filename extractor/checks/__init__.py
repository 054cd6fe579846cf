"""Consistency checks (see ``registry``); importing this package registers every family."""

from extractor.checks import (  # noqa: F401  (registers the checks)
    arithmetic,
    arms,
    claims,
    effects,
    enrollment,
    follow_up,
    reporting,
    statistics,
    timing,
)
from extractor.checks.registry import CATALOGUE, Check, Finding, run_checks, run_checks_many

__all__ = ["CATALOGUE", "Check", "Finding", "run_checks", "run_checks_many"]
