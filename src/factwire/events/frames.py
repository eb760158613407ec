"""Argument frames: who is the subject, the object and the prepositional partners of a trigger.

A trigger is a token of a parsed sentence (a verb such as "signed", or a noun such as "talks"
carried by a light verb in "held talks"). The frame reads the dependency parse around it and
maps tokens to entity mentions, so event kinds only decide which slot fills which role.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field

from factwire.entities.table import Draft, EntityTable
from factwire.events.antecedents import AGENTIVE_IT, actor_antecedent, agentive, recipient_it
from factwire.events.relatives import relative_clause
from factwire.model import Span
from factwire.nlp.types import Doc, Token

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJ = frozenset({"dobj", "dative", "attr", "oprd"})
_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "appos"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """A parsed sentence: ``sdoc`` is its own spaCy Doc; ``offset`` maps back to article chars."""

    sdoc: Doc
    offset: int
    span: Span
    # the sentence's tokens made once: every detector walks them, and spaCy builds a new
    # Token object at each step of a walk over a Doc (a tenth of the events stage)
    tokens: tuple[Token, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tokens", tuple(self.sdoc))

    def span_of(self, tok: Token) -> Span:
        start = self.offset + tok.idx
        return Span(start, start + len(tok.text))

    def span_of_tokens(self, first: Token, last: Token) -> Span:
        return Span(self.offset + first.idx, self.offset + last.idx + len(last.text))


@dataclass
class Frame:
    """Entity keys in each slot of a trigger, in text order."""

    trigger: Token
    verb: Token
    subjects: list[Draft] = field(default_factory=list)
    objects: list[Draft] = field(default_factory=list)
    preps: dict[str, list[Draft]] = field(default_factory=dict)
    modifiers: list[Draft] = field(default_factory=list)

    def prep(self, *names: str) -> list[Draft]:
        out: list[Draft] = []
        for n in names:
            out.extend(d for d in self.preps.get(n, []) if d not in out)
        return out


def governing_verb(tok: Token) -> Token:
    """The verb that carries a noun trigger ("held" for "talks"), or the token itself."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("ROOT",) or cur.head == cur:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return tok


def mentions_of(sent: Sentence, tok: Token, table: EntityTable, depth: int = 0) -> list[Draft]:
    """Entities a token stands for: its own mention, else its modifiers'; conjuncts too."""
    clause = relative_clause(tok) if depth < 3 else None
    if clause is not None:  # "Erdogan, who met X", "the force Turkey vowed to crush"
        return mentions_of(sent, clause.head, table, depth + 1)
    if tok.lower_ == "whose" and tok.head.head.dep_ == "relcl" and depth < 3:
        return mentions_of(sent, tok.head.head.head, table, depth + 1)  # "X, whose army"
    key = table.at(sent.span_of(tok))
    if key is None and (((tok.lower_, tok.dep_) in AGENTIVE_IT and agentive(tok))
                        or recipient_it(tok)):
        antecedent = actor_antecedent(sent, tok, table)
        key = antecedent.key if antecedent is not None else None
        if key is not None and tok.lower_ == "them" and depth < 3:
            return _listed_antecedent(sent, tok, table, key, depth)
    found = _own_mentions(sent, tok, table, key, depth)
    for child in tok.children:  # a long list chains its conjuncts one under the next:
        if depth < 3 or (child.dep_ == "conj" and depth < 12):  # let them all in
            _extend(found, _listed_with(sent, tok, child, table, key, depth))
    return found


def _listed_antecedent(sent: Sentence, tok: Token, table: EntityTable, key: str,
                       depth: int) -> list[Draft]:
    """"them" stands for the whole list its nearest antecedent is in ("partners including
    Europe, Japan, Canada and Mexico, threatening them with tariffs")."""
    named = [t for t in tok.sent if t.i < tok.i and table.at(sent.span_of(t)) == key]
    head = named[-1] if named else tok
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return mentions_of(sent, head, table, depth + 1) if head != tok else [table.drafts[key]]


