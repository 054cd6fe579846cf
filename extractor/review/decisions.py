"""Review decisions: record paths, the facts a reviewer decides on, and applying decisions to a record.

A decision is about one record path (``trial.arms[0].n``) of one article's record. The database keeps
every decision (``review_decisions``, appended, never overwritten); the latest decision on a path wins:

- ``accept``: the value the reviewer saw is right; ``new_value`` holds that value (the extracted one,
  or an earlier edit being confirmed).
- ``edit``: ``new_value`` replaces the value.
- ``reject``: the value is wrong and the text does not give a right one: it becomes "not stated"
  (``null``, or ``[]`` for a list) and its evidence is dropped.

A note on a fact already decided is saved as a copy of its latest decision with the note, so the
value stays as decided and the trail keeps the note. An ``accept`` with no ``new_value`` (written by
another tool) keeps the extracted value.

A decision applies only to a record made from the same text (``sha256``) whose extracted value at the
path is still the decision's ``old_value``: a record extracted again with another value at that path
(another text, a changed extractor) is not silently overridden.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from extractor.errors import TrialfactsError
from extractor.record.models import TrialRecord
from extractor.store.base import Store, StoreError

Action = Literal["accept", "reject", "edit"]
Token = str | int

_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


class PathError(TrialfactsError):
    """A record path that does not name a value of the record."""


class ReviewValueError(TrialfactsError):
    """A reviewed value the record model refuses."""


# -- paths ---------------------------------------------------------------------------------------


def parse_path(path: str) -> list[Token]:
    """``'trial.arms[0].n'`` -> ``['trial', 'arms', 0, 'n']``."""
    tokens: list[Token] = []
    for part in path.split("."):
        if not part:
            raise PathError(f"'{path}' is not a record path")
        i = 0
        while i < len(part):
            m = _TOKEN.match(part, i)
            if m is None or (m.group(1) and i > 0):
                raise PathError(f"'{path}' is not a record path")
            tokens.append(m.group(1) if m.group(1) else int(m.group(2)))
            i = m.end()
    return tokens


def format_path(tokens: Sequence[Token]) -> str:
    out = ""
    for t in tokens:
        out += f"[{t}]" if isinstance(t, int) else (f".{t}" if out else t)
    return out


def get_value(data: Any, path: str) -> Any:
    """The value at ``path`` in a record dumped as JSON data; PathError when there is none."""
    node = data
    for t in parse_path(path):
        if isinstance(t, int):
            if not isinstance(node, list) or t >= len(node):
                raise PathError(f"{path}: no such value in the record")
            node = node[t]
        else:
            if not isinstance(node, dict) or t not in node:
                raise PathError(f"{path}: no such value in the record")
            node = node[t]
    return node


def set_value(data: Any, path: str, value: Any) -> None:
    """Set the value at ``path`` in a record dumped as JSON data, in place."""
    tokens = parse_path(path)
    parent = get_value(data, format_path(tokens[:-1])) if len(tokens) > 1 else data
    last = tokens[-1]
    if isinstance(last, int):
        if not isinstance(parent, list) or last >= len(parent):
            raise PathError(f"{path}: no such value in the record")
    elif not isinstance(parent, dict) or last not in parent:
        raise PathError(f"{path}: no such value in the record")
    parent[last] = value


def _error_line(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = format_path([t for t in first["loc"] if isinstance(t, str | int)])
    return f"{first['msg']}" + (f" (at {where})" if where else "")


def with_value(record: TrialRecord, path: str, value: Any) -> TrialRecord:
    """A copy of ``record`` with ``path`` set to ``value``, validated by the record model.

    ReviewValueError (one line) when the model refuses the value; the record is not changed.
    """
    data = record.model_dump(mode="json")
    set_value(data, path, value)
    try:
        return TrialRecord.model_validate(data)
    except ValidationError as exc:
        raise ReviewValueError(f"{path}: {_error_line(exc)}") from None


def parse_input(record: TrialRecord, path: str, raw: str) -> tuple[Any, TrialRecord]:
    """A value typed by a reviewer for ``path``: JSON (``256``, ``null``, ``"rct"``, ``[1, 2]``,
    ``{...}``) or, when that is not valid JSON or not accepted, the words as a string. Returns the
    value and the validated record with it; ReviewValueError when the model accepts neither."""
    candidates: list[Any] = []
    with contextlib.suppress(ValueError):
        candidates.append(json.loads(raw))
    if not candidates or (candidates[0] != raw and raw.strip() != "null"):
        candidates.append(raw)  # "2020" as a name; but "null" always means not stated
    error: ReviewValueError | None = None
    for value in candidates:
        try:
            updated = with_value(record, path, value)
        except ReviewValueError as exc:
            error = error or exc
            continue
        return get_value(updated.model_dump(mode="json"), path), updated
    assert error is not None
    raise error


# -- facts ---------------------------------------------------------------------------------------


def fact_paths(record: TrialRecord) -> list[str]:
    """The record paths a reviewer decides on, in record order: every path with evidence, and every
    stated value of the trial that has none (a value inside an evidenced object is not repeated)."""
    evidence = record.evidence
    data = record.model_dump(mode="json")
    out: list[str] = []

    def walk(node: Any, path: str) -> None:
        if path in evidence:
            out.append(path)
            return
        if isinstance(node, dict):
            for key, child in node.items():
                walk(child, f"{path}.{key}")
        elif isinstance(node, list) and node and all(isinstance(x, dict) for x in node):
            for i, child in enumerate(node):
                walk(child, f"{path}[{i}]")
        elif node not in (None, [], False):
            out.append(path)

    if data.get("trial") is not None:
        walk(data["trial"], "trial")
    seen = set(out)
    out.extend(p for p in evidence if p not in seen)
    return out


def failing_checks(record: TrialRecord, path: str) -> list[tuple[str, str, str]]:
    """``(status, code, message)`` of each failing or warning check about ``path`` (or a value
    inside it, or an object holding it), failures first."""
    found = []
    for c in record.checks:
        if c.status not in ("fail", "warn"):
            continue
        if any(
            p == path
            or p.startswith((path + ".", path + "["))
            or path.startswith((p + ".", p + "["))
            for p in c.paths
        ):
            found.append((c.status, c.id, c.message))
    return sorted(found, key=lambda x: x[0] != "fail")


# -- decisions -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """One row of ``review_decisions``."""

    id: int
    article_id: str
    sha256: str
    extractor_version: str
    path: str
    action: Action
    old_value: Any
    new_value: Any
    reviewer: str
    decided_at: str
    note: str | None


def default_reviewer() -> str:
    return os.environ.get("USER") or os.environ.get("USERNAME") or "reviewer"


def _conn(store: Store) -> Any:
    conn = getattr(store, "conn", None)
    if conn is None:
        raise StoreError(f"{store.url}: review needs a SQLite database")
    return conn


def load_decisions(store: Store, article_id: str) -> list[Decision]:
    """Every decision about an article, oldest first."""
    rows = _conn(store).execute(
        "SELECT id, article_id, sha256, extractor_version, path, action, old_value, new_value, "
        "reviewer, decided_at, note FROM review_decisions WHERE article_id = ? ORDER BY id",
        (article_id,),
    )
    return [
        Decision(
            id=r[0],
            article_id=r[1],
            sha256=r[2],
            extractor_version=r[3],
            path=r[4],
            action=r[5],
            old_value=None if r[6] is None else json.loads(r[6]),
            new_value=None if r[7] is None else json.loads(r[7]),
            reviewer=r[8],
            decided_at=r[9],
            note=r[10],
        )
        for r in rows
    ]


def save_decision(
    store: Store,
    record: TrialRecord,
    path: str,
    action: Action,
    reviewer: str,
    new_value: Any = None,
    note: str | None = None,
) -> int:
    """Append one decision (its own transaction: committed when this returns). ``old_value`` is the
    value as extracted, read from ``record`` (the extracted record, not a reviewed one)."""
    try:
        old = get_value(record.model_dump(mode="json"), path)
    except PathError:
        old = None
    return store.add_review(
        record.source.id, path, action, reviewer, old_value=old, new_value=new_value, note=note
    )


def latest(decisions: Iterable[Decision], record: TrialRecord) -> dict[str, Decision]:
    """The latest decision per path that applies to ``record`` (same text, same extracted value)."""
    data = record.model_dump(mode="json")
    out: dict[str, Decision] = {}
    for d in sorted(decisions, key=lambda d: d.id):
        if d.article_id != record.source.id or d.sha256 != record.source.sha256:
            continue
        try:
            extracted = get_value(data, d.path)
        except PathError:
            continue
        if d.old_value != extracted:
            continue
        out[d.path] = d
    return out


def _empty_for(record: TrialRecord, path: str) -> Any:
    value = get_value(record.model_dump(mode="json"), path)
    return [] if isinstance(value, list) else None


def apply_decisions(record: TrialRecord, decisions: Iterable[Decision]) -> TrialRecord:
    """``record`` with its reviewed values: the latest applicable decision per path (see the module
    doc). Checks, the checklist and the summary are recomputed from the reviewed values. A decision
    the model refuses (e.g. rejecting a required value) leaves that value as extracted."""
    from extractor.api import finish

    chosen = latest(decisions, record)
    if not chosen:
        return record
    out = record.model_copy(deep=True)
    for path, d in chosen.items():
        value = _empty_for(record, path) if d.action == "reject" else d.new_value
        if d.action == "accept" and d.new_value is None and d.old_value is not None:
            value = d.old_value
        try:
            out = with_value(out, path, value)
        except (ReviewValueError, PathError):
            continue
        if d.action == "reject":
            out.evidence = {
                p: spans
                for p, spans in out.evidence.items()
                if not (p == path or p.startswith((path + ".", path + "[")))
            }
    return finish(out)


# -- records in the database ---------------------------------------------------------------------


def stored_record(store: Store, article_id: str) -> TrialRecord:
    """The record stored for an article, as extracted; StoreError when there is none."""
    row = (
        _conn(store)
        .execute(
            "SELECT record_json FROM records WHERE article_id = ? ORDER BY id DESC LIMIT 1",
            (article_id,),
        )
        .fetchone()
    )
    if row is None:
        raise StoreError(f"no record of article '{article_id}' in {store.url}")
    return TrialRecord.model_validate_json(row[0])


def stored_article_ids(store: Store) -> list[str]:
    """Every article with a stored record, in id order."""
    rows = (
        _conn(store)
        .execute("SELECT DISTINCT article_id FROM records ORDER BY article_id")
        .fetchall()
    )
    return [str(r[0]) for r in rows]


def reviewed_record(store: Store, article_id: str) -> TrialRecord:
    """The stored record with its reviewed values applied."""
    record = stored_record(store, article_id)
    return apply_decisions(record, load_decisions(store, article_id))


def article_ids(path: str | Path) -> Iterator[str]:
    """The ids ingest gives the articles of an input, in order (computed as ``source.id`` is),
    without extracting them."""
    from extractor.api import source_of
    from extractor.ingest.document import InputProblem
    from extractor.ingest.readers import iter_path

    for item in iter_path(path):
        if isinstance(item, InputProblem):
            continue
        try:
            yield source_of(item).id
        except TrialfactsError:
            continue


def ingest_for_review(path: str | Path, store: Store, use_model: bool = False) -> list[str]:
    """Ingest an input into the database (skipped when already stored) and return its article ids."""
    from extractor.errors import InputError
    from extractor.store import ingest

    if str(path) == "-":
        raise InputError("review reads a file, not stdin: save the article first")
    ingest([path], store, use_model=use_model)
    ids = list(dict.fromkeys(article_ids(path)))
    stored = store.stored_versions(ids)
    ids = [i for i in ids if i in stored]
    if not ids:
        raise InputError(f"{path}: no article could be read")
    return ids
