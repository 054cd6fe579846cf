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

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from extractor.errors import PatternError


@dataclass(frozen=True)
class Pattern:
    """One row of rule data.

    ``regex`` matches the original text (case-insensitively unless ``case``); ``fast`` is the same pattern
    for the lower-cased text, compiled without IGNORECASE, which Python's ``re`` runs several times faster.
    """

    id: str
    label: str
    regex: re.Pattern[str]
    fast: re.Pattern[str]
    case: bool
    desc: str = ""
    match_examples: tuple[str, ...] = ()
    no_match_examples: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.regex.search(text, pos)

    def finditer(self, text: str) -> list[re.Match[str]]:
        return list(self.regex.finditer(text))


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


def compile_fast(pattern: str, case: bool = False) -> re.Pattern[str]:
    """The pattern as ``Pattern.fast``: for the lower-cased text unless ``case``."""
    expanded = expand(pattern)
    return re.compile(expanded if case else lower_pattern(expanded))


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
        regex = compile_pattern(row["pattern"], case)
        fast = compile_fast(row["pattern"], case)
    except re.error as exc:
        raise PatternError(
            f"{name}:{lineno}: pattern {row['id']!r} does not compile: {exc}"
        ) from exc
    examples = row.get("examples") or {}
    return Pattern(
        id=row["id"],
        label=row["label"],
        regex=regex,
        fast=fast,
        case=case,
        desc=row.get("desc", ""),
        match_examples=tuple(examples.get("match", ())),
        no_match_examples=tuple(examples.get("no_match", ())),
        extra={k: v for k, v in row.items() if k not in _KNOWN_KEYS},
    )


@cache
def _load(name: str) -> tuple[Pattern, ...]:
    try:
        text = resources.files(__package__).joinpath(f"{name}.jsonl").read_text("utf-8")
    except FileNotFoundError as exc:
        raise PatternError(f"no pattern file named {name}.jsonl") from exc
    out: list[Pattern] = []
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PatternError(f"{name}.jsonl:{lineno}: not JSON: {exc.msg}") from exc
        pat = _parse(f"{name}.jsonl", lineno, row)
        if pat.id in seen:
            raise PatternError(f"{name}.jsonl:{lineno}: duplicate id {pat.id!r}")
        seen.add(pat.id)
        out.append(pat)
    return tuple(out)


def load(name: str, label: str | None = None) -> list[Pattern]:
    """A fresh list of the patterns in ``<name>.jsonl``, optionally only those with ``label``."""
    return [p for p in _load(name) if label is None or p.label == label]


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
