"""Filling key roles the sentence left out, from the rest of the article.

Rules an analyst would apply: a transfer with no named supplier comes from the system's maker
when that state is in the article; a generic "air defense system" in a deal is the named system
of the same parties; joint production with no partners is between the article's meeting
participants; a drill "with the US Air Force" held in India includes India. Every rule only
fills a gap; nothing the text states is overwritten.
"""

from __future__ import annotations

from collections import Counter

from factwire.entities.table import EntityTable
from factwire.events.actors import armed_group, key_of
from factwire.events.context import partnership_members, state_in
from factwire.events.draft import EventDraft
from factwire.events.kinds.agreement import LONE
from factwire.events.kinds.meeting import PARTIAL
from factwire.events.kinds.threat import LONE_THREAT
from factwire.events.merge import ENCOUNTERS, absorb, role_keys
from factwire.events.spec import spec_of

_COMPATIBLE = {"air_defence": {"air_defence", "missile"}, "missile": {"missile", "air_defence"}}


def salient_states(table: EntityTable) -> list[str]:
    """State entity keys by how often the article mentions them (persons count for their state;
    an official statement's "we" does not make its state the article's subject, nor do a
    war's common nouns, "the rebels" or "the regime", make it the article's theatre)."""
    counts: Counter[str] = Counter()
    for d in table.drafts.values():
        if d.kind == "country":
            counts[d.key] += sum(m.form != "pronoun" for m in d.mentions.values())
        elif d.kind in ("person", "organization") and d.country and d.mentions:
            counts[f"state:{d.country}"] += sum(m.form != "nominal" for m in d.mentions.values())
    return [k for k, _ in counts.most_common() if k in table.drafts]


def complete(drafts: list[EventDraft], table: EntityTable) -> list[EventDraft]:
    for d in drafts:
        _members(d, table)
    states = salient_states(table)
    drafts = _transfers(drafts, table, states)
    for d in drafts:
        if d.kind == "joint_production":
            _partners(d, drafts, table, states)
        elif d.kind == "exercise":
            _exercise_host(d, table, states)
        elif d.kind == "meeting":
            _meeting_host(d, table)
            _visit_place(d, drafts, table)
        elif d.kind == "deployment":
            _theatre(d, table, states, drafts)
    drafts = _orphan_threats(_lone_accords(_partial_meetings(drafts, table), table), table)
    return [d for d in drafts if _complete_enough(d, table)]


_SHARED_ROLES = ("participants", "parties", "partners")


def _members(d: EventDraft, table: EntityTable) -> None:
    """A partnership with no body of its own ("AUKUS", "the Quad") takes part through its
    states: in a role that lists the sides of an event, it is replaced by its members, each
    credited with the partnership's mention."""
    for role in _SHARED_ROLES:
        keys = d.keys(role)
        out: list[str] = []
        for key in keys:
            draft = table.drafts.get(key)
            members = partnership_members(draft) if draft is not None else ()
            if draft is None or not members or not draft.mentions:
                out.append(key)
                continue
            states = (state_in(table, iso, min(draft.mentions)) for iso in members)
            out.extend(s.key for s in states if s is not None)
        if out != keys:
            d.roles[role] = list(dict.fromkeys(out))


def _state_key(table: EntityTable, iso: str | None) -> str | None:
    key = f"state:{iso}" if iso else None
    return key if key and key in table.drafts else None


def _organ_key(table: EntityTable, iso: str | None) -> str | None:
    """The maker state named only through one of its organs ("the Defense Security Cooperation
    Agency notified Congress of a possible sale"): that organ stands for the supplier."""
    if not iso:
        return None
    return next((d.key for d in table.drafts.values() if d.kind == "organization"
                 and d.actor == iso and d.mentions), None)


