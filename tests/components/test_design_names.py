"""The study's name (design.py's name candidates): what is not the study's own name."""

from __future__ import annotations

from tests.helpers import run


def _name_of(text: str) -> str | None:
    n = run(text, "trial_design")._.study.name
    return None if n is None else n.value


def test_the_tail_of_a_longer_title_is_not_a_name() -> None:
    # a title-case word and 'and' / 'of' before the run of capitals: the pattern stopped inside a longer title
    assert (
        _name_of("The women also took part in the Tehran Lipid and Glucose Study, begun in 1998.")
        is None
    )
    assert (
        _name_of("Volition announced data from a multi-centered Proof of Concept Study of 84 men.")
        is None
    )
    # a name after a lower-case joining word is whole
    assert _name_of("Data came from the Framingham Heart Study and were analyzed.") == (
        "Framingham Heart Study"
    )
    assert (
        _name_of("The analysis of Framingham Heart Study data found more.")
        == "Framingham Heart Study"
    )


def test_a_name_in_a_sentence_about_another_study_is_not_the_studys() -> None:
    other = (
        "In a separate analysis, researchers used data from the PARADIGM-HF trial to model costs. "
        "The new study enrolled 300 patients."
    )
    assert _name_of(other) is None
    own = "Researchers used data from the PARADIGM-HF trial to model costs. The study enrolled 300 patients."
    assert _name_of(own) == "PARADIGM-HF"


def test_a_single_capital_is_no_name() -> None:
    # a name's letters spaced out in the text ('called the I rritable B owel S yndrome ... T rial'): not 'I'
    assert (
        _name_of("IBgard was studied in a trial called the I rritable B owel S yndrome T rial.")
        is None
    )
