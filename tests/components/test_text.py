"""``extractor.components.text``: the TextView's per-text answers (``once``)."""

from __future__ import annotations

from extractor.components.classify import other_study_mentions, other_study_sentences
from extractor.components.sentences import split_sentences
from extractor.components.text import TextView


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
