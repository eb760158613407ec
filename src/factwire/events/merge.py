"""Merging the mentions of one real-world event inside an article (EVENTS.md section 3)."""

from __future__ import annotations

from factwire.entities.table import EntityTable
from factwire.events.actors import key_of
from factwire.events.draft import EventDraft, key_roles, status_rank
from factwire.events.spec import spec_of
from factwire.gazetteer import Place, load_gazetteer


def role_keys(draft: EventDraft, role: str, table: EntityTable) -> frozenset[str]:
    """What identifies a role for matching: actor keys for actors, entity keys otherwise."""
    keys = draft.keys(role)
    spec = spec_of(draft.kind)
    found = spec.role(role) if spec is not None else None
    if found is not None and found.is_actor:
        return frozenset(k for k in (key_of(table.drafts[x]) for x in keys) if k)
    if found is not None and found.type == "place":
        # a force in Manbij and the same force in Syria are one presence: places compare
        # by their state where it is known
        return frozenset((d.country if (d := table.drafts.get(x)) is not None and d.country
                          else x) for x in keys)
    return frozenset(keys)


def same_event(a: EventDraft, b: EventDraft, table: EntityTable) -> bool:
    """Same kind, equal key roles where both know them, at least one shared, no date clash."""
    if a.kind != b.kind:
        return False
    shared = 0
    for role in key_roles(a.kind):
        ka, kb = role_keys(a, role, table), role_keys(b, role, table)
        if ka and kb:
            if ka != kb:
                return False
            shared += 1
    spec = spec_of(a.kind)
    system = spec.system_role if spec is not None else None
    if system is not None and not (a.keys(system) and a.keys(system) == b.keys(system)):
        return False
    if system is not None and a.quantity and b.quantity and a.quantity != b.quantity:
        return False  # 800 Stingers now and 600 before are two transfers of one system
    if _subjects_differ(a, b) or _states_differ(a, b, table):
        return False
    return shared > 0 and not _dates_clash(a, b) and not _tenses_clash(a, b)


def _states_differ(a: EventDraft, b: EventDraft, table: EntityTable) -> bool:
    """Two meetings of the same sides held in two states are two meetings (a bilateral in
    Hiroshima, a ministers' meeting in Canberra)."""
    if a.kind != "meeting":
        return False
    sa, sb = _place_state(a, table), _place_state(b, table)
    if sa is not None and sb is not None and sa != sb:
        return True
    ca, cb = _city(a, table), _city(b, table)
    return ca is not None and cb is not None and ca != cb


def _city(d: EventDraft, table: EntityTable) -> str | None:
    """The gazetteer city a meeting was held in: talks in Sochi and talks in Moscow are two
    meetings, though one state holds both (a palace or "the Kremlin" is no city, so it
    never splits a meeting from its city)."""
    keys = d.keys("place")
    draft = table.drafts.get(keys[0]) if keys else None
    if draft is None or not draft.canonical:
        return None
    record = load_gazetteer().get(draft.canonical)
    return draft.canonical if isinstance(record, Place) and record.kind == "city" else None


# Kinds whose event is one encounter of its sides at one time
ENCOUNTERS = frozenset({"meeting", "visit", "call"})


def _tenses_clash(a: EventDraft, b: EventDraft) -> bool:
    """A dated encounter that happened and one still to come are two ("welcomed X on May 1
    ... the ministers will meet in Washington"). A presence or a transfer spans time: its
    past and coming steps are one event."""
    if a.kind not in ENCOUNTERS:
        return False
    for done, coming in ((a, b), (b, a)):
        if done.modality == "asserted" and done.time is not None and coming.modality == (
                "future") and coming.time is None:
            return True
    return False


def _subjects_differ(a: EventDraft, b: EventDraft) -> bool:
    """Two agreements of the same parties about different things are two agreements."""
    sa, sb = a.literals.get("subject"), b.literals.get("subject")
    if a.kind != "agreement" or not sa or not sb:
        return False
    wa = {w for w in sa.lower().split() if len(w) > 3} - _ACCORD_WORDS
    wb = {w for w in sb.lower().split() if len(w) > 3} - _ACCORD_WORDS
    return not (wa & wb)


