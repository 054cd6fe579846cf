"""The study's name (design.py's name candidates): what is not the study's own name."""

from __future__ import annotations

from tests.helpers import name_of


def test_the_tail_of_a_longer_title_is_not_a_name() -> None:
    # a title-case word and 'and' / 'of' before the run of capitals: the pattern stopped inside a longer title
    assert (
        name_of("The women also took part in the Tehran Lipid and Glucose Study, begun in 1998.")
        is None
    )
    assert (
        name_of("Volition announced data from a multi-centered Proof of Concept Study of 84 men.")
        is None
    )
    # a name after a lower-case joining word is whole
    assert name_of("Data came from the Framingham Heart Study and were analyzed.") == (
        "Framingham Heart Study"
    )
    assert (
        name_of("The analysis of Framingham Heart Study data found more.")
        == "Framingham Heart Study"
    )


def test_a_name_in_a_sentence_about_another_study_is_not_the_studys() -> None:
    other = (
        "In a separate analysis, researchers used data from the PARADIGM-HF trial to model costs. "
        "The new study enrolled 300 patients."
    )
    assert name_of(other) is None
    own = "Researchers used data from the PARADIGM-HF trial to model costs. The study enrolled 300 patients."
    assert name_of(own) == "PARADIGM-HF"


def test_a_single_capital_is_no_name() -> None:
    # a name's letters spaced out in the text ('called the I rritable B owel S yndrome ... T rial'): not 'I'
    assert (
        name_of("IBgard was studied in a trial called the I rritable B owel S yndrome T rial.")
        is None
    )


def test_a_name_called_by_the_first_word_of_a_longer_title_is_not_read() -> None:
    # 'called' / 'known as' reads a one-word name; the first word of a title ('the Study of ...', 'the Trial to
    # ...', 'the Women's Health Initiative') is no name
    for text in (
        "The second study is a randomized trial called the Study of the Effectiveness of Additional "
        "Reductions in Cholesterol, with 12,064 patients.",
        "The trial, known as the Trial to Assess Chelation Therapy, enrolled 1,708 patients.",
        "Ever since the large government study called the Women’s Health Initiative found risks, "
        "the trial has enrolled women.",
    ):
        assert name_of(text) is None, text
    assert name_of("The study, called SPRINT, enrolled 9,361 people.") == "SPRINT"
    assert name_of("The study, known as Active, examined 2,800 people.") == "Active"
