r"""Literal pre-filters that let a pattern skip most of the text without running the regex over it.

Python's ``re`` scans a pattern by trying it at every position whose character could start a match; for
an alternation of words (most cue patterns) that is most positions, at tens of nanoseconds each. So each
compiled pattern is read once, with ``re``'s own parser, for what every match must look like:

- its **starts**: the literal text every match begins with, and whether it begins where a word begins
  (after ``\b`` or a look-behind like ``(?<![\w.,])``). ``randomi[sz]ed`` after ``\b`` starts a word with
  "randomised" or "randomized"; ``(?:is|was)\s+`` a word that is "is" or "was" (the ``\s`` ends it);
  ``\d+`` after such a look-behind a word that begins with a digit (``DIGIT``);
- its **needs**: strings one of which occurs inside every match ("hazard ratio|odds ratio" needs "ratio").

A ``WordIndex`` of each document (every word's offset, filed under its first six characters; built
with numpy) then gives the few offsets where a word-start pattern can match, and literals that may start
mid-word or with a non-word character ('$', '(n =') are found with ``str.find``. The regex is tried only
at those offsets, with ``regex.match``. A pattern with no usable start (it begins with a free label
``(?P<label>\w+ ...)``) runs as before, and not at all on a text that lacks all of its ``needs``.

Everything is derived from the regexes, never written by hand, and exact: ``finditer``/``search`` return
the regex's own matches, in the same order (``tests/test_scan.py`` checks every pattern on the corpus
and on random text). Literals shorter than ``MIN_LITERAL`` whose word may go on are not used: they occur
too often to save anything. A need may be shorter when it holds a rare character (``RARE_CHARS``: the '%'
of '45% (X of Y)', which 'of' would otherwise stand for).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from re import _constants as C  # type: ignore[attr-defined]  # re's own parser, stable since 3.11
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

import numpy

#: shorter literals occur too often in English text to be worth a pre-filter
MIN_LITERAL = 3
#: at most this many alternative strings in a set while prefixes are extended (more costs more ``find``
#: calls than it saves)
MAX_STRINGS = 160
#: at most this many in an alternation's own words, taken without what follows it (a disease list has some
#: 200: words are looked up in the word index by one set intersection, however many)
MAX_ALTERNATIVES = 320
#: at most this many literals found by ``str.find`` (each is one pass over the text)
MAX_FINDS = 160
#: at most this many ``needs`` strings are looked for in each stretch a pattern is tried in (each is one
#: ``str.rfind`` over the stretch)
MAX_SPAN_NEEDS = 8
#: the word index files each word under its first this many characters (the whole word when shorter)
KEY_CHARS = 6
#: each character of a key takes this many bits (6 x 10 = 60 bits: one uint64); a character whose code is
#: ``KEY_CAP`` or more is filed as ``KEY_CAP`` (the few such words share keys: their literals are checked)
KEY_BITS = 10
KEY_CAP = (1 << KEY_BITS) - 1


def _chars(items: Any) -> list[str] | None:
    """The characters of a small class of literals (``[sz]``, ``[- ]``), or None. (Not ``\\d``: in a str
    pattern it matches every Unicode digit.)"""
    out: list[str] = []
    for op, av in items:
        if op is not C.LITERAL:
            return None
        out.append(chr(av))
    return out


def _word_start_assertion(op: Any, av: Any, direction: int = -1) -> bool:
    """Whether a zero-width item says the preceding character is not a word character (before a word
    character, ``\\b`` says just that; so does a look-behind like ``(?<![\\w.,])``). With ``direction``
    1: whether a look-ahead says the next character is not one (``(?![\\w-])``: a word ends here)."""
    if op is C.AT:
        return bool(av is C.AT_BOUNDARY)
    if op is C.ASSERT_NOT and av[0] == direction:
        items = list(av[1])
        return (
            len(items) == 1
            and items[0][0] is C.IN
            and not any(iop is C.NEGATE for iop, _ in items[0][1])  # (?<![^\w]) says the opposite
            and any(iop is C.CATEGORY and iav is C.CATEGORY_WORD for iop, iav in items[0][1])
        )
    return False


#: a prefix: the literal text every match (of one way through the pattern) starts with, and whether the
#: match must start where a word starts
Prefix = tuple[str, bool]


_WORD = re.compile(r"\w+")

#: stands for "a digit" in a prefix: a match that starts with ``\\d`` at a word start is looked for where a
#: word starts with a digit (a Unicode noncharacter: it never occurs in text)
DIGIT = "\ufdd0"


#: ends a prefix whose last word is known to end there ('is\\s+' -> 'is' + END): the word index can then
#: look the word up whole, however short
END = "\ufdd1"


def _all_end_in_word(prefixes: set[Prefix]) -> bool:
    return all(p and _WORD.match(p[-1]) for p, _ in prefixes)


def _non_word_class(av: Any) -> bool:
    """Whether a character class matches only non-word characters (``\\s``, ``[- ]``, ``\\W``; a negated class
    that leaves out every word character: ``[^\\S\\n]``, ``[^\\w.]``)."""
    if av and av[0][0] is C.NEGATE:
        return any(
            op is C.CATEGORY and value in (C.CATEGORY_NOT_SPACE, C.CATEGORY_WORD)
            for op, value in av[1:]
        )
    for op, value in av:
        if op is C.CATEGORY:
            if value not in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD):
                return False
        elif op is C.LITERAL:
            if _WORD.match(chr(value)):
                return False
        else:
            return False
    return True


def _first_is_digit(av: Any) -> bool:
    return len(av) == 1 and av[0][0] is C.CATEGORY and av[0][1] is C.CATEGORY_DIGIT


def _prefixes(items: Any, prefixes: set[Prefix]) -> tuple[set[Prefix], bool]:
    """Extend each of ``prefixes`` by what ``items`` must start with; the bool says whether ``items`` was
    read to its end (so that what follows may extend the prefixes further)."""
    items = list(items)
    for i, (op, av) in enumerate(items):
        if op is C.LITERAL:
            prefixes = {(p + chr(av), w) for p, w in prefixes}
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            if _word_start_assertion(op, av, 1) and _all_end_in_word(prefixes):
                # 'will\\b', 'one(?![\\w-])': the word ends here
                return {(p + END, w) for p, w in prefixes}, False
            if _word_start_assertion(op, av):
                prefixes = {(p, w or not p) for p, w in prefixes}
            continue  # zero-width: takes no characters
        elif op is C.IN:
            if _first_is_digit(av) and all(p == "" for p, _ in prefixes):
                return {(DIGIT, w) for _, w in prefixes}, False
            chars = _chars(av)
            if chars is None and _non_word_class(av) and _all_end_in_word(prefixes):
                return {(p + END, w) for p, w in prefixes}, False  # 'is\\s+': the word ends here
            if chars is None or len(prefixes) * len(chars) > MAX_STRINGS:
                return prefixes, False
            prefixes = {(p + c, w) for p, w in prefixes for c in chars}
        elif op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE:  # (?i:...): its literals may come in any case
                return prefixes, False
            # the group's items and what follows it, read as one run: an alternation inside the group then
            # sees what follows it, as it would without the group ('(?P<type>hr|or)\\b': the words end there)
            return _prefixes([*av[-1].data, *items[i + 1 :]], prefixes)
        elif op is C.BRANCH:
            # each alternative, and (when it reads to its end) what follows the alternation; when that
            # makes too many, each alternative's own prefixes (shorter, still true)
            rest = items[i + 1 :]
            for go_on in (True, False):
                out: set[Prefix] = set()
                all_done = True
                for alt in av[1]:
                    got, done = _prefixes(alt.data, prefixes)
                    if done and go_on:
                        got, done = _prefixes(rest, got)
                    elif done:
                        done = False
                    out |= got
                    all_done = all_done and done
                if len(out) <= (MAX_STRINGS if go_on else MAX_ALTERNATIVES):
                    return out, all_done
            return prefixes, False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, sub = av
            if low == 0 and high == 1:
                # optional: the ways through without it, and (when it reads to its end) with it
                rest = items[i + 1 :]
                without, done_without = _prefixes(rest, prefixes)
                with_it, done_with = _prefixes(sub.data, prefixes)
                if done_with:
                    longer, longer_done = _prefixes(rest, with_it)
                    if len(longer) <= MAX_STRINGS:
                        with_it, done_with = longer, longer_done
                    else:
                        done_with = False
                both = without | with_it
                if len(both) > MAX_STRINGS:
                    return prefixes, False
                return both, done_without and done_with
            if low == 0:
                return prefixes, False
            got, done = _prefixes(sub.data, prefixes)
            if not done or low != high or low > 1:
                return got, False
            prefixes = got
        else:
            return prefixes, False
        if len(prefixes) > MAX_STRINGS:
            return prefixes, False
    return prefixes, True


#: characters rare enough in news text that one alone is worth looking for as a need ('%' of '45%')
RARE_CHARS = frozenset("%‰±≤≥<>=$€£")


def _worth(s: str) -> int:
    """How selective a needed string is: its length, and a string with a rare character (``RARE_CHARS``) as
    selective as one of ``MIN_LITERAL`` + 2 characters at least: a '%' is rarer in news than 'lower', 'less',
    'more' or 'first', so a pattern whose every match holds a percentage and one of such words needs the
    percentage ('%', 'cent', 'percent'), few enough strings for the walk to stop after a stretch's last one."""
    return max(len(s), MIN_LITERAL + 2) if any(c in RARE_CHARS for c in s) else len(s)


