"""The pipeline's tokenizer: the Doc's tokens are the text's whitespace-separated words.

Every trialfacts component reads the text by character offsets (``TextView``, the patterns' own word index),
never the Doc's tokens: the Doc carries the text, the sentence starts and the ``Doc._`` results. spaCy's
English tokenizer, which splits punctuation, contractions and affixes off each word, cost a fifth of the
extraction's time for tokens nothing read. The pipeline's tokenizer is spaCy's ``Tokenizer`` with no rules
(no prefixes, suffixes, infixes or special cases): it splits on whitespace only, in spaCy's own code, about
four times faster, and the records are the same.

It keeps spaCy's conventions: ``doc.text`` is the input exactly; a single space after a word is that word's
``whitespace_``; any other run of whitespace (a paragraph break, two spaces) is a token of its own. What it
does not do is split 'survival,' into 'survival' and ','. A pipeline that adds components which need
linguistic tokens (a tagger, a parser, a Matcher on punctuation) builds with
``make_nlp(spacy_tokens=True)`` and gets spaCy's English tokenizer; the records are the same either way.
Where trialfacts itself needs linguistic tokens (scispaCy's abbreviation detector, the opt-in NER) it makes
them with spaCy's English tokenizer on the few words concerned.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

#: words (whitespace-separated strings) whose tokens the tokenizer keeps cached. spaCy's default, 10,000, is
#: full after a few hundred news articles (the real-news file has 108,000 distinct ones): every word past it
#: was split anew on every later pass, 271,000 a pass over that file, a third of the tokenizer's time. The
#: cache holds about 170 bytes a word (the extraction benchmark's peak memory went from 250 to 268 MB with
#: the file's 108,000), so this cap holds a long ingest's cache to about 40 MB.
CACHE_SIZE = 250_000


@registry.tokenizers("trialfacts.WhitespaceTokenizer.v1")
def create_whitespace_tokenizer() -> Callable[[Language], Tokenizer]:
    """The pipeline's tokenizer (module docstring), registered so that a pipeline's config names it
    (``[nlp.tokenizer]``) and ``nlp.to_disk`` / ``spacy.load`` rebuild it."""

    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab, max_cache_size=CACHE_SIZE)

    return create


def english_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's own tokenizer for ``nlp``'s language, on ``nlp``'s vocab (for the components that need
    linguistic tokens on a few words, whatever tokenizer the pipeline itself uses)."""
    tokenizer: Tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
    return tokenizer
