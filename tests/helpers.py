"""Small Docs built by hand: a blank tokenizer, sentences, and only the components under test."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

import extractor.pipeline  # noqa: F401  (registers the factories)


def run(text: str, *components: str) -> Doc:
    nlp = spacy.blank("en")
    nlp.add_pipe("trial_sections")
    for name in components:
        nlp.add_pipe(name)
    return nlp(text)
