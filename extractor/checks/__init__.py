"""Consistency checks (see ``registry``); importing this package registers every family."""

from extractor.checks import arms, enrollment, statistics, timing  # noqa: F401  (registers the checks)
from extractor.checks.registry import CATALOGUE, Check, Finding, run_checks

__all__ = ["CATALOGUE", "Check", "Finding", "run_checks"]