# Words any accord's subject may hold: sharing them says nothing of sharing a subject.
_ACCORD_WORDS = frozenset({"agreement", "agreements", "deal", "deals", "accord", "accords",
                           "pact", "pacts", "treaty", "treaties", "memorandum"})


# Kinds whose event is a standing state: its mentions carry the dates they were reported
# ("on Tuesday", "last month"), not dates that tell two presences apart
_STANDING = frozenset({"deployment"})


def _dates_clash(a: EventDraft, b: EventDraft) -> bool:
    if a.kind in _STANDING and a.keys("place") == b.keys("place"):
        return False  # the same place named alike; "Afrin" and "Syria" may be two presences
    sa = a.time.start if a.time else None
    sb = b.time.start if b.time else None
    if not sa or not sb:
        return False
    if a.time_role and b.time_role and a.time_role != b.time_role:
        return False  # an order in 2017 and its delivery in July: two steps of one transfer
    return not (sa.startswith(sb) or sb.startswith(sa))


def absorb(into: EventDraft, other: EventDraft) -> None:
    """Fold ``other`` into ``into``: union of arguments and evidence, the most specific values."""
    for role, keys in other.roles.items():
        into.add(role, keys)
    for name, value in other.literals.items():
        if into.literals.get(name) in (None, "unspecified"):
            into.literals[name] = value
    into.evidence.extend(s for s in other.evidence if s not in into.evidence)
    if other.time is not None and (into.time is None or _more_specific(other, into)):
        into.time = other.time
    if status_rank(into.kind, other.status) > status_rank(into.kind, into.status):
        into.status = other.status
    into.quantity = into.quantity if into.quantity is not None else other.quantity
    into.value = into.value or other.value
    if into.modality != "asserted" and other.modality == "asserted":
        into.modality = "asserted"
    into.variant = into.variant or other.variant
    into.time_role = into.time_role or other.time_role
    into.merged_from += other.merged_from
    into.confidence = min(0.95, max(into.confidence, other.confidence) + 0.05)


def _more_specific(a: EventDraft, b: EventDraft) -> bool:
    ta, tb = a.time, b.time
    if ta is None or tb is None:
        return tb is None
    la = len(ta.start or "") + len(ta.end or "")
    lb = len(tb.start or "") + len(tb.end or "")
    return la > lb


def yield_to_rules(drafts: list[EventDraft], table: EntityTable) -> list[EventDraft]:
    """Drop each proposed mention that a rule's mention already states: the rule's event
    stands as found (its arguments and confidence are not touched by the proposal)."""
    found = [d for d in drafts if not d.proposed]
    return [d for d in drafts
            if not d.proposed or not any(_covers(r, d, table) for r in found)]


def _covers(rule: EventDraft, prop: EventDraft, table: EntityTable) -> bool:
    """The rule's mention names every actor of the proposal in the same roles (a meeting of
    three covers a proposed meeting of two of them), and no other place."""
    if rule.kind != prop.kind:
        return False
    for role in key_roles(prop.kind):
        theirs, ours = role_keys(rule, role, table), role_keys(prop, role, table)
        if ours and not (theirs and ours <= theirs):
            return False
    rp, pp = _place_state(rule, table), _place_state(prop, table)
    return rp is None or pp is None or rp == pp


def _place_state(d: EventDraft, table: EntityTable) -> str | None:
    keys = d.keys("place")
    return table.drafts[keys[0]].country if keys and keys[0] in table.drafts else None


def merge_all(drafts: list[EventDraft], table: EntityTable) -> list[EventDraft]:
    """Merge every pair of mentions of one event, keeping first-mention order."""
    out: list[EventDraft] = []
    for d in drafts:
        for kept in out:
            if same_event(kept, d, table):
                absorb(kept, d)
                break
        else:
            out.append(d)
    return out
