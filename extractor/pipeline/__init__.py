"""The extraction pipeline: its order and settings live here, in ``PIPELINE``.

``make_nlp()`` builds it on a blank English pipeline whose tokenizer splits on whitespace only
(``TOKENIZER``); the pipeline is rule-based. The trained model
(en_core_web_sm 3.8.0, sha256-verified) is opt-in (``use_model=True``, the CLI's ``--model``): its
``trial_people`` component has the NER confirm weakly cued investigator names, on a few words around
each. It is off by default: on the real-news file its NER disagreed with the rules (names after 'led by'
or 'lead author' kept unless they hold an organisation word, ``person_filters.jsonl``) on 3 of 412 names,
and was wrong on all 3 (non-Western names it did not tag as people), at a few percent of the run time
and almost a second of loading.
"""

from __future__ import annotations

import gc
import warnings
from functools import cache
from typing import Any

import spacy
from spacy.attrs import IS_SPACE, LOWER, NORM
from spacy.language import Language

# scispaCy's abbreviation detector builds a global matcher with no patterns and spaCy warns (W036) on
# every document; the warning is about its design, not our input.
warnings.filterwarnings("ignore", message=r".*\[W036\]")

# Registers the factories and extensions.
from extractor.pipeline import factories as _factories  # noqa: F401, E402
from extractor.pipeline import tokenizer as _tokenizer  # noqa: F401, E402

#: (component name, factory, config): the pipeline, in order.
PIPELINE: list[tuple[str, str, dict[str, Any]]] = [
    ("trial_sections", "trial_sections", {}),
    ("trial_design", "trial_design", {}),
    # Rules out, from the design facts alone, articles no stated size could make a report; the numbers,
    # size and follow-up components below skip those.
    ("trial_screen", "trial_screen", {}),
    ("trial_numbers", "trial_numbers", {}),
    ("trial_enrollment", "trial_enrollment", {}),
    ("trial_follow_up", "trial_follow_up", {}),
    # Decides is_trial_report from the cheap facts above; the detail extractors below run only on reports.
    ("trial_classifier", "trial_classifier", {}),
    ("trial_abbreviations", "trial_abbreviations", {}),
    ("trial_arms", "trial_arms", {}),
    ("trial_outcomes", "trial_outcomes", {}),
    ("trial_context", "trial_context", {}),
    ("trial_people", "trial_people", {"max_sentences": 1}),
    ("trial_conclusions", "trial_conclusions", {}),
]


#: The pipeline's tokenizer: spaCy's, splitting on whitespace only (``extractor.pipeline.tokenizer``: no
#: component reads linguistic tokens); ``make_nlp(spacy_tokens=True)`` uses spaCy's English tokenizer instead.
TOKENIZER = "trialfacts.WhitespaceTokenizer.v1"


#: the lexical attributes the default pipeline's vocab computes for a new word (see ``make_nlp``): its lower
#: case, its norm, and whether it is whitespace (spaCy's own code reads that one)
_LEXEME_ATTRS = (LOWER, NORM, IS_SPACE)


def make_nlp(use_model: bool = False, spacy_tokens: bool = False) -> Language:
    """A fresh pipeline. ``use_model=True`` adds the one component that needs the trained model;
    ``spacy_tokens=True`` makes the Doc's tokens with spaCy's English tokenizer (for a pipeline that adds
    components reading tokens), at about a fifth more time, with the same records."""
    nlp_config = {} if spacy_tokens else {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}}
    nlp = spacy.blank("en", config=nlp_config)
    if not spacy_tokens:
        # No component reads a token's lexical attributes (tests/pipeline/test_tokenizer.py: the same records
        # with spaCy's English tokens and all of them), and whitespace tokens ('months.', '(OS)') are no words
        # to ask them of: a word's lexeme keeps its lower case, norm and is_space, not the other twenty that
        # English computes, in Python, for every word the vocab first meets (0.85 s of a first pass over the
        # real-news file, as an ingest is)
        vocab: Any = nlp.vocab  # (spaCy's type stubs leave lex_attr_getters out)
        vocab.lex_attr_getters = {
            k: getter for k, getter in vocab.lex_attr_getters.items() if k in _LEXEME_ATTRS
        }
    for name, factory, config in PIPELINE:
        if name == "trial_people" and not use_model:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter(
                "ignore"
            )  # scispaCy's matcher warns that it starts with no patterns
            nlp.add_pipe(factory, name=name, config=config)
    return nlp


def warm_up(use_model: bool = False) -> None:
    """Load now what the pipeline otherwise loads on first use: every pattern file and cue list (compiled,
    with their pre-filter plans) and, with ``use_model``, the verified trained model. One-time costs, kept
    out of a benchmark's throughput figure and a long run's first batch. For processes that run the
    pipeline for long (the benchmark, ingest workers): it also freezes the objects loaded so far
    (``gc.freeze``)."""
    from extractor.checks.cues import all_cues
    from extractor.components.text import anchor_keyword, trigger_parts
    from extractor.ingest.normalize import boilerplate_tests
    from extractor.patterns import load, names, scan, trigger

    for name in names():
        trigger(name)
        for part in trigger_parts(name):  # the trigger's parts as the components scan them
            scan.plan(part)
        for p in load(name):
            scan.plan(p.fast, p.lead)
            scan.span_needs(p.fast)  # (read from the regex by re's parser: a cost once a pattern)
            anchor = p.extra.get("anchor")
            if isinstance(anchor, dict):  # a keyword-anchored pattern's keyword
                keyword, lead = anchor_keyword(anchor["regex"], p.case)
                scan.plan(keyword, lead)
                scan.span_needs(keyword)
    for c in all_cues():
        scan.plan(c.fast, c.lead)
        scan.span_needs(c.fast)
    boilerplate_tests()  # the cleaning's line tests
    if use_model:
        from extractor.pipeline.model import load_ner

        load_ner()
    # What is loaded now lives as long as the process: moved out of the cyclic collector's sight, it is no
    # longer walked by every full collection of a long run (about 1.5% of a run over the real-news file)
    gc.collect()
    gc.freeze()


@cache
def get_nlp(use_model: bool = False) -> Language:
    """The pipeline, built once a process."""
    return make_nlp(use_model)
