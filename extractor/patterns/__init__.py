"""Cue words and patterns as data.

Every ``*.jsonl`` file here holds one pattern a line::

    {"id": "design.rct.randomized", "label": "rct", "pattern": "\\brandomi[sz]ed\\b",
     "desc": "...", "examples": {"match": ["a randomized trial"], "no_match": ["random noise"]}}

``pattern`` is a regular expression (compiled case-insensitive unless ``"case": true``); named groups
carry the parts a component reads. ``examples`` are run by ``tests/test_patterns.py``: each ``match``
string must match and each ``no_match`` string must not. Loaders return fresh lists, so a caller may
extend or filter its copy without touching anyone else's (unlike module-level lists changed in place).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

from extractor.errors import PatternError
from extractor.patterns._native import install_scan

install_scan()  # the compiled pre-filter when it is fresh, else scan.py (see _native)
from extractor.patterns import scan  # noqa: E402 - the module install_scan chose
from extractor.patterns.factor import factor_alternations  # noqa: E402


@dataclass(frozen=True)
class Pattern:
    """One row of rule data.

    ``regex`` matches the original text (case-insensitively unless ``case``); ``fast`` is the same pattern
    for the lower-cased text, compiled without IGNORECASE, which Python's ``re`` runs several times faster.
    The pipeline matches with ``fast``; ``regex`` (``source``, the pattern with its macros expanded,
    compiled) is compiled on first use: compiling every pattern twice was a third of a process's start.
    """

    id: str
    label: str
    source: str
    fast: re.Pattern[str]
    case: bool
    lead: re.Pattern[str] | None = (
        None  # the leading assertion stripped from ``fast``, checked per match
    )
    desc: str = ""
    match_examples: tuple[str, ...] = ()
    no_match_examples: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """``source`` compiled for the original text (case-insensitive unless ``case``)."""
        return re.compile(self.source, 0 if self.case else re.IGNORECASE)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.regex.search(text, pos)

    def finditer(self, text: str) -> list[re.Match[str]]:
        return list(self.regex.finditer(text))

    def finditer_fast(
        self, target: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Matches in ``target`` (the lower-cased text unless ``case``), via the fast form."""
        if start == 0 and (end is None or end == len(target)):
            return self.finditer_spans(target, [(0, len(target))])  # no window end cuts a word
        return finditer_fast(self.fast, self.lead, target, start, end)

    def finditer_spans(self, target: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
        """``finditer_fast`` over each of ``spans`` (sorted, not overlapping) in turn."""
        p = self.plan
        if self.route == "indexed" and not scan.candidates(p, target):
            return iter(())  # no candidate in the whole text: no walk to set up
        return scan.finditer_spans(self.fast, self.lead, target, spans, scan.finditer_regex, p=p)

    @cached_property
    def route(self) -> str:
        """How the pattern is searched: "number" (tried where a number starts), "keyword" (near its anchor
        keyword), "indexed" (at its pre-filter's candidates) or "regex" (the regex
        scans each stretch)."""
        anchor = self.extra.get("anchor")
        if anchor == "number":
            return "number"
        if isinstance(anchor, dict):
            return "keyword"
        return "indexed" if self.plan.indexed else "regex"

    @cached_property
    def starts_at_boundary(self) -> bool:
        """Whether every match of the fast form (with its lead) starts where ``\\b`` holds."""
        if self.lead is not None and self.lead.pattern == r"\b":
            return True
        return all(b.startswith(r"\b") for b in top_level_branches(self.fast.pattern))

    @cached_property
    def plan(self) -> scan.Plan:
        """The pre-filter plan of the fast form (kept on the pattern: looked up once, not on each call)."""
        return scan.plan(self.fast, self.lead)


_KNOWN_KEYS = {"id", "label", "pattern", "desc", "examples", "case"}


_MACRO = re.compile(r"<<([A-Z_]+)>>")


@cache
def macros() -> dict[str, str]:
    """Named regex parts (``macros.json``) with the macros they use expanded."""
    raw: dict[str, str] = {k: v for k, v in load_json("macros").items() if not k.startswith("_")}
    out: dict[str, str] = {}
    for key, value in raw.items():  # a macro may use only macros defined above it
        out[key] = expand(value, out)
    return out


def expand(pattern: str, table: dict[str, str] | None = None) -> str:
    """Replace each ``<<NAME>>`` in ``pattern`` by its macro, wrapped in a non-capturing group."""
    table = macros() if table is None else table

    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in table:
            raise PatternError(f"unknown macro <<{m.group(1)}>>")
        return "(?:" + table[m.group(1)] + ")"

    return _MACRO.sub(sub, pattern)


def compile_pattern(pattern: str, case: bool = False) -> re.Pattern[str]:
    """Compile a pattern string as the loaders do (macros expanded, case-insensitive by default)."""
    return re.compile(expand(pattern), 0 if case else re.IGNORECASE)


def lower_pattern(source: str) -> str:
    """The pattern for lower-cased text: letters lower-cased, escapes (``\\S``, ``\\W``) and group names kept."""
    out: list[str] = []
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\" and i + 1 < len(source):
            out.append(source[i : i + 2])
            i += 2
        elif source.startswith("(?P<", i):
            end = source.index(">", i)
            out.append(source[i : end + 1])
            i = end + 1
        else:
            out.append(c.lower())
            i += 1
    return "".join(out)


_LEAD = re.compile(r"^(?:\\b|\(\?<!(?:\[[^\]]*\]|\\[a-zA-Z]|[^()\[\]\\])+\))")


def split_lead(pattern: str, case: bool = False) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The fast form without its leading ``\\b`` or lookbehind, and that assertion on its own.

    Python's ``re`` skips quickly to a pattern's possible first characters, but not when the pattern starts
    with an assertion: there it tries every position (an order of magnitude slower). ``finditer_fast``
    checks the assertion at each candidate match instead.
    """
    expanded = expand(pattern)
    source = expanded if case else lower_pattern(expanded)
    branches = top_level_branches(source)
    if len(branches) > 1:
        # '\\bA|\\bB|\\bC' -> '(?:A|B|C)' with the lead '\\b' checked per match
        if all(b.startswith("\\b") and _starts_with_literal(b[2:]) for b in branches):
            return _compile_fast("(?:" + "|".join(b[2:] for b in branches) + ")", case), re.compile(
                r"\b"
            )
        return _compile_fast(source, case), None
    lead = _LEAD.match(source)
    if lead is None or not _starts_with_literal(source[lead.end() :]) or len(branches) > 1:
        return _compile_fast(source, case), None
    return _compile_fast(source[lead.end() :], case), re.compile(lead.group(0))


@cache
def _factored_macros(case: bool) -> dict[str, str]:
    """Each macro as it appears in an expanded fast form (wrapped; lower-cased unless ``case``), rewritten
    as ``factor`` does: once, not in every pattern that uses it."""
    out: dict[str, str] = {}
    for value in macros().values():
        wrapped = "(?:" + value + ")"
        if not case:
            wrapped = lower_pattern(wrapped)
        out[wrapped] = factor_alternations(wrapped)
    return out


def _compile_fast(source: str, case: bool) -> re.Pattern[str]:
    """A fast form compiled with its word lists as tries (``factor``: the same matches, fewer steps)."""
    factored = factor_alternations(source, _factored_macros(case))
    scan.written_as(factored, source)
    return re.compile(factored)


def _structure(source: str) -> Iterator[tuple[int, str]]:
    """Each ``(``, ``)`` and ``|`` of a regex source, with its index; escapes and character classes skipped."""
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = source.index("]", i + 2)
        elif c in "()|":
            yield i, c
        i += 1


def _group_end(source: str) -> int:
    """The index just past the group that opens at ``source[0]``."""
    depth = 0
    for i, c in _structure(source):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(source)


def top_level_branches(source: str) -> list[str]:
    """``source`` split at its top-level ``|`` (one item when it has none)."""
    depth = 0
    cuts = [0]
    for i, c in _structure(source):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0:
            cuts.append(i + 1)
    cuts.append(len(source) + 1)
    return [source[a : b - 1] for a, b in itertools.pairwise(cuts)]


def _starts_with_literal(rest: str) -> bool:
    """Whether every way ``rest`` can start is a literal character or a character set: then ``re`` can
    skip ahead to its possible first characters (worth stripping a leading assertion for)."""
    if not rest:
        return False
    if rest[0].isalnum() or (rest[0] == "[" and rest[1:2] != "^") or rest.startswith("\\d"):
        return True
    if rest.startswith(("(?:", "(?P<")):
        end = _group_end(rest)
        if end < len(rest) and rest[end] in "?*{":
            return False  # an optional first group: the pattern may start anywhere after it
        content = (
            rest[3 : end - 1] if rest.startswith("(?:") else rest[rest.index(">") + 1 : end - 1]
        )
        return all(_starts_with_literal(b) for b in top_level_branches(content))
    return False


def finditer_fast(
    regex: re.Pattern[str],
    lead: re.Pattern[str] | None,
    target: str,
    start: int = 0,
    end: int | None = None,
) -> Iterator[re.Match[str]]:
    """``regex.finditer(target, start, end)`` where each match must also satisfy ``lead`` at its start.

    The literal pre-filters of ``scan`` skip the stretches and positions where no match can be."""
    end = len(target) if end is None else end
    return scan.finditer(regex, lead, target, start, end, scan.finditer_regex)


@cache
def trigger(name: str) -> re.Pattern[str] | None:
    """The cheap regex (on lower-cased text) that every match of ``name``'s patterns needs in its sentence."""
    source = load_json("triggers").get(name, "")
    return re.compile(lower_pattern(expand(source))) if source else None


def _parse(name: str, lineno: int, row: dict[str, Any]) -> Pattern:
    for key in ("id", "label", "pattern"):
        if not isinstance(row.get(key), str) or not row[key]:
            raise PatternError(f"{name}:{lineno}: missing or empty '{key}'")
    case = bool(row.get("case"))
    try:
        # the fast form is compiled now (a pattern that does not compile is found at load); the original
        # form is compiled when first asked for (``Pattern.regex``)
        fast, lead = split_lead(row["pattern"], case)
    except re.error as exc:
        raise PatternError(
            f"{name}:{lineno}: pattern {row['id']!r} does not compile: {exc}"
        ) from exc
    examples = row.get("examples") or {}
    return Pattern(
        id=row["id"],
        label=row["label"],
        source=expand(row["pattern"]),
        fast=fast,
        case=case,
        lead=lead,
        desc=row.get("desc", ""),
        match_examples=tuple(examples.get("match", ())),
        no_match_examples=tuple(examples.get("no_match", ())),
        extra={k: v for k, v in row.items() if k not in _KNOWN_KEYS},
    )


def parse_lines(text: str, name: str) -> tuple[Pattern, ...]:
    """Patterns from JSON Lines text (one pattern a line); a malformed row raises PatternError naming
    ``name`` and its line. Shared by every pattern file, here and elsewhere (``checks/cues.py``)."""
    out: list[Pattern] = []
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PatternError(f"{name}:{lineno}: not JSON: {exc.msg}") from exc
        pat = _parse(name, lineno, row)
        if pat.id in seen:
            raise PatternError(f"{name}:{lineno}: duplicate id {pat.id!r}")
        seen.add(pat.id)
        out.append(pat)
    return tuple(out)


@cache
def _load(name: str) -> tuple[Pattern, ...]:
    try:
        text = resources.files(__package__).joinpath(f"{name}.jsonl").read_text("utf-8")
    except FileNotFoundError as exc:
        raise PatternError(f"no pattern file named {name}.jsonl") from exc
    return parse_lines(text, f"{name}.jsonl")


def load(name: str, label: str | None = None) -> list[Pattern]:
    """A fresh list of the patterns in ``<name>.jsonl``, optionally only those with ``label``."""
    return list(patterns_of(name, label))


@cache
def patterns_of(name: str, label: str | None = None) -> tuple[Pattern, ...]:
    """``load``'s patterns as one kept tuple (for the matching loops, which ask for them per article)."""
    return tuple(p for p in _load(name) if label is None or p.label == label)


@cache
def load_json(name: str) -> Any:
    """A JSON data file (word lists, lexicons) from this folder."""
    return json.loads(resources.files(__package__).joinpath(f"{name}.json").read_text("utf-8"))


def names() -> list[str]:
    """Every pattern file's name, for the test that runs all examples."""
    return sorted(
        p.name.removesuffix(".jsonl")
        for p in resources.files(__package__).iterdir()
        if p.name.endswith(".jsonl")
    )