def _better(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The more selective of two ``needs`` sets: the least selective string the most selective
    (``_worth``), then fewest strings."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(map(_worth, a)), -len(a))
    kb = (min(map(_worth, b)), -len(b))
    return a if ka >= kb else b


def _needs(items: Any) -> tuple[str, ...] | None:
    """Strings one of which every match of ``items`` contains, or None when nothing is certain."""
    best: tuple[str, ...] | None = None
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the literal run goes on across it
        if run:
            best = _better(best, (run,))
            run = ""
        if op is C.SUBPATTERN:
            if not av[1] & re.IGNORECASE:
                best = _better(best, _needs(av[-1].data))
        elif op is C.BRANCH:
            alts = [_needs(alt.data) for alt in av[1]]
            if all(a is not None for a in alts):
                union = tuple(sorted({s for a in alts if a for s in a}))
                if len(union) <= MAX_STRINGS:
                    best = _better(best, union)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            best = _better(best, _needs(av[2].data))
    if run:
        best = _better(best, (run,))
    return best


def _certain_needs(needs: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """``needs`` (from ``_needs``) when each string is worth looking for: long enough (``MIN_LITERAL``) or
    holding a rare character (``RARE_CHARS``: 'percent', 'cent' or '%' is as good a need as any); the strings
    that extend another left out; else None."""
    if needs is None or min(map(_worth, needs)) < MIN_LITERAL:
        return None
    return _minimal(needs)


def _minimal(strings: set[str] | tuple[str, ...]) -> tuple[str, ...]:
    """``strings`` without those that extend another (finding "random" finds "randomized" too)."""
    ordered = sorted(strings)
    return tuple(s for s in ordered if not any(t != s and s.startswith(t) for t in ordered))


class Plan:
    """What is known of every match of one compiled pattern (with its lead assertion).

    ``keys``: (word-index key, literal) pairs: a match starts where a word starts, at a word filed under
    the key, with the literal. A key is a word's first ``KEY_CHARS`` characters; a shorter key ending with
    ``END`` is a whole word; a shorter one without it stands for every key that begins with it.
    ``finds``: literals found by ``str.find`` (those a match may start with in the middle of a word, or
    with a non-word character). Both None when the regex must scan every position. ``needs``: strings one
    of which every match contains.

    A plan also keeps its answers for the last text it was asked about (a document's patterns are asked
    about the same text many times, a stretch at a time).
    """

    __slots__ = (
        "_positions",
        "_present",
        "_present_target",
        "_target",
        "digit",
        "finds",
        "items",
        "keys",
        "lookups",
        "needs",
        "overlap",
        "ranges",
    )

    def __init__(
        self,
        keys: tuple[tuple[str, str], ...] | None,
        finds: tuple[str, ...] | None,
        needs: tuple[str, ...] | None,
    ) -> None:
        self.keys = keys
        grouped: dict[int, list[str] | None] = {}
        ranges: dict[tuple[int, int], list[str] | None] = {}
        for key, text in keys or ():
            if key == DIGIT:
                number, checked = DIGIT_KEY, bool(text)
                group: dict[Any, list[str] | None] = grouped
                at: Any = number
            else:
                word = key.removesuffix(END)
                # a literal longer than its key, in another case (a case-sensitive pattern's) or with a
                # character the key caps must be checked word by word; else every word under the key will do
                checked = text != word or max(map(ord, word)) >= KEY_CAP
                if key.endswith(END) or len(word) >= KEY_CHARS:
                    group, at = grouped, key_number(word)
                else:
                    group, at = ranges, (key_number(word), key_number(word, KEY_CAP))
            if not checked:
                group[at] = None
            elif group.get(at, []) is not None:
                group.setdefault(at, []).append(text)  # type: ignore[union-attr]
        # A range any word of which will do covers the keys inside it (and the ranges inside it): those
        # are dropped, so that no offset is found twice (and the lists need no de-duplication)
        whole = sorted(r for r, v in ranges.items() if v is None)
        for lo, hi in whole:
            for number in [k for k in grouped if lo <= k <= hi]:
                del grouped[number]
            for other in [r for r in ranges if r != (lo, hi) and lo <= r[0] and r[1] <= hi]:
                del ranges[other]
        #: key number -> the literals a word filed under it must start with (None: any word will do)
        self.lookups: dict[int, tuple[str, ...] | None] = {
            k: None if v is None else tuple(v) for k, v in grouped.items()
        }
        #: the digit-led words' lookup, when the plan has one: (the literals to check, or None,)
        self.digit = (self.lookups.pop(DIGIT_KEY),) if DIGIT_KEY in self.lookups else None
        #: the lookups as (key number, literals or None) pairs, in the order ``_candidates`` reads them (the
        #: numbers typed ``object``: the compiled build then looks them up as they are, not boxing a copy of
        #: each 60-bit number for every lookup)
        self.items: tuple[tuple[object, tuple[str, ...] | None], ...] = tuple(self.lookups.items())
        #: (lowest key, highest key, the literals to check or None) of each start that may go on ('rand')
        self.ranges: tuple[tuple[int, int, tuple[str, ...] | None], ...] = tuple(
            (lo, hi, None if v is None else tuple(v)) for (lo, hi), v in sorted(ranges.items())
        )
        #: whether two of the lists may share an offset: a range whose words are checked may overlap a
        #: key or another range (ranges any word of which will do have absorbed theirs)
        self.overlap = any(check is not None for _, _, check in self.ranges)
        self.finds = finds
        self.needs = needs
        self._target: str | None = None
        self._positions: list[int] = []
        self._present_target: str | None = None
        self._present = True

    @property
    def indexed(self) -> bool:
        return self.keys is not None

    @property
    def signature(self) -> tuple[Any, ...]:
        """What the plan looks up and checks (its ``needs`` only when it is not indexed, the only time they are
        read): plans with the same signature find the same candidates."""
        if self.keys is None:
            return (None, self.needs)
        return (
            tuple(sorted(self.lookups.items())),
            self.digit,
            self.ranges,
            self.overlap,
            self.finds,
        )

    def __repr__(self) -> str:
        return f"Plan(keys={self.keys!r}, finds={self.finds!r}, needs={self.needs!r})"


#: plans by the ids of (regex, lead); the compiled patterns are kept alive beside them, so ids stay unique.
#: (Hashing a compiled pattern hashes its whole code, on every call: too slow for a per-call lookup.)
_plans: dict[tuple[int, int], tuple[Plan, re.Pattern[str], re.Pattern[str] | None]] = {}


#: one Plan for each different pre-filter: patterns whose matches start alike (many begin with the same words
#: or with a number) share it, and with it its candidates for the last text, found once instead of once each
_shared: dict[tuple[Any, ...], Plan] = {}


#: the source each pattern's pre-filter is read from, by the source it was compiled from, where they differ: a
#: fast form whose word lists ``factor`` rewrote as tries is read as written, which states its literals whole
#: ('allocated', not 'a' then 'llocated')
_written: dict[str, str] = {}


def written_as(compiled: str, written: str) -> None:
    """Read the pattern compiled from ``compiled`` as ``written`` (the same matches) for its pre-filter."""
    if compiled != written:
        _written[compiled] = written


def written_source(regex: re.Pattern[str]) -> str:
    """The source ``regex`` is read from for its pre-filter: as written (see ``written_as``)."""
    return _written.get(regex.pattern, regex.pattern)


def plan(regex: re.Pattern[str], lead: re.Pattern[str] | None = None) -> Plan:
    """The pre-filters of a compiled pattern and its lead assertion (computed once)."""
    found = _plans.get((id(regex), id(lead)))
    if found is None:
        made = _make_plan(regex, lead)
        made = _shared.setdefault(made.signature, made)
        found = _plans[id(regex), id(lead)] = (made, regex, lead)
    return found[0]


def _make_plan(regex: re.Pattern[str], lead: re.Pattern[str] | None) -> Plan:
    if regex.flags & re.IGNORECASE:
        return Plan(None, None, None)  # literals would have to be found in every case
    try:
        tree = P.parse(written_source(regex), regex.flags)
        initial: set[Prefix] = {("", False)}
        if lead is not None:
            initial, _ = _prefixes(P.parse(lead.pattern, lead.flags).data, initial)
    except Exception:  # a pattern re compiled but its parser reads differently: no pre-filter
        return Plan(None, None, None)
    needs = _certain_needs(_needs(tree.data))
    got, _ = _prefixes(tree.data, initial)
    if not got or len(got) > MAX_ALTERNATIVES or any(p == "" for p, _ in got):
        return Plan(None, None, needs)
    keys: set[tuple[str, str]] = set()
    finds: set[str] = set()
    for text, word_start in got:
        ended = text.endswith(END)
        text = text.removesuffix(END)
        head = _WORD.match(text)
        if text == DIGIT or (text[:1].isdecimal() and word_start):
            if not word_start:
                return Plan(
                    None, None, needs
                )  # a digit anywhere, even inside a number: every position
            keys.add((DIGIT, "" if text == DIGIT else text))
        elif head is None:  # starts with a non-word character ('$', '(', '#'): rare enough to find
            finds.add(text)
        elif word_start and (head.end() >= MIN_LITERAL or head.end() < len(text) or ended):
            # at a word start. The index files each lower-cased word under its first KEY_CHARS characters
            # (the whole word when shorter): a longer literal is looked up by its first KEY_CHARS, a word
            # the literal shows to end sooner ('in ' -> 'in', 'is\\s+' -> 'is') by itself (marked with END), and a
            # shorter start that may go on ('rand') as the range of keys that begin with it
            word = lower_keeping_offsets(text[: head.end()])
            if len(word) >= KEY_CHARS:
                keys.add((word[:KEY_CHARS], text))
            elif head.end() < len(text) or ended:
                keys.add((word + END, text))
            else:
                keys.add((word, text))
        elif len(text) >= MIN_LITERAL:
            finds.add(text)
        else:
            return Plan(None, None, needs)  # a short literal that may occur anywhere: not worth it
    if len(finds) > MAX_FINDS:
        return Plan(None, None, needs)
    return Plan(tuple(sorted(keys)), _minimal(finds), needs)


_span_needs: dict[int, tuple[tuple[str, ...] | None, re.Pattern[str]]] = {}


def span_needs(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """The strings one of which every match of ``regex`` contains (``_needs``: of the regex itself, not of a
    plan it shares), when there are at most ``MAX_SPAN_NEEDS`` of them; else None. Computed once a regex."""
    found = _span_needs.get(id(regex))
    if found is None:
        needs: tuple[str, ...] | None = None
        if not regex.flags & re.IGNORECASE:  # (literals in any case: nothing to look for)
            # (re compiled it; should its parser read it otherwise, nothing is certain)
            try:
                needs = _needs(P.parse(written_source(regex), regex.flags).data)
            except Exception:
                needs = None
        # counted before the strings that extend another are left out
        if needs is not None and len(needs) > MAX_SPAN_NEEDS:
            needs = None
        needs = _certain_needs(needs)
        found = _span_needs[id(regex)] = (needs, regex)
    return found[0]


def last_need(needs: tuple[str, ...], target: str, start: int, end: int) -> int:
    """Where the last occurrence of any of ``needs`` that lies wholly inside [start, end) starts, -1 when
    there is none. A match inside the stretch contains one, so it starts at that offset or before it. (Once one
    string is found, the others are looked for only after it: most are not in the stretch at all, and each
    then reads only its tail.)"""
    last = -1
    for s in needs:
        at = target.rfind(s, start if last < 0 else last + 1, end)
        if at > last:
            last = at
    return last


def lower_keeping_offsets(text: str) -> str:
    """``text.lower()`` with every offset kept: the few characters whose lower case is longer ('İ') stay
    as they are."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


#: how many documents' lower-cased texts and word indexes are kept: more than a batch, since ``nlp.pipe``
#: runs each component over a whole batch before the next, and the checks run after the last
KEEP = 160

_LOWER: dict[str, str] = {}


def lower_same_length(text: str) -> str:
    """``lower_keeping_offsets(text)``, the last ``KEEP`` answers kept, a lower-cased text being its own:
    a document's components and checks then share one lower-cased text, and with it one word index."""
    found = _LOWER.get(text)
    if found is not None:
        return found
    lower = lower_keeping_offsets(text)
    if len(_LOWER) >= 2 * KEEP:
        del _LOWER[next(iter(_LOWER))]  # the oldest (texts and lower cases come and go in pairs)
        del _LOWER[next(iter(_LOWER))]
    _LOWER[text] = lower
    _LOWER[lower] = lower
    return lower


_ASCII_WORD = numpy.array([chr(i).isalnum() or chr(i) == "_" for i in range(128)], dtype=bool)
_ASCII_DECIMAL = numpy.array([chr(i).isdecimal() for i in range(128)], dtype=bool)
_CAP = numpy.uint32(KEY_CAP)
_KEY_COLUMNS = numpy.arange(KEY_CHARS)
#: where each of a key's characters goes in its number: the first highest
_KEY_SHIFTS = numpy.array(
    [KEY_BITS * (KEY_CHARS - 1 - i) for i in range(KEY_CHARS)], dtype=numpy.uint64
)
#: each of a key's characters' place value in its number (``1 << shift``)
_KEY_PLACES = numpy.uint64(1) << _KEY_SHIFTS

#: the word-index key of the digit-led words
DIGIT_KEY = -1


def key_number(key: str, fill: int = 0) -> int:
    """A word-index key (a word's first ``KEY_CHARS`` characters, or the whole word when shorter) as a
    number: its code points (at most ``KEY_CAP``) packed ``KEY_BITS`` each, the first highest, ``fill``
    where the word is shorter. Keys that begin alike are thus neighbours: ``key_number(w)`` to
    ``key_number(w, KEY_CAP)`` are the keys of the words that begin with ``w``."""
    if key == DIGIT:
        return DIGIT_KEY
    number = 0
    for i in range(KEY_CHARS):
        number = (number << KEY_BITS) | (min(ord(key[i]), KEY_CAP) if i < len(key) else fill)
    return number


class WordIndex:
    """Where each word (a run of ``\\w`` characters, as ``re`` reads them) of a lower-cased text starts, filed
    under its key (``key_number``); the words that start with a decimal digit under ``DIGIT_KEY`` too.

    Built with numpy over the text's code points: a few vector operations instead of a Python step a word.
    """

    __slots__ = (
        "_boundaries",
        "_bounds",
        "_digits",
        "_ends",
        "_keys",
        "_offsets",
        "_starts",
        "_where",
        "target",
    )

    def __init__(self, target: str) -> None:
        self.target = target
        self._where: dict[object, int] = {}  # key -> its place i in _keys
        self._offsets: list[int] = []
        self._digits: list[int] = []
        self._keys: list[int] = []  # the keys the text has, ascending
        self._bounds: list[int] = [0]  # key i's words are _offsets[_bounds[i]:_bounds[i + 1]]
        self._starts: Any = None  # every word's start and end (numpy), in text order
        self._ends: Any = None
        self._boundaries: list[int] | None = None
        n = len(target)
        if n == 0:
            return
        cp = numpy.frombuffer(target.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
        wide = cp >= 128
        ascii_cp = numpy.where(wide, 0, cp)
        word = _ASCII_WORD[ascii_cp]
        decimal = _ASCII_DECIMAL[ascii_cp]
        if wide.any():  # the few other characters: asked of Python, once each
            for code in numpy.unique(cp[wide]).tolist():
                ch = chr(code)
                if ch.isalnum() or ch == "_":
                    at = cp == code
                    word[at] = True
                    if ch.isdecimal():
                        decimal[at] = True
        before = numpy.zeros(n, dtype=bool)
        before[1:] = word[:-1]
        after = numpy.zeros(n, dtype=bool)
        after[:-1] = word[1:]
        starts = numpy.flatnonzero(word & ~before)
        if not len(starts):
            return
        length = numpy.flatnonzero(word & ~after) + 1 - starts
        self._starts = starts
        self._ends = starts + length
        # each word's first KEY_CHARS characters (0 past its end) in a row, packed into one number
        # (gathered first: the words' first characters, not the whole text, are capped and widened; the packing
        # is one product with the characters' place values, the bits of which do not overlap)
        firsts_at = numpy.minimum(starts[:, None] + _KEY_COLUMNS, n - 1)
        chars = numpy.minimum(cp[firsts_at], _CAP)
        chars[length[:, None] <= _KEY_COLUMNS] = 0
        keys = chars.astype(numpy.uint64) @ _KEY_PLACES
        order = numpy.argsort(keys, kind="stable")  # stable: each key's offsets stay in text order
        sorted_keys = keys[order]
        offsets = starts[order].tolist()
        cut_at = numpy.flatnonzero(sorted_keys[1:] != sorted_keys[:-1]) + 1
        firsts = sorted_keys[numpy.concatenate(([0], cut_at))].tolist()
        bounds = [0, *cut_at.tolist(), len(offsets)]
        # key -> its place in ``firsts``: built by a C-level zip (ints, not tuples: nothing the garbage
        # collector must track), the offsets sliced only when asked for
        self._where = dict(zip(firsts, range(len(firsts)), strict=True))
        self._keys = firsts
        self._bounds = bounds
        self._offsets = offsets
        self._digits = starts[decimal[starts]].tolist()

    def boundaries(self) -> list[int]:
        """Every offset where ``\\b`` holds: each word's start and end, ascending (made on first use)."""
        if self._boundaries is None:
            if self._starts is None:
                self._boundaries = []
            else:
                both = numpy.empty(2 * len(self._starts), dtype=numpy.int64)
                both[0::2] = self._starts
                both[1::2] = self._ends
                self._boundaries = both.tolist()
        return self._boundaries

    def get(self, key: int) -> list[int]:
        """The offsets of the words filed under ``key``, in text order (a fresh list)."""
        if key == DIGIT_KEY:
            return self._digits
        i = self._where.get(key)
        return [] if i is None else self._offsets[self._bounds[i] : self._bounds[i + 1]]

    @property
    def by_key(self) -> dict[int, list[int]]:
        """Every key with its offsets (for tests and inspection)."""
        out = {k: self.get(k) for k in self._keys}
        out[DIGIT_KEY] = self._digits
        return out


_indexes: dict[int, WordIndex] = {}  # by id() of the lower-cased text, which the index keeps alive
#: the text last asked for and its index: a component asks for the same text's index many times in a row
_recent_target = ""
_recent_index: WordIndex | None = None


def word_index(target: str) -> WordIndex:
    """The word index of ``target``'s lower-cased text (the last ``KEEP`` are kept)."""
    global _recent_target, _recent_index
    if target is _recent_target and _recent_index is not None:
        return _recent_index
    lower = lower_same_length(target)
    idx = _indexes.get(id(lower))
    if idx is None or idx.target is not lower:
        idx = WordIndex(lower)
        if len(_indexes) >= KEEP:
            del _indexes[next(iter(_indexes))]
        _indexes[id(lower)] = idx
    _recent_target = target
    _recent_index = idx
    return idx


def word_boundaries(target: str) -> list[int]:
    """Every offset of ``target`` where ``\\b`` holds, ascending: where a match of a pattern that starts with
    ``\\b`` may start."""
    return word_index(target).boundaries()


def candidates(p: Plan, target: str) -> list[int]:
    """Every offset of ``target`` where a match of an indexed plan may start, sorted (cached for the last text)."""
    if p._target is not target:
        p._positions = _candidates(p, target)
        p._target = target
    return p._positions


def _starts_with(target: str, literals: tuple[str, ...], pos: int) -> bool:
    """``target.startswith(literals, pos)`` (``pos`` inside the text, no literal empty), written out:
    compiled, a slice compared costs less than the method call with its arguments parsed."""
    return any(target[pos : pos + len(literal)] == literal for literal in literals)


def _first_at_least(keys: list[int], value: int, lo: int = 0, hi: int = -1) -> int:
    """``bisect.bisect_left(keys, value, lo, hi)`` (``keys`` ascending; ``hi`` -1: the end), written out:
    compiled, the word-index keys (60-bit numbers) and offsets are compared as machine integers, not through
    a call a comparison, and no module attribute is looked up and called."""
    if hi < 0:
        hi = len(keys)
    while lo < hi:
        mid = (lo + hi) >> 1
        if keys[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _candidates(p: Plan, target: str) -> list[int]:
    """``candidates``, found."""
    lists: list[list[int]] = []
    if p.keys:
        index = word_index(target)
        where, offsets, bounds = index._where, index._offsets, index._bounds
        # the plan's keys that the text has: one dict lookup a key (no set built for the intersection,
        # and nothing looked up twice)
        for number, check in p.items:
            i = where.get(number, -1)
            if i < 0:
                continue
            a, b = bounds[i], bounds[i + 1]
            if check is None:
                lists.append(offsets[a:b])
            else:  # the key is the words' start only: check the rest
                found = [pos for pos in offsets[a:b] if _starts_with(target, check, pos)]
                if found:
                    lists.append(found)
        if p.digit is not None and index._digits:
            check = p.digit[0]
            if check is None:
                lists.append(index._digits)
            else:
                found = [pos for pos in index._digits if _starts_with(target, check, pos)]
                if found:
                    lists.append(found)
        for lo, hi, check in p.ranges:
            i = _first_at_least(index._keys, lo)
            j = _first_at_least(index._keys, hi + 1, i)
            if i < j:
                found = offsets[bounds[i] : bounds[j]]
                if j - i > 1:
                    found.sort()  # several keys' words: back in text order
                if check is not None:
                    found = [pos for pos in found if _starts_with(target, check, pos)]
                if found:
                    lists.append(found)
    # the words filed under different keys (and the digit-led ones) are different words: their offsets
    # never coincide (unless the plan says a checked range may hold a key it looks up by itself too),
    # but a literal found anywhere may share an offset with any of them
    overlap = p.overlap
    for text in p.finds or ():
        found = []
        pos = target.find(text)
        while pos >= 0:
            found.append(pos)
            pos = target.find(text, pos + 1)
        if found:
            lists.append(found)
            overlap = True
    if len(lists) == 1:
        return lists[0]  # sorted already (never changed in place)
    if not lists:
        return []
    if overlap:
        return sorted({pos for found in lists for pos in found})
    merged = lists[0].copy()  # (the lists are kept: never changed in place)
    for found in lists[1:]:
        merged.extend(found)
    merged.sort()  # sorted runs, one after another: timsort merges them
    return merged


def present(p: Plan, target: str) -> bool:
    """False when ``target`` lacks every one of the plan's ``needs`` (so no match can be in it)."""
    if p.needs is None:
        return True
    if p._present_target is not target:
        p._present_target = target
        p._present = any(s in target for s in p.needs)
    return p._present


def finditer(
    regex: re.Pattern[str],
    lead: re.Pattern[str] | None,
    target: str,
    start: int,
    end: int,
    fallback: Any,
) -> Iterator[re.Match[str]]:
    """The matches of ``regex`` in [start, end) whose start also satisfies ``lead``, left to right, no
    overlaps: what ``fallback(regex, lead, target, start, end)`` yields, found faster when the plan allows.

    ``regex.match(target, pos, end)`` reads ``end`` as the text's end: where ``end`` cuts a word, the regex
    sees it cut short ('slash' of 'slashes' is then a whole word), while the word index filed the word under
    its whole key; so there that word's start is tried too."""
    also = None
    if 0 < end < len(target) and _is_word_char(target[end]) and _is_word_char(target[end - 1]):
        also = end - 1
        while also > start and _is_word_char(target[also - 1]):
            also -= 1
    return finditer_spans(regex, lead, target, [(start, end)], fallback, also)


def _is_word_char(ch: str) -> bool:
    """Whether ``re`` reads ``ch`` as ``\\w`` (in a str pattern: alphanumeric or the underscore)."""
    return ch.isalnum() or ch == "_"


def finditer_spans(
    regex: re.Pattern[str],
    lead: re.Pattern[str] | None,
    target: str,
    spans: list[tuple[int, int]],
    fallback: Any,
    also: int | None = None,
    p: Plan | None = None,
) -> Iterator[re.Match[str]]:
    """``finditer`` over each of ``spans`` in turn (sorted stretches that do not overlap, each ending where a
    word ends, as stretches of sentences do): one plan lookup and one walk along the candidates for them
    all, instead of one a stretch. ``also``: an offset to try besides the candidates (``finditer``'s start of
    a word that its window's end cuts). ``p``: the plan of (``regex``, ``lead``), when the caller kept it."""
    if p is None:
        p = plan(regex, lead)
    if not p.indexed:
        if present(p, target):
            needs = span_needs(regex)
            for start, end in spans:
                # the regex would scan the whole stretch: a stretch without a needed string is skipped
                if needs is None or last_need(needs, target, start, end) >= 0:
                    yield from fallback(regex, lead, target, start, end)
        return
    positions = candidates(p, target)
    if also is not None:
        positions = sorted({*positions, also})  # a new list: the plan's own stays as it is
    elif lead is not None and not p.finds and lead.pattern == r"\b":
        # every candidate is where a word starts (the word index's), so '\b' holds there
        lead = None
    n = len(positions)
    if not n:
        return
    # strings one of which every match contains: no match starts after a stretch's last one of them
    needs = span_needs(regex)
    i = 0
    last_end = 0
    for start, end in spans:
        i = _first_at_least(positions, start, i if start >= last_end else 0)
        last_end = end
        done = start
        stop = end
        if needs is not None and i + 1 < n and positions[i + 1] < end:
            # (looked for only before two or more candidates: one try costs about as much)
            stop = last_need(needs, target, start, end) + 1
        while i < n:
            pos = positions[i]
            if pos >= stop:
                break
            i += 1
            if pos < done:
                continue
            if lead is not None and lead.match(target, pos) is None:
                continue
            m = regex.match(target, pos, end)
            if m is not None:
                done = m.end() if m.end() > pos else pos + 1
                yield m


def finditer_regex(
    regex: re.Pattern[str], lead: re.Pattern[str] | None, target: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """``finditer`` by the regex alone: the fallback for patterns without a usable literal start."""
    if lead is None:
        yield from regex.finditer(target, start, end)
        return
    # A '\\b' (or a look-behind excluding word characters) before a pattern that starts with a letter or
    # digit passes only at the start of a word: after a failure inside a word, the next chance is the next
    # word, not the next character.
    word_lead = lead.pattern == r"\b" or "\\w" in lead.pattern
    pos = start
    while pos <= end:
        m = regex.search(target, pos, end)
        if m is None:
            return
        if lead.match(target, m.start()) is None:
            if word_lead:
                nxt = _NON_WORD.search(target, m.start(), end)
                pos = nxt.end() if nxt is not None else end + 1
            else:
                pos = m.start() + 1  # look again from the next character, swallowing nothing
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


_NON_WORD = re.compile(r"\W")


def finditer_anchored(
    regex: re.Pattern[str],
    lead: re.Pattern[str] | None,
    target: str,
    anchors: list[int],
    spans: list[tuple[int, int]],
) -> Iterator[re.Match[str]]:
    """Like ``finditer`` over each of ``spans``, but trying the pattern only at ``anchors`` (sorted offsets:
    where numbers start), no overlaps."""
    needs = span_needs(regex)
    for s, e in spans:
        done = s
        lo = _first_at_least(anchors, s)
        hi = _first_at_least(anchors, e, lo)
        if hi - lo > 1 and needs is not None:
            # no match starts after the stretch's last occurrence of a string every match contains (not
            # looked for before a single number: one try costs about as much)
            hi = _first_at_least(anchors, last_need(needs, target, s, e) + 1, lo, hi)
        for pos in anchors[lo:hi]:
            if pos < done:
                continue
            m = regex.match(target, pos, e)
            if m is not None and (lead is None or lead.match(target, pos) is not None):
                done = max(m.end(), pos + 1)
                yield m


def finditer_near(
    regex: re.Pattern[str],
    regex_lead: re.Pattern[str] | None,
    target: str,
    keyword: re.Pattern[str],
    keyword_lead: re.Pattern[str] | None,
    back: int,
    s: int,
    e: int,
    positions: list[int] | None,
    fallback: Any,
) -> Iterator[re.Match[str]]:
    """The matches of ``regex`` (with ``regex_lead``) in [s, e) that start at most ``back`` characters before a
    match of ``keyword`` (with ``keyword_lead``; found as ``finditer`` finds it, ``fallback`` its regex-only
    way) and reach past it: tried at ``positions`` inside each window (a pattern with a literal start: its
    candidates; one that starts with ``\\b``: the word boundaries), or at every offset of it when None."""
    if positions is not None and not positions:
        return
    done = s
    for k in finditer(keyword, keyword_lead, target, s, e, fallback):
        # The leftmost chain of matches from the window's start, as ``finditer`` would give them, but tried
        # only at the window's positions: a search would read on to the stretch's end when none starts there.
        pos, last = max(done, k.start() - back), k.start()
        tries: Sequence[int] = (
            range(pos, last + 1)
            if positions is None
            else positions[_first_at_least(positions, pos) : _first_at_least(positions, last + 1)]
        )
        for at in tries:
            if at < pos:
                continue  # inside the last match that fell short of the keyword
            if regex_lead is not None and regex_lead.match(target, at) is None:
                continue
            m = regex.match(target, at, e)
            if m is None:
                continue
            if m.end() >= k.end():
                done = m.end()
                yield m
                break
            pos = m.end() if m.end() > at else at + 1


def hit_sentences(
    p: Plan, trigger: re.Pattern[str], target: str, starts: list[int], hit: set[int]
) -> None:
    """Add to ``hit`` the index of every sentence (``starts``: their start offsets, ascending) in which a match of
    ``trigger`` starts; ``trigger`` is tried only at the candidates of its plan ``p`` (an indexed one)."""
    n = len(starts)
    i = 0  # the sentence of ``pos``: the candidates ascend, so it is walked to, not searched for
    for pos in candidates(p, target):
        while i + 1 < n and starts[i + 1] <= pos:
            i += 1
        if i not in hit and trigger.match(target, pos) is not None:
            hit.add(i)


def search(regex: re.Pattern[str], target: str, pos: int = 0) -> re.Match[str] | None:
    """``regex.search(target, pos)``, by the plan's candidates when it has them."""
    p = plan(regex)
    if not p.indexed:
        return regex.search(target, pos) if present(p, target) else None
    positions = candidates(p, target)
    for i in range(_first_at_least(positions, pos), len(positions)):
        m = regex.match(target, positions[i])
        if m is not None:
            return m
    return None


#: how ``match_patterns`` searches an entry's pattern: at its plan's candidates, at the numbers' starts, near its
#: keyword, or (a pattern with no usable start) by its regex over each stretch
ROUTE_INDEXED = 0
ROUTE_NUMBER = 1
ROUTE_KEYWORD = 2
ROUTE_REGEX = 3


class Entry:
    """One pattern as ``match_patterns`` reads it: its index in the caller's tuple, its route, fast form, lead
    and plan, whether it is case-sensitive, and for ``ROUTE_KEYWORD`` its keyword (with the keyword's lead and
    plan), how far before the keyword a match may start (``back``) and whether every match starts at a word
    boundary (tried there when the pattern has no candidates of its own)."""

    def __init__(
        self,
        index: int,
        route: int,
        regex: re.Pattern[str],
        lead: re.Pattern[str] | None,
        p: Plan,
        case: bool,
        keyword: re.Pattern[str] | None = None,
        keyword_lead: re.Pattern[str] | None = None,
        back: int = 0,
        at_boundary: bool = False,
    ) -> None:
        self.index = index
        self.route = route
        self.regex = regex
        self.lead = lead
        self.p = p
        self.case = case
        self.keyword = keyword
        self.keyword_lead = keyword_lead
        self.kp: Plan | None = None if keyword is None else plan(keyword, keyword_lead)
        self.back = back
        self.at_boundary = at_boundary


def _near_keyword(e: Entry, target: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of a ``ROUTE_KEYWORD`` entry in each of ``spans`` in turn: the keyword is found first and the
    pattern tried only in the ``back`` characters before it, at its candidates (at the word boundaries when it
    has none and starts at one), found once for all the stretches; nothing at all is done when the text lacks
    the keyword's literal start or the pattern's."""
    keyword = e.keyword
    kp = e.kp
    if keyword is None or kp is None:
        return
    if kp.indexed and not candidates(kp, target):
        return
    positions: list[int] | None = None
    if e.p.indexed:
        positions = candidates(e.p, target)
        if not positions:
            return
    elif e.at_boundary:
        positions = word_boundaries(target)
    for s, end in spans:
        yield from finditer_near(
            e.regex,
            e.lead,
            target,
            keyword,
            e.keyword_lead,
            e.back,
            s,
            end,
            positions,
            finditer_regex,
        )


def match_patterns(
    entries: tuple[Entry, ...],
    text: str,
    lower: str,
    number_starts: list[int] | None,
    spans: list[tuple[int, int]],
    paragraph: bool,
) -> Iterator[tuple[int, re.Match[str]]]:
    """Every match of each of ``entries``' patterns in turn inside ``spans`` (sorted stretches that do not
    overlap), as (the entry's index, the match): a case-sensitive pattern's in ``text``, the others' in
    ``lower``. A ``ROUTE_NUMBER`` pattern is tried at ``number_starts`` (by its plan when there are none). With
    ``paragraph``, a match that crosses a paragraph break (a line break with words on both sides) is left out.
    The loop over a pattern file's patterns, compiled: it runs for every file on every text, most patterns
    finding no candidate at all."""
    for entry in entries:
        target = text if entry.case else lower
        route = entry.route
        found: Iterator[re.Match[str]]
        if route == ROUTE_NUMBER and number_starts is not None:
            found = finditer_anchored(entry.regex, entry.lead, target, number_starts, spans)
        elif route == ROUTE_KEYWORD:
            found = _near_keyword(entry, target, spans)
        else:
            p = entry.p
            if p.indexed and not candidates(p, target):
                continue
            found = finditer_spans(entry.regex, entry.lead, target, spans, finditer_regex, None, p)
        for m in found:
            if paragraph:
                s, e = m.span()
                # (most matches hold no line break: found without slicing the match out)
                if target.find("\n", s, e) >= 0 and "\n" in target[s:e].strip():
                    continue
            yield entry.index, m