def _own_mentions(sent: Sentence, tok: Token, table: EntityTable, key: str | None,
                  depth: int) -> list[Draft]:
    """The token's own entities; for a token that names none, those of its modifiers."""
    found: list[Draft] = []
    if key is not None:
        found.extend(table.drafts[k] for k in table.all_at(sent.span_of(tok)) or [key])
        _extend(found, _misparsed_pair(sent, tok, table))
        for child in tok.lefts:  # "India-Pakistan talks", "Russian-Iranian talks"
            if child.dep_ in ("compound", "amod", "nmod", "npadvmod") and (
                    child.nbor().text == "-") and child.i + 2 < len(tok.doc) and (
                    child.nbor(2).pos_ != "VERB"):  # "US-Turkish" ("US" hangs off
                # "Turkish"), not "the Israeli-occupied Golan": the occupier is no party
                _extend(found, mentions_of(sent, child, table, depth + 1))
            elif child.dep_ in _MODIFIERS and any(c.dep_ == "conj" for c in child.children):
                _extend(found, mentions_of(sent, child, table, depth + 1))  # "US and Thai
                # troops": the recogniser names the troops for one state; the list has two
    elif tok.lower_ in _PLACE_HEADS and (named := _named_place(sent, tok, table, depth)):
        found.extend(named)  # "the Black Sea resort of Sochi" is Sochi, not the Black Sea
    else:
        for child in tok.lefts:
            if child.dep_ == "poss" and relational(tok):
                continue  # "Syria's neighbours", "Isis's arch-enemies" are not Syria or Isis
            if child.dep_ == "amod" and child.lower_ in _ASSOCIATED:
                continue  # "an al-Qaida-linked group" is not al-Qaida
            if child.dep_ in _MODIFIERS or child.dep_ == "det":
                _extend(found, mentions_of(sent, child, table, depth + 1))
        for child in tok.rights:
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "of" and (
                    tok.lower_ in _TITLE_HEADS and not found)):  # "the President of
                _extend(found, mentions_of(sent, child, table, depth + 1))  # Finland"
            elif not found and tok.lower_ in _LED_GROUPS and child.dep_ == "acl" and (
                    child.lemma_ in _LEADING):
                _extend(found, agents_of(sent, child, table, depth + 1))  # "a delegation
                # led by X": X's side
    return found


# Participles by which a group is its leader's: "a delegation led (headed) by X"
_LEADING = frozenset({"lead", "head"})
_LED_GROUPS = frozenset({"delegation", "delegations", "team", "teams", "mission", "group",
                         "coalition", "alliance", "force", "forces", "contingent"})


# Participles that tie a noun to an actor it is not: "al-Qaida-linked", "Isis-affiliated"
_ASSOCIATED = frozenset({"linked", "affiliated", "aligned", "allied", "tied", "connected",
                         "inspired", "associated"})


def _misparsed_pair(sent: Sentence, tok: Token, table: EntityTable) -> list[Draft]:
    """"Chancellor Scholz and Prime Minister Kishida met": the parser may hang the first
    titled name and the "and" under the second name as a modifier; the people in it are
    listed with the name."""
    out: list[Draft] = []
    for child in tok.lefts:
        if child.dep_ != "nmod" or not any(g.dep_ == "cc" and g.lower_ == "and"
                                           for g in child.children):
            continue
        for t in child.subtree:
            hit = table.at(sent.span_of(t))
            if hit is not None and table.drafts[hit].kind == "person":
                _extend(out, [table.drafts[hit]])
    return out


