"""A memo in front of spaCy's rule-based lemmatizer.

The English rule lemmatizer's answer depends only on the word, its coarse part of speech and
its morphology, yet it recomputes the rules for every token; news repeats the same few thousand
words, so remembering answers removes most of its cost with identical output (checked in
``tests/nlp``).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from factwire.nlp.types import Doc

COMPONENT = "factwire_cached_lemmatizer"


# The lemmatizer's word lists (nouns, verbs, adjectives, adverbs), per vocabulary.
_WORDS: dict[int, frozenset[str]] = {}


def dictionary_word(tok: Any) -> bool:
    """Whether ``tok``'s lower-cased text is an English word the lemmatizer's index lists
    ("rice", "bush"), so that a capitalised one may be a sentence's first word rather than
    a name ("Zelenskyy" is none). True when the pipeline has no such index: no guess."""
    words = _WORDS.get(id(tok.doc.vocab))
    return words is None or tok.lower_ in words


def english_words(nlp: Language) -> frozenset[str]:
    """The lemmatizer's index of English words (empty when the pipeline has none); the set
    the cached lemmatizer already read for this vocabulary when there is one."""
    if id(nlp.vocab) in _WORDS:
        return _WORDS[id(nlp.vocab)]
    if COMPONENT in nlp.pipe_names:
        return _index_words(getattr(nlp.get_pipe(COMPONENT), "lemmatizer", None))
    if "lemmatizer" in nlp.pipe_names:
        return _index_words(nlp.get_pipe("lemmatizer"))
    return frozenset()


def _index_words(lemmatizer: Any) -> frozenset[str]:
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") if pos in index
                     for w in index[pos])


class CachedLemmatizer:
    """Lemmas from ``lemmatizer.rule_lemmatize``, remembered by (text, POS, morphology)."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], str] = {}
        words = _index_words(lemmatizer)
        if words:
            _WORDS[id(lemmatizer.vocab)] = words

    def __call__(self, doc: Doc) -> Doc:
        cache = self.cache
        for tok in doc:
            if tok.lemma:  # set by an earlier component (attribute rules)
                continue
            key = (tok.orth, tok.pos, tok.morph.key)  # type: ignore[attr-defined]  # stub gap
            lemma = cache.get(key)
            if lemma is None:
                lemma = self.lemmatizer.rule_lemmatize(tok)[0]
                if len(cache) < 500_000:
                    cache[key] = lemma
            tok.lemma_ = lemma
        return doc


@Language.factory(COMPONENT, default_config={})
def make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe("lemmatizer"))
