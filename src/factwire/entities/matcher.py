"""Finding gazetteer names in a spaCy Doc with phrase matchers built once per process.

Names of people, states, organisations and places match case-sensitively (so "US" is not "us");
weapon designations match case-insensitively ("s-400", "S-400").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from spacy.language import Language
from spacy.tokenizer import Tokenizer

from factwire.gazetteer import Gazetteer
from factwire.nlp.lemmas import english_words
from factwire.nlp.types import Doc


@dataclass(frozen=True, slots=True)
class GazMatch:
    """A gazetteer name found at tokens ``[start, end)``."""

    start: int
    end: int
    kind: str
    canonical: str


class GazetteerMatcher:
    """Two PhraseMatchers (exact case, lower case) over every gazetteer surface form."""

    def __init__(self, nlp: Language, gz: Gazetteer) -> None:
        from spacy.matcher import PhraseMatcher  # noqa: PLC0415

        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._labels: dict[int, tuple[str, str]] = {}
        exact: dict[str, list[str]] = {}
        lower: dict[str, list[str]] = {}
        seen: set[tuple[str, str, str]] = set()
        words = english_words(nlp)
        for surface, kind, canonical in gz.surface_forms(include_classes=True):
            if not surface.strip() or (surface, kind, canonical) in seen:
                continue
            seen.add((surface, kind, canonical))
            label = f"{kind}|{canonical}"
            target = lower if kind == "weapon" else exact
            forms = [surface, *_house_style(surface, kind, words)]
            if kind == "weapon" and not surface.endswith("s") and surface[-1:].isalnum():
                forms.append(surface + "s")  # "F-16s", "S-400s", "Rafales"
            forms += [f.replace("'", "\u2019") for f in forms if "'" in f]  # typeset
            # apostrophes: "Hay’at Tahrir al-Sham" as the gazetteer's "Hay'at"
            target.setdefault(label, []).extend(forms)
        for matcher, table in ((self._exact, exact), (self._lower, lower)):
            for label, surfaces in table.items():
                key = nlp.vocab.strings.add(label)
                kind, canonical = label.split("|", 1)
                self._labels[key] = (kind, canonical)
                matcher.add(label, list(cast(Tokenizer, nlp.tokenizer).pipe(surfaces)))

    def __call__(self, doc: Doc) -> list[GazMatch]:
        """Longest non-overlapping matches, earliest first."""
        raw = [*self._exact(doc), *self._lower(doc)]
        raw.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        taken: set[int] = set()
        out: list[GazMatch] = []
        for key, start, end in raw:
            if any(i in taken for i in range(start, end)):
                continue
            taken.update(range(start, end))
            kind, canonical = self._labels[key]
            out.append(GazMatch(start, end, kind, canonical))
        out.sort(key=lambda m: m.start)
        return _absorb_classes(out)


def _absorb_classes(matches: list[GazMatch]) -> list[GazMatch]:
    """"Project 11356 frigates": a class word right after a named system is part of its name."""
    out: list[GazMatch] = []
    for m in matches:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "weapon" and m.kind == "weapon"
                and m.canonical.startswith("class:") and not prev.canonical.startswith("class:")
                and prev.end == m.start):
            out[-1] = GazMatch(prev.start, m.end, prev.kind, prev.canonical)
            continue
        out.append(m)
    return out


def _house_style(surface: str, kind: str, words: frozenset[str]) -> list[str]:
    """The form British papers give an acronym said as a word: "Ecowas", "Unicef" for
    ECOWAS, UNICEF (four letters or more, and not an English word: "SHAPE" stays as it is)."""
    if not words or kind != "organization" or len(surface) < 4 or not surface.isalpha() or (
            not surface.isupper()) or surface.lower() in words:  # no word list: no guess
        return []
    return [surface.capitalize()]