def _listed_with(sent: Sentence, tok: Token, child: Token, table: EntityTable,
                 key: str | None, depth: int) -> list[Draft]:
    """Entities listed with the token: conjuncts, titled appositions, "along with" company,
    and the members of a group or organ named in its "of" phrase."""
    listed = child.dep_ == "conj" or (
        child.dep_ == "appos" and key is not None and _listed_apposition(sent, child, table, key))
    if listed:  # "with X, President of Belarus Y, and Prime Minister of Armenia Z"
        return mentions_of(sent, child, table, depth + 1)
    if child.dep_ == "prep" and _along(child):  # "Putin, along with Erdogan,"
        return [d for pobj in _pobjs(child) for d in mentions_of(sent, pobj, table, depth + 1)]
    if child.dep_ == "prep" and child.lower_ in ("of", "from") and (
            tok.lower_ in _GROUPS or (key is None and tok.lower_ in _TITLE_HEADS)):
        # "the ministers of X and Y", "delegations from X and Y"
        return [d for pobj in child.children for d in mentions_of(sent, pobj, table, depth + 1)]
    return []


def _listed_apposition(sent: Sentence, appos: Token, table: EntityTable, key: str) -> bool:
    """Whether an apposition to the entity ``key`` lists more entities: a title ("X,
    President of Belarus Y"; not "a goodwill ambassador"), a person of another actor
    ("Biden, Kishida, and Marcos": a list the parser read as apposition), another state
    ("France, the UK, US and Jordan"), or the entity's own name with a list going on from it
    ("Turkey's minister, Hulusi Akar, and his Russian counterpart")."""
    if appos.lower_ in _TITLE_HEADS and not any(m.lower_ in _NOT_IN_OFFICE for m in appos.lefts):
        return True
    if _other_person(sent, appos, table, key):
        return True
    own = table.at(sent.span_of(appos))
    if own is not None and own != key and table.drafts[own].kind == "country" and (
            table.drafts[key].kind == "country"):
        return True  # "France, the UK, US ...": a state is no other name of a state
    return own == key and any(g.dep_ == "conj" for g in appos.children)


def _other_person(sent: Sentence, tok: Token, table: EntityTable, key: str) -> bool:
    """Whether ``tok`` names a person acting for another actor than the entity ``key``: then
    it cannot stand in apposition to it."""
    own = table.at(sent.span_of(tok))
    if own is None or own == key:
        return False
    other, head = table.drafts[own], table.drafts[key]
    return other.kind == "person" and head.kind == "person" and (
        other.actor_key is not None and other.actor_key != head.actor_key)


# Words that make a title no office held for a state: "a goodwill ambassador", "a former envoy".
_NOT_IN_OFFICE = frozenset({"goodwill", "honorary", "former", "ex"})

# Nouns for those who stand in a relation to their possessor, and so are not it.
_RELATIONS = frozenset({"neighbour", "neighbor", "enemy", "foe", "rival", "opponent", "ally",
                        "partner", "adversary", "critic"})


def relational(tok: Token) -> bool:
    """A noun for those who stand in a relation to their possessor ("Syria's neighbours",
    "Isis's arch-enemies")."""
    return tok.lemma_.lower().rsplit("-", 1)[-1] in _RELATIONS


def purpose_clause(tok: Token) -> bool:
    """A clause hung on a phrase that opens with "to": what the phrase is for ("weapons to
    help it defend", "a Memorandum to collaborate on mining")."""
    return tok.dep_ in ("acl", "advcl", "relcl") and any(m.tag_ == "TO" for m in tok.children)


def names_one_of(tok: Token, words: Collection[str]) -> bool:
    """Whether ``tok`` names one of ``words`` alone or with the noun it is compounded with:
    a lexicon lists "air power" and "military police" as two words, the parse gives one
    head ("power") with "air" before it."""
    if tok.lower_ in words:
        return True
    return any(c.dep_ in ("compound", "amod") and c.i == tok.i - 1
               and f"{c.lower_} {tok.lower_}" in words for c in tok.lefts)

# Common nouns for a place that name it in an "of" phrase: "the Russian city of Sochi".
_PLACE_HEADS = frozenset({"city", "town", "village", "resort", "port", "capital", "region",
                          "province", "enclave", "district", "island", "republic",
                          "county", "state", "area", "outskirts", "suburb", "base", "coast",
                          "waters", "streets", "suburbs", "centre", "center", "heart"})


