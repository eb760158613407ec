"""Grammatical agreement for coreference: "she" is not the person the article names Alexander.

The gender a first name usually carries comes from ``gender-guesser`` (a maintained list of
about 40,000 first names across countries); a name it does not know, knows for both or only
mostly for one, agrees with either pronoun. Only the first name decides. The list is wrong for
some people (names borne by women in one country and men in another), so coreference uses
agreement to choose among candidates, never to leave a pronoun without any.
"""

from __future__ import annotations

import functools

from factwire.entities.table import Draft

_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                   "she": "female", "her": "female", "hers": "female", "herself": "female"}
_KNOWN = {"male": "male", "female": "female"}  # "mostly_…" and "andy" names stay open


@functools.cache
def _detector() -> object:
    import gender_guesser.detector as guesser  # noqa: PLC0415 (a 40k-line table, read once)

    return guesser.Detector(case_sensitive=False)


@functools.cache
def name_gender(first: str) -> str | None:
    """"male", "female", or None when the first name does not tell."""
    if not first.isalpha() or len(first) < 2:
        return None
    found = _detector().get_gender(first)  # type: ignore[attr-defined]
    return _KNOWN.get(str(found))


def agrees(draft: Draft, pronoun: str) -> bool:
    """Whether ``pronoun`` can refer to the person ``draft`` (True when either is unknown)."""
    want = _PRONOUN_GENDER.get(pronoun.lower())
    if want is None or draft.kind != "person" or not draft.name:
        return True
    have = name_gender(draft.name.split()[0])
    return have is None or have == want
