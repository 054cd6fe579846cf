"""``extractor.components.text``: the TextView's per-text answers (``once``), and matching patterns over it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor import patterns
from extractor.components.classify import other_study_mentions, other_study_sentences
from extractor.components.sentences import split_sentences
from extractor.components.text import TextView, matches, search_spans
from extractor.pipeline import make_nlp

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_once_works_an_answer_out_on_first_asking_only() -> None:
    view = TextView("A text.", [(0, 7)])
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return 42

    assert view.once("answer", compute) == 42
    assert view.once("answer", compute) == 42
    assert calls == [1]
    assert view.once("other", lambda: None) is None  # a None answer is kept too
    assert view.once("other", lambda: 7) is None


def test_lead_end_is_where_the_first_sentences_end() -> None:
    text = "Headline\n\nOne. Two. Three."
    view = TextView(text, split_sentences(text), title_end=8)
    assert view.lead_end(1) == view.sentences[0][1] == 8
    assert view.lead_end(2) == view.sentences[1][1]
    assert view.lead_end(9) == view.sentences[-1][1]  # fewer sentences: the last one's end
    assert TextView("no sentences", []).lead_end(3) == len("no sentences")


def test_other_study_mentions_and_the_sentences_after_them_are_read_together() -> None:
    text = (
        "New drug cuts pain.\n\nA new study of 200 people found less pain. The team reported it today. "
        "A 2007 study of 1,200 back-pain patients found the same. That trial ran for a year. "
        "In the new study, pain fell by half."
    )
    view = TextView(text, split_sentences(text))
    mentions = other_study_mentions(view)
    told_of = other_study_sentences(view)
    said = {text[s:e].strip() for s, e in mentions}
    assert said == {"A 2007 study of 1,200 back-pain patients found the same."}
    assert {text[s:e].strip() for s, e in told_of} == said | {"That trial ran for a year."}
    assert other_study_sentences(view) is told_of  # read once


def _naive_matches(
    view: TextView,
    name: str,
    label: str | None,
    skip: str | None,
    paragraph: bool,
    spans: list[tuple[int, int]] | None = None,
) -> list[tuple[str, tuple[int, int]]]:
    """``matches`` (``paragraph``) or ``search_spans`` (in ``spans``) by their definition: each pattern's own
    regex, stretch by stretch, in pattern order (for ``matches``, a pattern anchored on numbers tried where
    numbers start)."""
    out = []
    for pat in patterns.patterns_of(name, label):
        if skip is not None and pat.label == skip:
            continue
        target = view.text if pat.case else view.lower
        for s, e in view.spans_for(name) if spans is None else spans:
            found: list[re.Match[str]] = []
            if pat.route == "number" and paragraph:  # tried only where numbers start, no overlaps
                for pos in view.number_starts or []:
                    m = pat.fast.match(target, pos, e)
                    if (
                        s <= pos
                        and (not found or pos >= max(found[-1].end(), found[-1].start() + 1))
                        and m is not None
                        and (pat.lead is None or pat.lead.match(target, pos))
                    ):
                        found.append(m)
            else:
                found = [
                    m
                    for m in pat.fast.finditer(target, s, e)
                    if pat.lead is None or pat.lead.match(target, m.start())
                ]
            for m in found:
                if not (paragraph and "\n" in target[m.start() : m.end()].strip()):
                    out.append((pat.id, m.span()))
    return out


@pytest.mark.parametrize(
    "name", ["arms", "effects", "enrollment", "design", "venue", "study_words"]
)
def test_matches_are_each_patterns_own_in_its_stretches(name: str) -> None:
    """``matches`` (the compiled loop of ``scan.match_patterns``, each pattern by its route: at its candidates,
    at the numbers' starts, near its keyword) finds what each pattern's regex finds in the trigger's stretches,
    leaving out what crosses a paragraph; ``search_spans`` the same in given stretches, without that rule."""
    nlp = make_nlp()
    for path in sorted((CORPUS / "articles").glob("*.json"))[::9]:
        doc = nlp(json.loads(path.read_text("utf-8"))["text"])
        view = doc._.view
        for label, skip in [
            (None, None),
            *[(p.label, None) for p in patterns.patterns_of(name)][:1],
        ]:
            got = [(p.id, m.span()) for p, m in matches(view, name, label, skip)]
            assert sorted(got) == sorted(_naive_matches(view, name, label, skip, True)), path.name
        spans = view.spans_for(name)
        got = [(p.id, m.span()) for p, m in search_spans(view, name, spans)]
        assert sorted(got) == sorted(_naive_matches(view, name, None, None, False, spans)), (
            path.name
        )
