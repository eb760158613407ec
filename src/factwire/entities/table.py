"""Entities of one article while they are being found, merged and resolved.

Drafts are mutable (mentions arrive from several components); :meth:`EntityTable.freeze`
turns them into the immutable :class:`factwire.model.Entity` records of the output, numbered
in order of first mention so that output ids are stable.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from factwire.model import Entity, EntityKind, Mention, MentionForm, Span
from factwire.model.keys import actor_key


@dataclass(eq=False)
class Draft:
    """An entity under construction; ``key`` is its identity inside the article."""

    key: str
    kind: EntityKind
    name: str
    country: str | None = None
    actor: str | None = None
    role: str | None = None
    canonical: str | None = None
    category: str | None = None
    mentions: dict[Span, Mention] = field(default_factory=dict)

    @property
    def actor_key(self) -> str | None:
        """Who this entity acts for (:func:`factwire.model.keys.actor_key`)."""
        return actor_key(self.kind, self.actor, self.country)

    @property
    def generic(self) -> bool:
        """A class of systems ("naval frigates", "air defense system"), not a named one."""
        return (self.canonical or "").startswith("class:")

    @property
    def last_name(self) -> str:
        return self.name.split()[-1] if self.name else ""

    def first(self) -> Span:
        return min(self.mentions)


# How far back (characters) a pronoun or title looks for what it refers to.
LOOKBACK = 20_000


class EntityTable:
    """Every entity of one article, indexed by key and by character offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.drafts: dict[str, Draft] = {}
        self._starts: list[int] = []
        self._by_start: list[tuple[Span, str]] = []

    def get_or_add(self, key: str, kind: EntityKind, name: str, **attrs: str | None) -> Draft:
        """The draft for ``key``, created with ``attrs`` if new; known attrs fill only gaps."""
        draft = self.drafts.get(key)
        if draft is None:
            draft = Draft(key=key, kind=kind, name=name)
            self.drafts[key] = draft
        for attr, value in attrs.items():
            if value is not None and getattr(draft, attr) is None:
                setattr(draft, attr, value)
        return draft

    def add_mention(self, key: str, span: Span, form: MentionForm = "name") -> None:
        """Attach ``span`` to entity ``key`` unless another entity already claims it."""
        self.add_shared_mention([key], span, form)

    def add_shared_mention(self, keys: list[str], span: Span, form: MentionForm) -> None:
        """Attach one unclaimed ``span`` to several entities at once: "the two leaders"
        names both of the leaders before it (``all_at`` returns them in this order)."""
        if self.at(span) is not None:
            return
        for key in keys:
            self.drafts[key].mentions[span] = Mention(span=span, text=span.text(self.text),
                                                      form=form)
            i = bisect.bisect_right(self._starts, span.start)  # after any key given before
            self._starts.insert(i, span.start)
            self._by_start.insert(i, (span, key))

    def reassign(self, key: str, span: Span, form: MentionForm = "name") -> None:
        """Give ``span`` to ``key``, taking it from the entities whose mentions overlap it
        (a listed item "AIM-9X Missiles" is its own system, not the class "missile")."""
        keep = [(s, k) for s, k in self._by_start if not s.overlaps(span)]
        for s, k in self._by_start:
            if s.overlaps(span):
                del self.drafts[k].mentions[s]
        self._by_start = keep
        self._starts = [s.start for s, _ in keep]
        self.add_mention(key, span, form)

    def add_implied(self, key: str, span: Span) -> None:
        """Also credit ``span`` to ``key`` without claiming it: "arrived in Amman" names the
        place and, implied, the state visited (EVENTS.md: a visit's host is a state)."""
        draft = self.drafts[key]
        draft.mentions.setdefault(span, Mention(span=span, text=span.text(self.text),
                                                form="metonym"))

    def at(self, span: Span) -> str | None:
        """Key of the entity with a mention overlapping ``span``, if any."""
        i = bisect.bisect_right(self._starts, span.end)
        for j in range(i - 1, max(-1, i - 8), -1):
            other, key = self._by_start[j]
            if other.overlaps(span):
                return key
        return None

    def all_at(self, span: Span) -> list[str]:
        """Keys of every entity with a mention overlapping ``span``, in text order ("U.S.-Russia"
        is one token that names two states)."""
        i = bisect.bisect_right(self._starts, span.end)
        keys = [key for other, key in self._by_start[max(0, i - 8):i] if other.overlaps(span)]
        return list(dict.fromkeys(keys))

    def in_range(self, start: int, end: int) -> list[tuple[Span, Draft]]:
        """Mentions whose span lies inside ``[start, end)``, in text order."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [(sp, self.drafts[k]) for sp, k in self._by_start[lo:hi] if sp.end <= end]

    def mentions_before(self, offset: int, window: int | None = LOOKBACK
                        ) -> list[tuple[Span, Draft]]:
        """Mentions that start before ``offset`` (within ``window`` characters of it, when
        given), nearest last. The window keeps pronoun look-ups linear on long texts; an
        antecedent further back than a long article is not meant."""
        lo = 0 if window is None else bisect.bisect_left(self._starts, offset - window)
        hi = bisect.bisect_left(self._starts, offset)
        return [(sp, self.drafts[k]) for sp, k in self._by_start[lo:hi]]

    def by_kind(self, kind: EntityKind) -> list[Draft]:
        return [d for d in self.drafts.values() if d.kind == kind and d.mentions]

    def freeze(self) -> tuple[tuple[Entity, ...], dict[str, str]]:
        """Immutable entities numbered E1.. by first mention, and the map key -> output id."""
        live = sorted((d for d in self.drafts.values() if d.mentions), key=Draft.first)
        ids = {d.key: f"E{i}" for i, d in enumerate(live, 1)}
        entities = tuple(
            Entity(
                id=ids[d.key], kind=d.kind, name=d.name, country=d.country,
                actor=d.actor if d.kind in ("person", "country", "organization") else None,
                role=d.role, canonical=d.canonical, category=d.category,
                mentions=tuple(d.mentions[s] for s in sorted(d.mentions)),
            )
            for d in live
        )
        return entities, ids