def has_aux(tok: Token, words: Collection[str]) -> bool:
    """Whether ``tok`` carries one of ``words`` as an auxiliary ("will", "would", "to")."""
    return any(c.dep_ == "aux" and c.lower_ in words for c in tok.children)


def _along(prep: Token) -> bool:
    """"along with", "together with": the company of a mention is listed with it."""
    if prep.lower_ == "along":
        return True
    return prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in (
        "along", "together")


def _named_place(sent: Sentence, tok: Token, table: EntityTable, depth: int) -> list[Draft]:
    """The place an "of" phrase names under a place noun; its modifiers ("Russian", "Black
    Sea") only say where that place lies, and stand for no actor or place of the event."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                found = [d for d in mentions_of(sent, pobj, table, depth + 1)
                         if d.kind in ("location", "country")]
                if found:
                    return found
    return []


# Heads of "<title> of <State> <Name>" phrases, which name who holds the title.
_TITLE_HEADS = frozenset({"president", "minister", "king", "queen", "emir", "chancellor",
                          "premier", "secretary", "chairman", "leader", "head",
                          "ambassador", "envoy"})

_GROUPS = frozenset({"delegation", "delegations", "leaders", "officials", "ministers",
                     "group", "groups", "team", "teams", "members", "diplomats", "negotiators",
                     "representatives", "forces", "troops", "militaries", "navies", "armies",
                     # organs that act for the state their "of" phrase names
                     "government", "governments", "ministry", "authorities", "administration",
                     "embassy", "army", "navy", "military", "people",
                     "presidents", "envoys", "ambassadors",
                     # counts of people or firms: "sanctions on dozens of Russian officials"
                     "dozens", "scores", "hundreds", "number", "handful"})


def build_frame(sent: Sentence, trigger: Token, table: EntityTable) -> Frame:
    """Fill the slots of ``trigger`` (and of its light verb, for noun triggers)."""
    verb = governing_verb(trigger)
    frame = Frame(trigger=trigger, verb=verb)
    for head in dict.fromkeys((trigger, verb)):
        _collect(sent, head, table, frame)
    container = _container(trigger)
    if container is not None:  # "a new round of sanctions ... by the EU": the round's slots
        _collect(sent, container, table, frame, modifiers=True)
    for child in verb.children:
        if child.dep_ == "xcomp":
            _nested_preps(sent, child, table, frame)
    if not frame.objects:  # "will invade and destroy the enclave": the verbs share it
        for conj in _shared_verbs(verb):
            for child in conj.children:
                if child.dep_ in _OBJ:
                    _extend(frame.objects, mentions_of(sent, child, table))
    if not frame.subjects and verb.dep_ in ("xcomp", "advcl", "conj", "ccomp", "relcl",
                                            "pcomp", "acomp"):  # "is forward-deployed to"
        frame.subjects.extend(_controller(sent, verb, table))
    if not frame.subjects and verb.dep_ == "acl" and verb.head.lemma_ in _RESOLVES and (
            has_aux(verb, ("to",))):
        frame.subjects.extend(_deciders(sent, verb.head, table))
    if not frame.subjects and _finite_acl(verb):
        frame.subjects.extend(mentions_of(sent, verb.head, table))
    if not frame.subjects:
        frame.subjects.extend(_name_as_modal(sent, verb, table))
    if not frame.subjects and verb.lemma_ in _SAYING and not any(
            c.dep_ in _SUBJ for c in verb.children):
        frame.subjects.extend(_stray_speaker(sent, verb, table))
    if verb.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod"
                                    for c in verb.children):
        # "Manbij, where US troops are stationed": the clause happens in what it describes
        _extend(frame.preps.setdefault("in", []), mentions_of(sent, verb.head, table))
    return frame


_SAYING = frozenset({"say", "tell", "announce", "add", "confirm", "declare"})


def _finite_acl(verb: Token) -> bool:
    """"The Saudi crown prince conferred with ...": a past-tense verb the parser hung on the
    root noun of a sentence with no verb of its own is that sentence's verb, and the noun
    its subject (unless an agent marks a passive: "the medal awarded by the king")."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.dep_ == "ROOT" and (
        verb.head.pos_ in ("NOUN", "PROPN")) and not any(c.dep_ == "agent"
                                                         for c in verb.children)


