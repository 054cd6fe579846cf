"""Cue words as data, for the text-reading checks and the editor's checklist.

``checklist_patterns.jsonl`` (next to this file) holds one pattern a line in the project's pattern format
(see ``extractor.patterns``): ``id``, ``label``, ``pattern``, ``desc``, ``examples`` {``match``,
``no_match``} and an optional ``case``. Patterns are compiled as the project compiles its own (``<<NAME>>``
macros expanded, case-insensitive unless ``case``). ``tests/checks/test_cues.py`` runs every example.

Also here: the small text helpers the checks share (sentence bounds, negation, reading numbers).
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from importlib import resources

from extractor.components.text import TextMatch, lower_same_length
from extractor.errors import PatternError
from extractor.patterns import Pattern, parse_lines
from extractor.record.models import Evidence

PATTERN_FILE = "checklist_patterns.jsonl"


#: One cue: a row of ``checklist_patterns.jsonl``, parsed exactly as the pipeline's pattern files are.
Cue = Pattern


def parse_rows(text: str, name: str = PATTERN_FILE) -> tuple[Cue, ...]:
    """Cues from JSON Lines text; a malformed row raises PatternError naming its line."""
    return parse_lines(text, name)


@cache
def all_cues() -> tuple[Cue, ...]:
    text = resources.files(__package__).joinpath(PATTERN_FILE).read_text("utf-8")
    return parse_rows(text)


@cache
def _by_label() -> dict[str, tuple[Cue, ...]]:
    out: dict[str, list[Cue]] = {}
    for c in all_cues():
        out.setdefault(c.label, []).append(c)
    return {label: tuple(found) for label, found in out.items()}


def cues(label: str) -> list[Cue]:
    """The cues with ``label`` (a fresh list)."""
    found = _by_label().get(label)
    if not found:
        raise PatternError(f"no cue labelled {label!r} in {PATTERN_FILE}")
    return list(found)


@lru_cache(maxsize=2048)
def _scan(label: str, text: str) -> tuple[TextMatch, ...]:
    """Every match of the ``label`` cues in the whole of ``text``, in text order (overlaps removed).

    Cached per text (for a batch of articles: the checks run check by check over a batch): the checks and
    the checklist ask for the same labels of the same article many times.
    """
    found: list[TextMatch] = []
    for c in cues(label):
        if c.fast is None:
            found.extend(TextMatch(m, text) for m in c.regex.finditer(text))
            continue
        target = text if c.case else lower_same_length(text)
        found.extend(TextMatch(m, text) for m in c.finditer_fast(target))
    found.sort(key=lambda m: (m.start(), -m.end()))
    out: list[TextMatch] = []
    for m in found:
        if out and m.start() < out[-1].end():
            continue
        out.append(m)
    return tuple(out)


def matches(label: str, text: str, start: int = 0, end: int | None = None) -> list[TextMatch]:
    """Every match of the ``label`` cues inside ``text[start:end]``, in text order (overlaps removed)."""
    found = _scan(label, text)
    if start == 0 and (end is None or end >= len(text)):
        return list(found)  # the whole text, the common case: no filtering
    end = len(text) if end is None else end
    return [m for m in found if start <= m.start() and m.end() <= end]


def span(m: TextMatch | re.Match[str], group: int | str = 0) -> Evidence:
    """The match's (group's) words as evidence, without the spaces a cue's pattern may take at its ends ('does not
    prove that ' is quoted 'does not prove that')."""
    start, end, words = m.start(group), m.end(group), m.group(group)
    quoted = words.strip()
    if quoted and quoted != words:
        start += len(words) - len(words.lstrip())
        end = start + len(quoted)
        words = quoted
    return Evidence(start=start, end=end, text=words)


def find(label: str, text: str, start: int = 0, end: int | None = None) -> list[Evidence]:
    """The ``label`` cues in ``text`` as evidence spans."""
    return [span(m) for m in matches(label, text, start, end)]


# --- text helpers ----------------------------------------------------------------------------------

# A sentence ends at . ! ? (then closing quotes or brackets, then space, before a capital or digit) or at a
# line break. The regex starts at the punctuation itself (not with a look-behind), so that ``re`` can skip
# straight to the candidates; the sentence ends after the punctuation, where ``gap`` starts.
_SENT_END = re.compile(r"[.!?](?P<gap>[\"'”’)\]]*\s+)(?=[\"“‘(\[]?[A-Z0-9])|\n+")
_ABBREV = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|vs|al|No|Fig|Inc|Ltd|Co|Jr|Sr|U\.S|e\.g|i\.e|approx)\.|\b[A-Z]\.)$"
)


@lru_cache(maxsize=128)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence bounds (start, end) in ``text``: split after . ! ? before a capital, and at newlines."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.start("gap") if m.group("gap") is not None else m.start()
        if "\n" not in text[end : m.end()] and _ABBREV.search(text, max(0, end - 12), end):
            continue
        if text[start:end].strip():
            out.append((start, end))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return tuple(out)


@lru_cache(maxsize=128)
def _starts(bounds: tuple[tuple[int, int], ...]) -> list[int]:
    return [s for s, _ in bounds]


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the sentence holding offset ``pos``."""
    bounds = sentences(text)
    i = bisect.bisect_right(_starts(bounds), pos) - 1
    if i >= 0 and bounds[i][0] <= pos < bounds[i][1]:
        return bounds[i]
    return pos, pos


_NEGATION = re.compile(
    r"\b(?:not|no|never|cannot|can[’']t|doesn[’']t|don[’']t|didn[’']t|won[’']t|isn[’']t|aren[’']t|"
    r"wasn[’']t|weren[’']t|without|nor|neither|unlikely\s+to)\b(?:\s+[\w'’-]+){0,3}\s*$",
    re.IGNORECASE,
)


def negated(text: str, pos: int, window: int = 40) -> bool:
    """Whether a negation ('not', "doesn't", 'no' ...) comes within three words before ``pos``."""
    return _NEGATION.search(text[max(0, pos - window) : pos]) is not None


def to_int(s: str) -> int | None:
    """'3,479' -> 3479; None when it is not a plain whole number."""
    digits = s.replace(",", "").strip()
    return int(digits) if digits.isdigit() else None


def first_paragraph_end(text: str, title: str | None) -> int:
    """Where the headline and first paragraph end: the first paragraph after the title (if the text
    opens with it), or the first paragraph of the text; at most the first 600 characters' paragraphs."""
    paras = [m for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)]
    if not paras:
        return 0
    idx = 0
    if title and paras[0].group(0).strip() == title.strip() and len(paras) > 1:
        idx = 1
    # skip a short standfirst-like line (bylines, dates) so the first real paragraph counts
    while idx + 1 < len(paras) and len(paras[idx].group(0)) < 60:
        idx += 1
    return paras[idx].end()
