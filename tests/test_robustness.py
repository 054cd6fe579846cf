"""Bad and random input: extraction never raises, and evidence always points into the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.api import extract_text

PIECES = st.sampled_from(
    [
        "randomized",
        "trial",
        "enrolled",
        "256",
        "women",
        "of the",
        "125",
        "to the surgery group",
        ",",
        ".",
        "\n\n",
        "HR 0.72",
        "(95% CI 0.60-0.87)",
        "p<0.001",
        "median of 53 months of follow-up",
        "“",
        "”",
        "Khan said",
        "Dr. Smith",
        "funded by the",
        "NIH",
        "published in",
        "JAMA",
        "placebo",
        "phase 3",
        "two hundred",
        "%",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, min_size=0, max_size=60).map(" ".join))
def test_trial_like_noise(nlp, text: str) -> None:
    if not text.strip():
        return
    record = extract_text(text, nlp=nlp)
    for items in record.evidence.values():
        for e in items:
            assert record.source.text[e.start : e.end] == e.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=400).filter(lambda t: t.strip()))
def test_arbitrary_unicode(nlp, text: str) -> None:
    try:
        record = extract_text(text, nlp=nlp)
    except Exception as exc:  # only our own, clear errors are allowed
        from extractor.errors import InputError

        assert isinstance(exc, InputError)
        return
    assert record.source.text
