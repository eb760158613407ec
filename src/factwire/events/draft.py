"""Events while they are being found and merged inside one article."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from factwire.events.frames import Sentence
from factwire.events.spec import spec_of
from factwire.model import Money, Span, TimeValue

# Producers of trained proposers start with this: their mentions yield to the rules' ones.
PROPOSED_PREFIX = "learned."


@dataclass
class EventDraft:
    """One mention of an event; roles hold entity keys, literals hold strings."""

    kind: str
    sentence: Sentence
    trigger: Span
    roles: dict[str, list[str]] = field(default_factory=dict)
    literals: dict[str, str] = field(default_factory=dict)
    evidence: list[Span] = field(default_factory=list)
    time: TimeValue | None = None
    status: str | None = None
    quantity: int | None = None
    value: Money | None = None
    modality: str = "asserted"
    variant: str | None = None
    time_role: str | None = None
    confidence: float = 0.6
    producer: str = ""
    merged_from: int = 1
    habitual: bool = False

    def copy(self, **changes: object) -> EventDraft:
        """An independent copy (roles and lists are not shared), with ``changes`` applied."""
        twin = dataclasses.replace(self, roles={r: list(v) for r, v in self.roles.items()},
                                   literals=dict(self.literals), evidence=list(self.evidence))
        for name, value in changes.items():
            setattr(twin, name, value)
        return twin

    def add(self, role: str, keys: list[str]) -> None:
        slot = self.roles.setdefault(role, [])
        slot.extend(k for k in keys if k not in slot)

    def keys(self, role: str) -> list[str]:
        return self.roles.get(role, [])

    @property
    def proposed(self) -> bool:
        """Found by a trained proposer rather than a rule (``producer`` says which)."""
        return self.producer.startswith(PROPOSED_PREFIX)


def status_rank(kind: str, status: str | None) -> int:
    """Later steps outrank earlier ones when mentions of one event are merged (spec ladder)."""
    spec = spec_of(kind)
    return spec.status_rank(status) if spec is not None else -1


def key_roles(kind: str) -> tuple[str, ...]:
    """Roles that identify an event of ``kind`` (EVENTS.md section 2, marked *)."""
    spec = spec_of(kind)
    return spec.key_roles if spec is not None else ()
