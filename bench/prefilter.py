"""How much text a sentence pre-filter could spare the statistical models (issue 13).

    .venv/bin/python bench/prefilter.py [--limit N] [--shared ../shared]

Issue 13 suggests running tok2vec and NER only on sentences that can hold a fact. This counts,
on the Guardian sample, the share of tokens in sentences that hold an event trigger word of
any kind's lexicon (a crude inflection allowed), a quotation mark or a verb of saying, alone
and with the sentence before each (coreference needs its antecedent). If that share is high,
the filter cannot buy much speed: tok2vec and NER cost in proportion to the tokens they see.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable

import guardian  # the sibling module: scripts run as `python bench/NAME.py`

_QUOTES = frozenset('"“”‘’\'')
_SAYING = frozenset({"said", "says", "told", "added", "warned", "according", "stated",
                     "tweeted", "wrote"})
_ENDINGS = ("s", "es", "ed", "d", "ing")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    guardian.add_arguments(ap, limit=80, limit_help="the first N articles (0: all)")
    args = ap.parse_args()
    articles = guardian.articles(args)
    if articles is None:
        return 1

    import spacy  # noqa: PLC0415  (after argument parsing: --help stays fast)

    from factwire.events.lexicon import load_lexicon  # noqa: PLC0415
    triggers = load_lexicon().trigger_words
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    total = kept = with_before = 0
    for doc in nlp.pipe(a.text for a in articles):
        sents = list(doc.sents)
        flags = [_can_hold(s, triggers) for s in sents]
        for i, sent in enumerate(sents):
            total += len(sent)
            kept += len(sent) if flags[i] else 0
            nxt = i + 1 < len(sents) and flags[i + 1]
            with_before += len(sent) if flags[i] or nxt else 0
    print(f"articles: {len(articles)}  tokens: {total}")
    print(f"tokens in sentences with a trigger, quotation or verb of saying: {kept / total:.1%}")
    print(f"... and in the sentence before each of those: {with_before / total:.1%}")
    return 0


def _can_hold(sent: Iterable[object], triggers: frozenset[str]) -> bool:
    words = [str(t).lower() for t in sent]
    return any(w in _SAYING or w in _QUOTES or _trigger(w, triggers) for w in words)


def _trigger(word: str, triggers: frozenset[str]) -> bool:
    return word in triggers or any(word.endswith(e) and word[: -len(e)] in triggers
                                   for e in _ENDINGS)


if __name__ == "__main__":
    sys.exit(main())
