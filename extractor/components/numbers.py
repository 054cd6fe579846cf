"""Numbers in news text: digits ("4,800", "0.72"), number words ("two hundred fifty-six"), and the
approximation words before them ("more than", "nearly").

Pure functions; the ``trial_numbers`` component (``extractor.pipeline.factories``) stores every number
mention of a Doc in ``doc._.numbers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from extractor import patterns
from extractor.patterns.scan import lower_same_length


@dataclass(frozen=True)
class NumberMention:
    start: int  # character offsets into doc.text
    end: int
    text: str
    value: float
    approx: str | None = None  # gt | lt | about | ge | le (from "more than", "nearly", ...)
    percent: bool = False
    value_start: int = -1  # where the number itself starts (after "more than", ...)


@cache
def _words() -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, str]]:
    data = patterns.load_json("numbers")
    return data["units"], data["tens"], data["scales"], data["approx"]


def words_to_number(text: str) -> float | None:
    """'two hundred fifty-six' -> 256, 'a dozen' -> 12, 'thousands' -> None (no exact value)."""
    units, tens, scales, _ = _words()
    tokens = [t for t in re.split(r"[\s,-]+", text.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    if tokens[-1] in ("hundreds", "thousands", "millions", "dozens"):
        return None
    # 'half a million' -> 500,000, 'a quarter of a million' -> 250,000
    fraction = 1.0
    if tokens[:2] == ["half", "a"] or tokens[:4] == ["a", "quarter", "of", "a"]:
        fraction = 0.5 if tokens[0] == "half" else 0.25
        tokens = tokens[1:] if tokens[0] == "half" else tokens[3:]
    total = 0
    current = 0
    seen = False
    for i, tok in enumerate(tokens):
        if tok == "a" and i == 0:
            current = 1
            continue
        if tok in units:
            current += units[tok]
        elif tok in tens:
            current += tens[tok]
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok in scales:
            scale = scales[tok]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
        seen = True
    return float(total + current) * fraction if seen else None


_DIGITS = re.compile(r"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\s+(million|thousand))?")


@lru_cache(maxsize=4096)
def to_number(text: str) -> float | None:
    """Digits or number words -> a float; None when it is no exact number. Remembered for the last few
    thousand texts: an article's numbers repeat ('one', 'two', '2020')."""
    t = text.strip().lower()
    m = _DIGITS.fullmatch(t)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= 1_000_000 if m.group(2) == "million" else 1000
        return value
    return words_to_number(t)


def to_int(text: str) -> int | None:
    value = to_number(text)
    if value is None or value != int(value):
        return None
    return int(value)


def count_in(text: str) -> int | None:
    """The count in a phrase that may start with approximation words: 'more than 4,800' -> 4800,
    'Five hundred' -> 500."""
    words = text.split()
    for i in range(len(words)):
        value = to_int(" ".join(words[i:]))
        if value is not None:
            return value
    return None


#: a number that is no head count, by the unit after it: 'six months', '2.5 mg', '(five) to seven years', '72 hours'
NOT_COUNT_AFTER = re.compile(
    r"^(?:\s*(?:to|or|and|-|–)\s*\w+)?\s*(?:decades?|years?|months?|weeks?|days?|hours?|minutes?|mg|milligrams?|micrograms?|"
    r"grams?|percent|per\s*cent|%|times)\b",
    re.IGNORECASE,
)

#: words after which a bare four-digit number is a year: 'in 2015', 'since 1998', 'between 1999 and 2009'
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|from|between|by|until|through|during)\s+|\(\s*|\bbetween\s+(?:19|20)\d\d\s+and\s+)$",
    re.IGNORECASE,
)


def is_year(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a year, not a count: four bare digits from 1900 to 2039 after 'in', 'since',
    'between ... and', an opening parenthesis ('In 2015 an estimated 10 million women', 'study group (2016)')."""
    raw = text[start:end].strip()
    if not re.fullmatch(r"19\d\d|20[0-3]\d", raw):
        return False
    return _YEAR_BEFORE.search(text, max(0, start - 30), start) is not None


def approx_relation(text: str) -> str | None:
    """'more than' -> 'gt', 'nearly' -> 'lt', ... None for an exact number."""
    _, _, _, approx = _words()
    return approx.get(" ".join(text.lower().split()))


@cache
def _mention_regex() -> re.Pattern[str]:
    """For the lower-cased text, without IGNORECASE. It keeps its leading look-behind: a number word's
    first letters are common inside words, where the look-behind fails fastest."""
    return re.compile(
        patterns.lower_pattern(
            patterns.expand(
                r"(?<![\w.])(?:(?P<approx><<APPROX>>)\s+)?(?P<num>(?:<<DIGITS>>|<<WORDNUM>>))(?![\w])"
                r"(?P<pct>\s*%|\s*(?:percent|per cent)\b)?"
            )
        )
    )


def find_numbers(text: str, offset: int = 0, lower: str | None = None) -> list[NumberMention]:
    """Every number in ``text``; offsets are shifted by ``offset`` (a sentence's start in the doc).

    ``lower``: ``text`` lower-cased with every offset kept, when the caller has it already.
    """
    out: list[NumberMention] = []
    if lower is None:
        lower = lower_same_length(text)
    for m in patterns.finditer_fast(_mention_regex(), None, lower):
        approx, num, pct = m.group("approx", "num", "pct")
        value = to_number(num)
        if value is None:
            continue
        num_start = m.start("num")
        start = m.start("approx") if approx else num_start
        end = m.end("pct") if pct else m.end("num")
        out.append(
            NumberMention(
                start=offset + start,
                end=offset + end,
                text=text[start:end],
                value=value,
                approx=approx_relation(approx) if approx else None,
                percent=bool(pct),
                value_start=offset + num_start,
            )
        )
    return out
