from __future__ import annotations

import json

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokenizer import Tokenizer

from extractor.pipeline import make_nlp
from tests.conftest import CORPUS

TOKENIZER = make_nlp().tokenizer


def tokens(text: str) -> list[str]:
    return [t.text_with_ws for t in TOKENIZER(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        (" ", [" "]),
        (
            "Overall survival (OS) was 54 months.",
            ["Overall ", "survival ", "(OS) ", "was ", "54 ", "months."],
        ),
        ("ends.\n\nNext", ["ends.", "\n\n", "Next"]),
        ("two  spaces", ["two ", " ", "spaces"]),
        ("line \n break", ["line ", "\n ", "break"]),
        (" lead and trail ", [" ", "lead ", "and ", "trail "]),
        ("tab\there", ["tab", "\t", "here"]),
    ],
)
def test_words_as_written(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab.(), \n\t\xa0\u2009")), max_size=40))
def test_doc_text_is_the_input(text: str) -> None:
    doc = TOKENIZER(text)
    assert doc.text == text
    for token in doc:
        # a token is a word with no whitespace in it, or whitespace only
        assert token.is_space or not any(c.isspace() for c in token.text)


@settings(deadline=None)
@given(st.text(max_size=60))
def test_any_text_round_trips(text: str) -> None:
    assert TOKENIZER(text).text == text


def test_the_cache_keeps_the_words_of_many_articles() -> None:
    """spaCy's default cache (10,000 words) is full after a few hundred articles; words past it are split anew
    on every pass. The pipeline's tokenizer keeps far more (and the pipeline rebuilt from its config too), and
    the same tokens come out of the cache."""
    from extractor.pipeline.tokenizer import CACHE_SIZE

    tokenizer = make_nlp().tokenizer
    assert tokenizer.max_cache_size == CACHE_SIZE >= 100_000
    text = " ".join(f"w{i}." for i in range(20_000))
    first = [t.text for t in tokenizer(text)]
    assert [t.text for t in tokenizer(text)] == first
    nlp = make_nlp()
    rebuilt = spacy.blank("en", config={"nlp": {"tokenizer": nlp.config["nlp"]["tokenizer"]}})
    assert rebuilt.tokenizer.max_cache_size == CACHE_SIZE


def test_pipeline_tokenizers() -> None:
    nlp = make_nlp()
    assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": "trialfacts.WhitespaceTokenizer.v1"}
    assert [t.text for t in nlp("(OS) was 54%.")] == ["(OS)", "was", "54%."]
    english = make_nlp(spacy_tokens=True)
    assert isinstance(english.tokenizer, Tokenizer)
    assert [t.text for t in english("(OS) was 54%.")] == ["(", "OS", ")", "was", "54", "%", "."]


def test_default_pipeline_computes_only_lower_norm_and_space_for_new_words() -> None:
    """The whitespace-token pipeline's vocab gives a new word its lower case, norm and is_space only; spaCy's English
    tokens keep every lexical attribute (a pipeline that adds token-reading components builds with them)."""
    from spacy.attrs import IS_SPACE, LOWER, NORM

    nlp = make_nlp()
    assert set(nlp.vocab.lex_attr_getters) == {LOWER, NORM, IS_SPACE}
    doc = nlp("Twenty-two PATIENTS (OS) were treated.")
    assert [t.lower_ for t in doc] == ["twenty-two", "patients", "(os)", "were", "treated."]
    english = make_nlp(spacy_tokens=True)
    assert len(english.vocab.lex_attr_getters) > 2
    assert english("twenty patients")[0].like_num


def test_pipeline_serializes(tmp_path) -> None:
    make_nlp().to_disk(tmp_path / "nlp")
    again = spacy.load(tmp_path / "nlp")
    assert [t.text for t in again("(OS) was 54%.")] == ["(OS)", "was", "54%."]
    assert again("A randomized trial of 40 people.").text == "A randomized trial of 40 people."


def test_sentence_starts_on_word_tokens() -> None:
    doc = make_nlp()("The trial enrolled 40 people. It ran for two years.\n\nA second paragraph.")
    assert [s.text for s in doc.sents] == [
        "The trial enrolled 40 people.",
        "It ran for two years.\n\n",
        "A second paragraph.",
    ]


def test_abbreviations_read_on_a_word_tokenized_doc() -> None:
    # the detector needs '(OS)' split into three tokens: it gets spaCy's tokens on its window, whatever the
    # Doc's own are
    nlp = make_nlp()
    doc = nlp.make_doc("The main goal was overall survival (OS). OS was 54 months in both arms.")
    for name in ("trial_sections", "trial_abbreviations"):
        doc = nlp.get_pipe(name)(doc)
    assert [(short, long) for short, long, _, _ in doc._.abbreviation_pairs] == [
        ("OS", "overall survival"),
        ("OS", "overall survival"),
    ]


def test_same_records_with_spacy_tokens(corpus_records) -> None:
    """The records do not depend on the Doc's tokens: spaCy's English tokenizer gives every corpus record
    as the word tokenizer does."""
    from extractor.api import extract_path

    nlp = make_nlp(spacy_tokens=True)
    for line in (CORPUS / "MANIFEST.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        record = next(extract_path(CORPUS / row["path"], nlp))
        ours = corpus_records[row["id"]]
        assert record.model_dump(exclude={"extractor_version"}) == ours.model_dump(
            exclude={"extractor_version"}
        ), row["id"]