def _transfers(drafts: list[EventDraft], table: EntityTable, states: list[str]) -> list[EventDraft]:
    for d in drafts:
        if d.kind != "arms_transfer" or not d.keys("system"):
            continue
        system = table.drafts[d.keys("system")[0]]
        if not d.keys("supplier"):
            maker = _state_key(table, system.country) or _organ_key(table, system.country)
            if maker:
                d.add("supplier", [maker])
    out: list[EventDraft] = []
    for d in drafts:
        target = _named_twin(d, out, table) if d.kind == "arms_transfer" else None
        if target is not None:
            absorb(target, d)
            target.roles["system"] = target.roles["system"][:1]
        else:
            out.append(d)
    for d in out:
        if d.kind == "arms_transfer" and d.keys("supplier") and not d.keys("recipient") \
                and d.keys("system") and not table.drafts[d.keys("system")[0]].generic:
            # a named system only: "the US sent jets" names no recipient to infer
            supplier = role_keys(d, "supplier", table) | {  # "Germany and France will
                k for t in out if t.trigger == d.trigger  # supply tanks": co-suppliers are
                for k in role_keys(t, "supplier", table)}  # no recipients of each other
            other = next((s for s in states if key_of(table.drafts[s]) not in supplier), None)
            if other:
                d.add("recipient", [other])
    _article_recipient(out, table)
    return out


def _article_recipient(drafts: list[EventDraft], table: EntityTable) -> None:
    """"Belgium and Norway committed to provide further aircraft": when every transfer of the
    article that names a recipient names the same one, a transfer of the same category of
    system that names none goes there too."""
    transfers = [d for d in drafts if d.kind == "arms_transfer" and d.keys("system")]
    named = {k: d.keys("recipient")[0] for d in transfers for k in role_keys(d, "recipient", table)}
    if len(named) != 1:
        return
    (key, entity), = named.items()
    kinds = {table.drafts[d.keys("system")[0]].category for d in transfers if d.keys("recipient")}
    for d in transfers:
        category = table.drafts[d.keys("system")[0]].category
        same_kind = category in kinds - {None, "other"}  # more of the same kind of system
        if d.keys("supplier") and not d.keys("recipient") and same_kind and (
                key not in role_keys(d, "supplier", table)):
            d.add("recipient", [entity])


def _named_twin(d: EventDraft, kept: list[EventDraft], table: EntityTable) -> EventDraft | None:
    """A transfer of a generic class merges into the named system of the same parties."""
    system = table.drafts[d.keys("system")[0]] if d.keys("system") else None
    if system is None or not system.generic:
        return None
    for k in kept:
        if k.kind != "arms_transfer" or not k.keys("system"):
            continue
        named = table.drafts[k.keys("system")[0]]
        if named.generic:
            continue
        if named.category not in _COMPATIBLE.get(system.category or "", {system.category}):
            continue
        mine = role_keys(d, "supplier", table) | role_keys(d, "recipient", table)
        theirs = role_keys(k, "supplier", table) | role_keys(k, "recipient", table)
        if mine <= theirs or theirs <= mine:
            return k
    return None


def _partners(d: EventDraft, drafts: list[EventDraft], table: EntityTable,
              states: list[str]) -> None:
    if len(role_keys(d, "partners", table)) >= 2:
        return
    meeting = next((m for m in drafts if m.kind == "meeting"), None)
    if meeting is not None:
        d.add("partners", meeting.keys("participants"))
    elif len(states) >= 2:
        d.add("partners", states[:2])


def _exercise_host(d: EventDraft, table: EntityTable, states: list[str]) -> None:
    have = role_keys(d, "participants", table)
    place = table.drafts[d.keys("place")[0]] if d.keys("place") else None
    host = _state_key(table, place.country if place else None)
    if host is None and len(have) == 1 and states:
        host = next((s for s in states if key_of(table.drafts[s]) not in have), None)
    if host is not None and key_of(table.drafts[host]) not in have:
        d.add("participants", [host])


