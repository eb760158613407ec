"""Actor and entity keys (EVENTS.md section 2, "Actors and keys"), derived here and only here.

Events (matching mentions inside an article), dedup (matching across articles), the store,
the queries and the scorer all compare entities through these two functions, so that a
person, a ministry and a state agree on who acts for whom everywhere.
"""

from __future__ import annotations

import re
import unicodedata

ACTING_KINDS = frozenset({"person", "country", "organization"})


def actor_key(kind: str, actor: str | None, country: str | None) -> str | None:
    """Who an entity acts for: its actor key, else the country of an entity that can act.

    A place or a weapon has a country but acts for nobody, so it gets ``None``.
    """
    if actor:
        return actor
    return country if country and kind in ACTING_KINDS else None


def slug(text: str) -> str:
    """Lower-case ASCII with hyphens: "Sergeï  Shoigu" -> "sergei-shoigu"."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "unnamed"


def entity_key(kind: str, name: str, canonical: str | None, actor: str | None,
               country: str | None) -> str:
    """The cross-article identity of an entity: its gazetteer id, else kind and name.

    States and organisations without a gazetteer id fall back to their actor key, so
    "India" and "New Delhi's government" (both ``IND``) stay apart only by kind.
    """
    if canonical:
        return canonical
    if kind in ("country", "organization") and (actor or country):
        return f"{kind}:{actor or country}"
    return f"{kind}:{slug(name)}"