def _stray_speaker(sent: Sentence, verb: Token, table: EntityTable) -> list[Draft]:
    """The speaker of "..., the Iraqi prime minister, Adel Abdul Mahdi, said after talks
    with X" when the parse hung the speaker on a noun before it: the noun phrase just
    before the verb, named in apposition."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].text == ",":
        i -= 1
    if i < 0 or i == verb.i - 1:
        return []  # no comma: not a speaker set off before the verb
    tok = verb.doc[i]
    if tok.dep_ != "appos" or tok.pos_ not in ("PROPN", "NOUN"):
        return []
    found = mentions_of(sent, tok, table)
    return found or (mentions_of(sent, tok.head, table) if tok.head.dep_ == "appos" else [])


def _shared_verbs(verb: Token) -> list[Token]:
    """Verbs joined to ``verb`` that share its subject and so its object when ``verb`` has
    none ("buy and deploy the missiles"); none when ``verb`` is not a verb."""
    if verb.pos_ != "VERB":
        return []
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and not any(g.dep_ in _SUBJ for g in c.children)]


# Nouns of one's own resolve: their infinitive is the holder's act ("its decision to send"),
# unlike "Xi's invitation to visit", whose visitor is someone else.
_RESOLVES = frozenset({"decision", "plan", "offer", "pledge", "promise", "commitment",
                       "intention", "bid", "readiness", "willingness", "move", "attempt",
                       "refusal", "vow", "determination", "effort", "proposal"})


def _deciders(sent: Sentence, noun: Token, table: EntityTable) -> list[Draft]:
    """Whose "decision", "plan" or "offer" an infinitive after the noun carries out: "its
    decision to hand over F-16s", "the plan by Berlin to send tanks"."""
    found = [d for c in noun.children if c.dep_ == "poss" for d in mentions_of(sent, c, table)]
    return found or [d for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                     for o in c.children if o.dep_ == "pobj"
                     for d in mentions_of(sent, o, table)]


def _controller(sent: Sentence, verb: Token, table: EntityTable) -> list[Draft]:
    """The subject of the clause ``verb`` depends on, climbing through an adjective that
    controls it ("X and Y are due to meet", "X is ready to send")."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.head.i != head.i:  # "look forward to welcoming X",
        head = head.head  # "committed to sending troops": the verb above the preposition,
        if any(c.dep_ == "dobj" for c in head.children):  # unless it has an object that
            return []  # may be the doer ("thanked Oslo for sending")
    for _ in range(2):
        subjects = [c for c in head.children if c.dep_ in _SUBJ]
        if subjects:
            return [d for c in subjects for d in mentions_of(sent, c, table)]
        if head.dep_ != "acomp" or head.head == head:
            break
        head = head.head
    return []


# Nouns that hold an event noun in their "of" phrase: "a round of sanctions", "a series of
# talks", "a package of arms": their agents and modifiers are the event's.
_CONTAINERS = frozenset({"round", "wave", "package", "set", "series", "raft", "batch", "slew",
                         "string", "list"})


def _container(trigger: Token) -> Token | None:
    """The noun whose "of" phrase holds ``trigger``, when it is a container noun."""
    if trigger.dep_ == "compound":  # "a sixth sanctions package against Russia"
        noun = trigger.head
    else:
        prep = trigger.head
        if trigger.dep_ != "pobj" or prep.lower_ != "of" or prep.head is prep:
            return None
        noun = prep.head
    return noun if noun.lower_ in _CONTAINERS and noun.pos_ == "NOUN" else None


def misread_name(aux: Token) -> bool:
    """An "auxiliary" with words of its own before it: a name's last word ("Theresa May")."""
    return aux.dep_ == "aux" and aux.left_edge.i < aux.i


