r"""Alternations of words rewritten as a trie, for Python's ``re``: the same matches, found faster.

``re`` tries an alternation's branches one after the other. A branch that starts with a literal fails at
once on another first character, but it is still visited: a list of 200 diseases or 300 stop words costs
200 or 300 steps at every place it is tried, and the cue patterns try such lists everywhere. So
``(?:breast|bladder|brain|lung)`` is rewritten ``(?:b(?:r(?:east|ain)|ladder)|lung)``: a few steps
each.

The rewrite keeps the matches exactly, in the same order, because it keeps the order in which branches
are tried wherever two of them could match at one place. Branches that start with different literal
characters cannot both match at one place, so a run of such branches may be regrouped by first character,
each group keeping its branches' order; a branch that does not start with a literal (an empty one, a
class, a group, a character made optional) may match where any other does, so it stays where it is and
the runs on either side of it are grouped separately. Only non-capturing groups are added. Look-behinds
(which must keep a fixed width) and conditionals are left as written.

For patterns compiled without IGNORECASE (the fast forms run on the lower-cased text), where a literal
character matches only itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: characters with a meaning of their own in a pattern (outside a class)
_SPECIAL = frozenset(".^$*+?{}[]\\|()\x00")  # (and the mark of a part rewritten already)
#: characters that start a quantifier (a '{' that is a literal brace counts too: it only keeps a branch as is)
_QUANT_START = frozenset("?*+{")
#: the pieces of a pattern's source: an escape, a class, a group's opening, ')', '|', or a run of other
#: characters (read as a whole: only its first character matters to the rewrite)
_TOKEN = re.compile(
    r"\\(?:[xX][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[0-9]{1,3}|.)"
    r"|\[\^?\]?(?:\\.|[^\]\\])*\]"
    r"|\((?:\?(?:P<\w+>|P=\w+\)|<=|<!|[:=!>]))?"
    r"|[)|]"
    r"|\x00\d+\x00"  # a part rewritten already (``factor_alternations``'s ``parts``)
    r"|[^\\\[()|\x00]+",
    re.DOTALL,
)


@dataclass
class _Group:
    """A parenthesized group: its opening (``(?:``, ``(?P<name>``, ``(``, ...), its branches and what
    follows its ``)`` (a quantifier, or nothing)."""

    opening: str
    branches: list[list[_Item]] = field(default_factory=list)
    quantifier: str = ""


@dataclass
class _Item:
    """A piece of a branch: source text (an escape, a class, a run of characters, a group kept as
    written) with the literal character that every match of it starts with when it is one (else None);
    or a group."""

    text: str = ""
    literal: str | None = None
    group: _Group | None = None


def _first_literal(word: str) -> str | None:
    """The literal character a run of characters starts with: its first, unless that is special or a quantifier
    follows it; else None."""
    return word[0] if word and word[0] not in _SPECIAL and word[1:2] not in _QUANT_START else None


def _run(text: str) -> _Item:
    """A run of characters, with its literal start (``_first_literal``)."""
    return _Item(text=text, literal=_first_literal(text))


def _quantifier(source: str, i: int) -> int:
    """The index past a quantifier starting at ``source[i]`` (``i`` itself when there is none)."""
    if i >= len(source) or source[i] not in _QUANT_START:
        return i
    if source[i] == "{":
        close = source.find("}", i)
        body = source[i + 1 : close] if close > 0 else ""
        if close < 0 or not body or not all(c.isdigit() or c == "," for c in body):
            return i  # a literal '{'
        j = close + 1
    else:
        j = i + 1
    if j < len(source) and source[j] in "?+":  # lazy or possessive
        j += 1
    return j


def _parse(source: str, i: int) -> tuple[list[list[_Item]], int]:
    """The branches from ``source[i]`` up to the ``)`` that closes the enclosing group, and the index of
    that ``)`` (``len(source)`` when the source ends first)."""
    branches: list[list[_Item]] = [[]]
    n = len(source)
    while i < n:
        tok = _TOKEN.match(source, i)
        if tok is None:  # a character no token reads (a lone '\\' at the end): leave it to ``re``
            raise ValueError(f"unreadable at {i}")
        text = tok.group()
        head = text[0]
        end = tok.end()
        if head == ")":
            return branches, i
        if head == "|":
            branches.append([])
        elif head == "(":
            if text.startswith("(?P="):  # a back-reference
                branches[-1].append(_Item(text=text))
            else:
                inner, close = _parse(source, end)
                if close >= n:
                    raise ValueError("unbalanced (")
                j = _quantifier(source, close + 1)
                if text in ("(?<=", "(?<!"):  # a look-behind keeps its fixed width: as written
                    branches[-1].append(_Item(text=source[i:j]))
                else:
                    group = _Group(text, inner, source[close + 1 : j])
                    branches[-1].append(_Item(group=group))
                end = j
        elif head == "\\":
            punctuation = len(text) == 2 and not (text[1].isalnum() or text[1] == "_")
            quantified = end < n and source[end] in _QUANT_START
            literal = text[1] if punctuation and not quantified else None
            branches[-1].append(_Item(text=text, literal=literal))
        elif head in "[\x00":  # a class, or a part rewritten already: no literal start
            branches[-1].append(_Item(text=text))
        else:
            branches[-1].append(_run(text))
        i = end
    return branches, n


def _head_and_rest(branch: list[_Item]) -> tuple[_Item, list[_Item]]:
    """A literal-led branch as its first character and the rest."""
    first = branch[0]
    if first.group is None and first.text[0] != "\\" and len(first.text) > 1:
        return _Item(text=first.text[0], literal=first.literal), [_run(first.text[1:]), *branch[1:]]
    return first, branch[1:]


def _factor_tree(branches: list[list[_Item]]) -> list[list[_Item]]:
    """``_factor`` here and in every group inside."""
    for branch in branches:
        for item in branch:
            if item.group is not None:
                item.group.branches = _factor_tree(item.group.branches)
    return _factor(branches)


def _factor(branches: list[list[_Item]]) -> list[list[_Item]]:
    """The branches with each run of literal-led ones grouped by their first character, and so on inside
    each new group (the groups they hold are done already)."""
    if len(branches) < 2:
        return branches
    if all(len(b) == 1 and b[0].group is None and b[0].text[0] not in "\\[" for b in branches):
        # a list of plain words (the common case, and the long lists): the same rewrite on the strings
        return [[_Item(text=w)] for w in _factor_words([b[0].text for b in branches])]
    out: list[list[_Item]] = []
    run: list[list[_Item]] = []

    def flush() -> None:
        by_first: dict[str | None, list[list[_Item]]] = {}
        for branch in run:
            by_first.setdefault(branch[0].literal, []).append(branch)
        for members in by_first.values():
            if len(members) == 1:
                out.append(members[0])
                continue
            split = [_head_and_rest(m) for m in members]
            inner = _Group("(?:", _factor([rest for _, rest in split]))
            out.append([split[0][0], _Item(group=inner)])
        run.clear()

    for branch in branches:
        if branch and branch[0].literal is not None:
            run.append(branch)
        else:
            flush()
            out.append(branch)
    flush()
    return out


def _factor_words(words: list[str]) -> list[str]:
    """``_factor`` of branches that are each a run of plain characters, on the strings: the new branches."""
    if len(words) < 2:
        return words
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        by_first: dict[str | None, list[str]] = {}
        for word in run:
            by_first.setdefault(word[0], []).append(word)
        for members in by_first.values():
            if len(members) == 1:
                out.append(members[0])
            else:
                inner = _factor_words([m[1:] for m in members])
                rest = inner[0] if len(inner) == 1 else "(?:" + "|".join(inner) + ")"
                out.append(members[0][0] + rest)
        run.clear()

    for word in words:
        if _first_literal(word) is not None:
            run.append(word)
        else:
            flush()
            out.append(word)
    flush()
    return out


def _render(branches: list[list[_Item]]) -> str:
    return "|".join("".join(_render_item(item) for item in branch) for branch in branches)


def _render_item(item: _Item) -> str:
    if item.group is None:
        return item.text
    g = item.group
    body = _render(g.branches)
    if g.opening == "(?:" and not g.quantifier and len(g.branches) == 1:
        return body  # one branch: no '|' of its own to keep apart
    return g.opening + body + ")" + g.quantifier


def factor_alternations(source: str, parts: dict[str, str] | None = None) -> str:
    """``source`` with its alternations of literal-led branches rewritten as a trie (same matches, same
    order; for a pattern compiled without IGNORECASE). ``parts``: groups rewritten already (the macros,
    which many patterns share), by their source: each is put back as it is given rather than read again. A
    source with a conditional, a comment or an inline flag, or one it cannot read, is returned as it is."""
    if (
        "(?(" in source
        or "(?#" in source
        or re.search(r"\(\?[a-zA-Z-]+[:)]", source.replace("(?P", ""))
    ):
        return source
    done: list[str] = []
    for text in sorted(parts or (), key=len, reverse=True):
        at = source.find(text)
        while at >= 0:
            if at > 0 and source[at - 1] == "\\":  # an escaped '(': not the group
                at = source.find(text, at + 1)
                continue
            mark = f"\x00{len(done)}\x00"
            source = source[:at] + mark + source[at + len(text) :]
            done.append(parts[text])  # type: ignore[index]
            at = source.find(text, at + len(mark))
    try:
        branches, end = _parse(source, 0)
    except ValueError:
        return _restore(source, done)
    if end != len(source):
        return _restore(source, done)  # an unbalanced ')': left to ``re`` to report
    return _restore(_render(_factor_tree(branches)), done)


def _restore(source: str, done: list[str]) -> str:
    """``source`` with each part's mark replaced by its rewritten form."""
    if not done:
        return source
    return re.sub(r"\x00(\d+)\x00", lambda m: done[int(m.group(1))], source)