def _meeting_host(d: EventDraft, table: EntityTable) -> None:
    """"Tillerson will have a difficult conversation in Ankara": the host state takes part."""
    have = role_keys(d, "participants", table)
    place = table.drafts[d.keys("place")[0]] if d.keys("place") else None
    host = _state_key(table, place.country if place else None)
    if len(have) == 1 and host is not None and key_of(table.drafts[host]) not in have:
        d.add("participants", [host])


def _visit_place(d: EventDraft, drafts: list[EventDraft], table: EntityTable) -> None:
    """"Zarif flew to Beijing on Friday. There he met Wang Yi": a meeting with no place,
    between a visitor and its host, is where the visit just told took the visitor."""
    if d.keys("place") or d.trigger is None:
        return
    sides = role_keys(d, "participants", table)
    visits = [e for e in drafts if e.kind == "visit" and e.keys("place") and e.trigger
              is not None and 0 < d.trigger.start - e.trigger.start < 400
              and role_keys(e, "visitor", table) | role_keys(e, "host", table) <= sides]
    if visits:
        d.add("place", visits[-1].keys("place")[:1])


def _co_deployers(d: EventDraft, drafts: list[EventDraft], table: EntityTable) -> frozenset[str]:
    """The deployers of every deployment made by the same word as ``d`` ("Filipino and
    American troops": the Philippines' and the United States')."""
    return frozenset(k for e in drafts if e.kind == "deployment" and e.trigger == d.trigger
                     for k in role_keys(e, "deployer", table))


def _theatre(d: EventDraft, table: EntityTable, states: list[str],
             drafts: list[EventDraft]) -> None:
    """"US troops working with the Kurds": a force named in passing, with no place in its
    sentence, is in the article's theatre: the state it names most. A state's forces at home
    are no deployment, so then the mention stays without a place (and is dropped). When
    nothing is put in that state, the most named one is no theatre for a force it owns with
    ``d``'s ("exercise brought together Filipino and American troops"), the co-owners among
    ``drafts``."""
    if d.keys("place") or not states:
        return
    if any(armed_group(table.drafts[k]) for k in d.keys("deployer") if k in table.drafts):
        return  # "Isis fighters" named in passing are not abroad in the theatre
    theatre, placed = _theatre_state(table, states)
    taken = role_keys(d, "deployer", table) | (
        frozenset() if placed else _co_deployers(d, drafts, table))
    if key_of(table.drafts[theatre]) not in taken:
        d.add("place", [theatre])


_LOCATIVE = (" in ", " into ", " inside ", " across ", " from ", " out of ")


def _theatre_state(table: EntityTable, states: list[str]) -> tuple[str, bool]:
    """The state the article most often puts things in ("in Syria", "out of Syria"); the
    one it names most when it never does (then with False). An article about Washington's
    policy on Syria names the US most, but its forces are in Syria."""
    def placed(key: str) -> int:
        spans = [sp for sp, m in table.drafts[key].mentions.items() if m.form != "pronoun"]
        return sum(table.text[max(0, sp.start - 8):sp.start].endswith(_LOCATIVE) for sp in spans)
    best = max(states, key=lambda k: (placed(k), -states.index(k)))
    return (best, True) if placed(best) else (states[0], False)


_GATHERINGS = frozenset({"conference", "congress", "summit", "session"})


def _partial_meetings(drafts: list[EventDraft], table: EntityTable) -> list[EventDraft]:
    """"...not to attend the conference set for the end of January. Putin will host a
    congress in Sochi": a meeting noun without its participants gives its time and place to
    the nearest meeting of the article named by the same kind of noun, and is dropped."""
    full = [d for d in drafts if d.kind == "meeting" and PARTIAL not in d.literals]
    for d in drafts:
        word = d.literals.get(PARTIAL)
        if word is None:
            continue
        same = [f for f in full if _noun_class(table.text[f.trigger.start:f.trigger.end])
                == _noun_class(word)]
        if not same:
            continue
        near = min(same, key=lambda f: abs(f.trigger.start - d.trigger.start))
        if near.time is None and _own_time(d):
            near.time = d.time
        if not near.keys("place"):
            near.add("place", d.keys("place"))
    return [d for d in drafts if PARTIAL not in d.literals]