def agents_of(sent: Sentence, verb: Token, table: EntityTable, depth: int = 0) -> list[Draft]:
    """The entities of a passive verb's "by" phrase ("led by X", "sponsored by X and Y")."""
    return [d for a in verb.children if a.dep_ == "agent" for p in a.children
            for d in mentions_of(sent, p, table, depth)]


def _name_as_modal(sent: Sentence, verb: Token, table: EntityTable) -> list[Draft]:
    """"Theresa May signed": a name the parser read as the verb's auxiliary is its subject."""
    for child in verb.children:
        if misread_name(child) and child.i < verb.i:
            key = table.at(sent.span_of_tokens(child.left_edge, child))
            if key is not None:
                return [table.drafts[key]]
    return []


def _collect(sent: Sentence, head: Token, table: EntityTable, frame: Frame, *,
             modifiers: bool = False) -> None:
    for child in head.children:
        dep = child.dep_
        if dep in _SUBJ:
            _extend(frame.subjects, mentions_of(sent, child, table))
        elif dep in _OBJ and child != frame.trigger:
            _extend(frame.objects, mentions_of(sent, child, table))
            _nested_preps(sent, child, table, frame)
            if dep == "dative" and child.pos_ == "ADP":  # "sent troops [to] Syria" is
                for pobj in _pobjs(child):  # parsed as a dative: it is a "to" phrase too
                    _extend(frame.preps.setdefault(child.lower_, []),
                            mentions_of(sent, pobj, table))
                    _nested_preps(sent, pobj, table, frame)  # "to its posts in Idlib"
        elif dep == "agent":
            for pobj in child.children:
                _extend(frame.subjects, mentions_of(sent, pobj, table))
        elif dep == "prep":
            for pobj in _pobjs(child):
                _extend(frame.preps.setdefault(child.lower_, []), mentions_of(sent, pobj, table))
                if pobj.pos_ != "VERB":  # "agree on how to deal with X": X is not
                    _nested_preps(sent, pobj, table, frame)  # whom they agree with
        elif dep in _MODIFIERS and (modifiers or head == frame.trigger):
            _extend(frame.modifiers, mentions_of(sent, child, table))


_NESTED = frozenset({"with", "in", "at", "near", "around"})  # "posts around Idlib"


def _nested_preps(sent: Sentence, tok: Token, table: EntityTable, frame: Frame) -> None:
    """Company and place one level down: "discussed projects with X", "counterpart in Delhi"."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in _NESTED:
            for pobj in _pobjs(child):
                slot = frame.preps.setdefault(child.lower_, [])
                _extend(slot, mentions_of(sent, pobj, table))
        elif child.dep_ == "amod" and child.lower_ == "worth":  # "munitions worth $500m
            for prep in child.children:  # to Saudi Arabia": the parse hangs the goal on
                if prep.dep_ == "prep" and prep.lower_ == "to":  # the value
                    for pobj in _pobjs(prep):
                        _extend(frame.preps.setdefault("to", []), mentions_of(sent, pobj, table))


def objects_of(tokens: Iterable[Token], prep: str) -> list[Token]:
    """The objects of the ``prep`` phrases among ``tokens`` ("of", "with", "from", "to")."""
    return [p for t in tokens if t.dep_ == "prep" and t.lower_ == prep
            for p in t.children if p.dep_ == "pobj"]


def _pobjs(prep: Token) -> Iterator[Token]:
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            yield child
        elif child.dep_ == "prep":
            yield from _pobjs(child)


def _extend(target: list[Draft], new: list[Draft]) -> None:
    target.extend(d for d in new if d not in target)
