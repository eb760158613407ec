"""A table-driven stand-in for spaCy's attribute ruler in the base pass.

The English pipeline's attribute ruler maps fine-grained tags (and some words) to coarse part
of speech, morphology and lemmas through a token Matcher: about a tenth of the pipeline's
time. The same patterns, read from the ruler when the model loads, are applied here: the
common single-token TAG/LOWER patterns by dictionary look-up, the few others (regular
expressions, two-token spellings such as "gonna") by direct evaluation, all in the ruler's
own order so that later patterns win as they do in spaCy. Patterns on the dependency label
cannot match before parsing and never match here either. ``tests/nlp`` checks the output is
identical to the ruler's.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language

from factwire.nlp.types import Doc, Token

COMPONENT = "factwire_fast_attributes"
Attrs = dict[str, str]
Cond = dict[str, Any]
_TABLE_KEYS = frozenset({"TAG", "LOWER"})


class FastAttributes:
    """Applies an attribute ruler's patterns without a Matcher."""

    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        self.table: list[tuple[int, frozenset[str] | None, frozenset[str] | None, Attrs]] = []
        self.other: list[tuple[int, list[Cond], int, Attrs]] = []
        for order, p in enumerate(patterns):
            seq: list[Cond] = p["patterns"][0]
            attrs = {k: v for k, v in p["attrs"].items() if k in ("POS", "MORPH", "LEMMA")}
            if any("DEP" in c for c in seq) or not attrs:
                continue  # needs the parse: cannot match in the base pass
            if len(seq) == 1 and set(seq[0]) <= _TABLE_KEYS and _tabular(seq[0]):
                self.table.append((order, _values(seq[0].get("TAG")),
                                   _values(seq[0].get("LOWER")), attrs))
            else:
                self.other.append((order, seq, int(p.get("index", 0)), attrs))
        self._cache: dict[tuple[str, str], list[tuple[int, Attrs]]] = {}
        self._starts: dict[tuple[str, str, bool], list[tuple[int, list[Cond], int, Attrs]]] = {}

    def _table_hits(self, tag: str, lower: str) -> list[tuple[int, Attrs]]:
        key = (tag, lower)
        hits = self._cache.get(key)
        if hits is None:
            hits = [(order, attrs) for order, tags, lowers, attrs in self.table
                    if (tags is None or tag in tags) and (lowers is None or lower in lowers)]
            self._cache[key] = hits
        return hits

    def _rules_starting(self, tok: Token) -> list[tuple[int, list[Cond], int, Attrs]]:
        """The other rules whose first condition this token meets (cached by its features)."""
        key = (tok.tag_, tok.lower_, tok.is_space)
        rules = self._starts.get(key)
        if rules is None:
            rules = [r for r in self.other if _matches(tok, r[1][0])]
            self._starts[key] = rules
        return rules

    def __call__(self, doc: Doc) -> Doc:
        extra: dict[int, list[tuple[int, Attrs]]] = {}
        n = len(doc)
        for tok in doc:
            for order, seq, index, attrs in self._rules_starting(tok):
                start = tok.i
                if start + len(seq) <= n and all(
                        _matches(doc[start + k], c) for k, c in enumerate(seq[1:], 1)):
                    extra.setdefault(start + index, []).append((order, attrs))
        for tok in doc:
            hits = self._table_hits(tok.tag_, tok.lower_)
            if tok.i in extra:
                hits = sorted([*hits, *extra[tok.i]], key=lambda h: h[0])
            for _, attrs in hits:
                _apply(tok, attrs)
        return doc


def _apply(tok: Token, attrs: Attrs) -> None:
    if "POS" in attrs:
        tok.pos_ = attrs["POS"]
    if "MORPH" in attrs:
        tok.set_morph(  # type: ignore[attr-defined]  # in spaCy, missing from its stub
            attrs["MORPH"] if attrs["MORPH"] != "_" else None)
    if "LEMMA" in attrs:
        tok.lemma_ = attrs["LEMMA"]


def _tabular(cond: Cond) -> bool:
    return all(_values(v) is not None for v in cond.values())


def _values(spec: Any) -> frozenset[str] | None:
    if spec is None:
        return None
    if isinstance(spec, str):
        return frozenset({spec})
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return frozenset(spec["IN"])
    return None


def _matches(tok: Token, cond: Cond) -> bool:
    for key, spec in cond.items():
        value: Any
        if key == "TAG":
            value = tok.tag_
        elif key == "LOWER":
            value = tok.lower_
        elif key == "IS_SPACE":
            value = tok.is_space
        else:
            return False
        if not _test(value, spec):
            return False
    return True


def _test(value: Any, spec: Any) -> bool:
    if isinstance(spec, dict):
        if "IN" in spec:
            return bool(value in spec["IN"])
        if "NOT_IN" in spec:
            return bool(value not in spec["NOT_IN"])
        if "REGEX" in spec:
            return re.search(spec["REGEX"], str(value)) is not None
        return False
    return bool(value == spec)


@Language.factory(COMPONENT, default_config={})
def make_fast_attributes(nlp: Language, name: str) -> FastAttributes:
    ruler: Any = nlp.get_pipe("attribute_ruler")
    return FastAttributes(list(ruler.patterns))