_ENCOUNTER_ROLES = ("participants", "visitor", "host")


def _lone_accords(drafts: list[EventDraft], table: EntityTable) -> list[EventDraft]:
    """"I spoke with President Zelenskyy ... We also agreed to expand intelligence
    sharing": an accord told with one side only is made with whom that side met or called
    in the sentence before; with no such encounter it is dropped."""
    out: list[EventDraft] = []
    for d in drafts:
        if d.literals.pop(LONE, None) is None:
            out.append(d)
            continue
        mine = role_keys(d, "parties", table)
        before = [e for e in out if e.kind in ENCOUNTERS and e.trigger is not None
                  and d.trigger is not None and 0 < d.trigger.start - e.trigger.start < 400
                  and mine <= {k for r in _ENCOUNTER_ROLES for k in role_keys(e, r, table)}]
        if before:
            for role in _ENCOUNTER_ROLES:
                d.add("parties", before[-1].keys(role))
            out.append(d)
    return out


def _own_time(d: EventDraft) -> bool:
    """The date is the mention's own ("the conference set for the end of January"), not one
    its sentence gives something else ("seen as a showpiece ahead of elections in March")."""
    span = d.time.span if d.time is not None else None
    return span is not None and -40 <= span.start - d.trigger.end <= 40


def _noun_class(word: str) -> str:
    word = word.lower()
    return "gathering" if word in _GATHERINGS else word


def _orphan_threats(drafts: list[EventDraft], table: EntityTable) -> list[EventDraft]:
    """A threat with no clear target joins the threat just before it from the same source;
    one whose sentence names no target at all, with no such threat before it, is aimed at
    the adversary the article named last ("Tehran has vowed vengeance for the incident")."""
    out: list[EventDraft] = []
    for d in drafts:
        lone = d.kind == "threat" and d.literals.pop(LONE_THREAT, None) is not None
        if d.kind == "threat":
            twin = next((o for o in reversed(out) if o.kind == "threat"
                         and role_keys(o, "source", table) == role_keys(d, "source", table)), None)
            if twin is not None:
                absorb(twin, d)
                if d.literals.get("subject") == "sanctions":
                    twin.literals["subject"] = "sanctions"
                    twin.variant = "restrict"
                continue
        if lone:
            target = _recent_adversary(d, table)
            if target is None:
                continue
            d.add("target", [target])
        out.append(d)
    return out


def _recent_adversary(d: EventDraft, table: EntityTable) -> str | None:
    """The state or armed group other than the source mentioned last before the trigger."""
    own = role_keys(d, "source", table)
    best: tuple[int, str] | None = None
    for e in table.drafts.values():
        if not (e.kind == "country" or armed_group(e)) or not e.actor_key or e.actor_key in own:
            continue
        before = [m.start for m in e.mentions if m.start < d.trigger.start]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), e.key)
    return best[1] if best is not None else None


def _complete_enough(d: EventDraft, table: EntityTable) -> bool:
    """Drop mentions that still lack a key role (EVENTS.md: key roles identify an event); a
    key actor role must name an actor ("a rebel commander warned Chile" names no source)."""
    spec = spec_of(d.kind)
    if spec is None:
        return False
    for role in spec.roles:
        if (role.key or role.required) and not d.keys(role.name):
            return False
        if role.key and role.is_actor and not role_keys(d, role.name, table):
            return False
        if role.min_actors and len(role_keys(d, role.name, table)) < role.min_actors:
            return False
    if spec.distinct_directed:
        first, *rest = (role_keys(d, r, table) for r in spec.key_actor_roles)
        return all(first != other for other in rest)
    return True
