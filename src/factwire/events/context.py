"""What every event-kind module gets for one parsed sentence, and helpers they share."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from factwire.entities.affiliation import partisan
from factwire.entities.table import Draft, EntityTable
from factwire.events.actors import key_of
from factwire.events.draft import EventDraft
from factwire.events.frames import Frame, Sentence, build_frame, mentions_of
from factwire.events.lexicon import Lexicon
from factwire.events.modality import habitual, modality_of
from factwire.gazetteer import Organization, Place, load_gazetteer
from factwire.model import Article, Span
from factwire.nlp.types import Token
from factwire.time import find_times
from factwire.values import find_quantities


@dataclass
class SentenceContext:
    """One parsed sentence of one article, with the article's entities and the lexicon."""

    sent: Sentence
    table: EntityTable
    lex: Lexicon
    article: Article
    taken: set[int] = field(default_factory=set)

    def frame(self, tok: Token) -> Frame:
        return build_frame(self.sent, tok, self.table)

    def draft(self, kind: str, trigger: Token, frame: Frame) -> EventDraft:
        """A new event mention with evidence (the sentence) and modality from the parse."""
        d = EventDraft(kind=kind, sentence=self.sent, trigger=self.sent.span_of(trigger))
        d.evidence.append(self.sent.span)
        d.modality = modality_of(trigger, frame.verb)
        d.habitual = habitual(trigger, frame.verb)
        return d

    def draft_at(self, tok: Token) -> Draft | None:
        """The entity whose mention covers ``tok`` itself (not its modifiers), if any."""
        key = self.table.at(self.sent.span_of(tok))
        return self.table.drafts[key] if key is not None else None

    def entities_in(self, tok: Token, kinds: tuple[str, ...]) -> list[Draft]:
        """Entities of ``kinds`` mentioned inside the subtree of ``tok``, in text order."""
        toks = list(tok.subtree)
        span = self.sent.span_of_tokens(toks[0], toks[-1])
        return self.within(span, kinds)

    def within(self, span: Span, kinds: tuple[str, ...]) -> list[Draft]:
        out: list[Draft] = []
        for _sp, d in self.table.in_range(span.start, span.end):
            if d.kind in kinds and d not in out:
                out.append(d)
        return out

    def sentence_entities(self, kinds: tuple[str, ...]) -> list[Draft]:
        return self.within(self.sent.span, kinds)

    def text(self, tok: Token) -> str:
        toks = list(tok.subtree)
        return str(self.sent.sdoc[toks[0].i : toks[-1].i + 1].text)

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Lower-cased words and lemmas of the sentence, computed once per sentence."""
        return frozenset(w for t in self.sent.tokens for w in (t.lower_, t.lemma_))

    def lower_words(self) -> frozenset[str]:
        return self.words


def distinct_actor_keys(drafts: list[Draft]) -> set[str]:
    """The sides ``drafts`` stand for: a partnership with no body of its own counts as its
    member states ("the AUKUS partners signed" has three parties)."""
    out: set[str] = set()
    for d in drafts:
        out.update(partnership_members(d) or filter(None, [key_of(d)]))
    return out


def partnership_members(d: Draft) -> tuple[str, ...]:
    """Member states of the partnership ``d`` names (gazetteer ``members``), else ()."""
    if d.kind != "organization" or not d.canonical:
        return ()
    record = load_gazetteer().get(d.canonical)
    return record.members if isinstance(record, Organization) else ()


def place_holders(ctx: SentenceContext, drafts: list[Draft], *,
                  held_only: bool = False) -> list[Draft]:
    """Who holds the places among ``drafts``: on the article's date, the gazetteer's
    ``held_by`` when that is not their state ("attack Afrin" in January 2018 aims at the
    YPG, "strike Gaza" at Hamas), else (unless ``held_only``) their state ("strike Seoul");
    kept only when the article names the holder itself."""
    day = ctx.article.published
    by_actor = {d.actor_key: d for d in ctx.table.drafts.values()
                if d.kind in ("country", "organization")}
    out: list[Draft] = []
    for d in drafts:
        record = load_gazetteer().get(d.canonical) if d.kind == "location" and d.canonical else None
        if not isinstance(record, Place):
            continue
        holder = (record.holder_on(day) if day is not None else None) or (
            None if held_only else record.country)
        if holder is not None and holder in by_actor:
            out.append(by_actor[holder])
    return out


def one_per_actor(drafts: list[Draft]) -> list[Draft]:
    """The first draft of each actor key, in text order (drafts with no key count as one)."""
    seen: set[str | None] = set()
    out: list[Draft] = []
    for d in drafts:
        if key_of(d) not in seen:
            seen.add(key_of(d))
            out.append(d)
    return out


def actor_drafts(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.kind in ("person", "country", "organization")]


def head_chain(tok: Token, hops: int = 4) -> list[Token]:
    """``tok`` and the tokens that govern it, nearest first."""
    out = [tok]
    cur = tok
    for _ in range(hops):
        if cur.head == cur:
            break
        cur = cur.head
        out.append(cur)
    return out


# Verbs and adjectives that credit or charge someone with a deed named by a "for"/"of"
# gerund: the one thanked or accused did it ("thanked Norway for sending", "grateful to
# Belgium for committing to provide", "accused Iran of supplying").
_CREDIT_VERBS = frozenset({"thank", "praise", "commend", "applaud", "salute", "congratulate",
                           "hail", "accuse", "criticise", "criticize", "condemn", "blame",
                           "fault", "censure", "reward", "punish", "sanction"})
_CREDIT_ADJECTIVES = frozenset({"grateful", "thankful", "indebted"})


def subjects_up(ctx: SentenceContext, tok: Token) -> list[Draft]:
    """Subjects of the nearest governing verb that has one ("India approved a plan to buy");
    the one credited with a gerund's deed when a verb of thanks or blame governs it."""
    for head in head_chain(tok):
        if head.dep_ == "pcomp" and head.head.lower_ in ("for", "of") and (
                doers := _credited(ctx, head.head.head)):
            return doers
        if _doer_unknown(head):
            return []
        found: list[Draft] = []
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found.extend(actor_drafts(ctx.frame(head).subjects))
                break
        if found:
            return found
    return []


def _doer_unknown(verb: Token) -> bool:
    """A deed named as a clause's subject ("sending tanks would escalate the war", Lavrov
    said) or as what one warns against ("cautioned X against delivering missiles") has no
    doer in the clauses above: the speaker is not the one who would send."""
    if verb.pos_ != "VERB":
        return False
    return verb.dep_ in ("csubj", "csubjpass") or (
        verb.dep_ == "pcomp" and verb.head.lower_ == "against")


def _credited(ctx: SentenceContext, gov: Token) -> list[Draft]:
    """Who ``gov`` thanks or blames: its object ("thank X for"), or the "to" of its
    adjective ("are grateful to X for")."""
    if gov.lemma_ in _CREDIT_VERBS:
        return actor_drafts(ctx.frame(gov).objects)
    for adj in (gov, *(c for c in gov.children if c.dep_ == "acomp")):
        if adj.lemma_ in _CREDIT_ADJECTIVES:
            return actor_drafts(ctx.frame(adj).prep("to"))
    return []


def implied_state(ctx: SentenceContext, iso: str, span: Span) -> Draft | None:
    """The state ``iso`` as an entity, credited with ``span`` when the text never names it
    ("arrived in Amman" implies Jordan; "USS X" implies the United States)."""
    return state_in(ctx.table, iso, span)


def place_state(ctx: SentenceContext, place: Draft) -> Draft | None:
    """The state a place is in, as an entity (implied when the text never names it); a
    state stands for itself; ``None`` for anything else."""
    if place.kind == "country":
        return place
    if place.kind == "location" and place.country and place.mentions:
        return implied_state(ctx, place.country, min(place.mentions))
    return None


def state_in(table: EntityTable, iso: str, span: Span) -> Draft | None:
    """:func:`implied_state` for a whole article's table (no sentence needed)."""
    key = f"state:{iso}"
    state = table.drafts.get(key)
    if state is None:
        record = load_gazetteer().state_by_code(iso)
        if record is None:
            return None
        state = table.get_or_add(key, "country", record.name, country=record.id,
                                 actor=record.id, canonical=key)
    if not state.mentions:
        table.add_implied(key, span)
    return state


def capitals_as_states(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each capital that the text uses for its government ("sent tanks to
    Kyiv", "a deal with Moscow") replaced by its state: goods sent to a capital go to the
    state, not to a place."""
    out: list[Draft] = []
    for d in drafts:
        record = load_gazetteer().state(d.name) if d.kind == "location" else None
        state = None
        if record is not None and d.name in record.metonyms and d.mentions:
            state = implied_state(ctx, record.id, min(d.mentions))
        out.append(state if state is not None else d)
    return out


_ABOUT = ("on", "about", "over", "regarding", "concerning")
_TALK_VERBS = frozenset({"discuss", "address", "debate", "focus", "centre", "center",
                         "concentrate", "review"})


# Nouns of "on the sidelines of", "on the eve of", "on the occasion of" and of spans of time
# ("over two days"): when, not what about.
_SETTINGS = frozenset({"sideline", "sidelines", "margin", "margins", "eve", "occasion",
                       "heel", "heels", "side",
                       "day", "days", "week", "weeks", "month", "months", "hour", "hours",
                       "weekend", "period", "course"})


def topic_of(ctx: SentenceContext, tok: Token, carrier: Token) -> str | None:
    """What a meeting or call is about, in the text's words: an "on/over/about" phrase of
    the trigger or of the verb that carries it ("held talks over the border"), else what a
    verb of discussing tied to it names ("met to discuss X", "met and discussed X", "at
    the meeting, they discussed X", "the talks focused on X")."""
    for head in dict.fromkeys((tok, carrier)):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in _ABOUT:
                objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")
                           and _topical(ctx, c)]
                if objects:
                    return ctx.text(objects[0])
    for verb in ctx.sent.tokens:
        if verb.pos_ != "VERB" or verb.lemma_ not in _TALK_VERBS:
            continue
        if verb.i != tok.i and not _tied(tok, carrier, verb):  # the trigger's own object
            # is its topic: "X and Y discussed Z"
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"] or [
            p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in (
                "on", "upon") for p in prep.children if p.dep_ == "pobj"]
        objects = [c for c in objects if _topical(ctx, c)]
        if objects:
            return ctx.text(objects[0])
    return None


def _topical(ctx: SentenceContext, tok: Token) -> bool:
    """Whether a phrase can say what a meeting is about: not a time ("on Friday") nor a
    setting ("on the sidelines", "over two days")."""
    return not find_times(ctx.text(tok), 0, None) and tok.lemma_.lower() not in _SETTINGS


def _tied(tok: Token, carrier: Token, verb: Token) -> bool:
    """Whether a verb of discussing speaks of the meeting ``tok``: it is the purpose or a
    conjunct of the meeting's verb, or the meeting is its subject or its setting."""
    if verb.head.i in (tok.i, carrier.i) and verb.dep_ in ("xcomp", "advcl", "conj", "relcl"):
        return True
    if carrier.head.i == verb.i and carrier.dep_ == "conj":
        return True
    return any(t.i == tok.i for c in verb.children if c.dep_ in ("nsubj", "prep")
               for t in c.subtree)


def own_prep(ctx: SentenceContext, heads: list[Token], *names: str) -> list[Draft]:
    """Entities in the prepositional phrases ``names`` hanging on ``heads`` themselves, not
    on a clause below them ("agreed at a meeting to keep troops in Niger": Niger is where the
    troops are, not where the meeting was)."""
    out: list[Draft] = []
    for head in dict.fromkeys(heads):
        for prep in head.children:
            if prep.lower_ in names:
                for obj in prep.children:
                    out.extend(d for d in mentions_of(ctx.sent, obj, ctx.table) if d not in out)
    return out


def without_patrons(ctx: SentenceContext, tok: Token, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the patrons named on ``tok``: "Iranian-backed forces", "the
    US-backed border force", "pro-Iranian militias", "German-supplied tanks" and "Russian-made
    jets" are not Iran's, the United States', Germany's or Russia's (the deployment
    lexicon's ``patron_verbs`` say which participles)."""
    patrons = ctx.lex.kind("deployment").words("patron_verbs")
    backing = [c for c in tok.children if c.dep_ == "amod" and c.lemma_ in patrons]
    doc = tok.doc
    partisans = [doc[c.i + 2] for c in tok.children  # "pro-US forces" are not the US's
                 if c.i + 2 < tok.i and partisan(doc, c.i + 2)]
    if not backing and not partisans:
        return drafts
    spans = [ctx.sent.span_of_tokens(t[0], t[-1]) for c in backing if (t := list(c.subtree))]
    spans += [ctx.sent.span_of(t) for t in partisans]
    return [d for d in drafts
            if not any(s.start <= m.start and m.end <= s.end for m in d.mentions for s in spans)]


def holder_antecedent(ctx: SentenceContext, verb: Token) -> list[Draft]:
    """The states a relative "which" stands for when it holds or sends forces: "Germany and
    Italy, which also have troops in Niger", "Russia, which intervened in the war" (the
    clause hangs on the states it describes); "Ankara, which backs the rebels and has
    posts in Idlib" (a second verb of the clause, a capital for its state)."""
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "which"
                                       for c in verb.children):
        return []
    return [d for d in capitals_as_states(ctx, mentions_of(ctx.sent, verb.head, ctx.table))
            if d.kind == "country"]


def listed_states(ctx: SentenceContext, place: Draft) -> list[Draft]:
    """States joined by "and" to the mention of ``place`` in this sentence, not those that
    carry a count of their own after them."""
    out: list[Draft] = []
    named = [tok for tok in ctx.sent.tokens if ctx.table.at(ctx.sent.span_of(tok)) == place.key]
    first = [t for t in named if t.i - named[0].i == named.index(t)]  # the first mention's
    for tok in first:  # words ("Saudi Arabia and the UAE": the list hangs on "Arabia")
        for conj in _conjuncts(tok):
            if any(c.dep_ == "nummod" and c.i > conj.i for c in conj.children):
                continue  # "sent 700 troops to Latvia, Spain 350": a clause with its verb
                # left out, whose state sends, not receives
            found = ctx.draft_at(conj)
            if found is not None and found.kind == "country" and found is not place:
                out.append(found)
    return out


def _conjuncts(tok: Token) -> list[Token]:
    """The words listed after ``tok``: a long list chains each under the one before
    ("to Estonia, Latvia and Poland": Poland hangs on Latvia)."""
    out: list[Token] = []
    todo = [c for c in tok.children if c.dep_ == "conj"]
    while todo:
        conj = todo.pop(0)
        out.append(conj)
        todo.extend(c for c in conj.children if c.dep_ == "conj")
    return out


def count_before(ctx: SentenceContext, moved: list[Token]) -> int | None:
    """The count written before the head of what moved ("2,000 US troops")."""
    for m in moved:
        toks = list(m.subtree)
        span = ctx.sent.span_of_tokens(toks[0], toks[-1])
        head = ctx.sent.span_of(m)
        for q in find_quantities(ctx.table.text, span.start, head.end):
            if q.value is not None and q.span.end <= head.start:
                return q.value
    return None


# Nouns for an occasion that a relative clause can tell what happened in
_OCCASIONS = frozenset({"call", "conversation", "meeting", "talk", "talks", "summit", "visit",
                        "phone", "telephone"})


def within_occasion(verb: Token) -> Token | None:
    """The occasion a relative clause says ``verb`` happened in ("a phone call with X in
    which Y agreed", "the summit where they signed"), else None."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in _OCCASIONS:
        return None
    marked = any((c.dep_ == "prep" and c.lower_ in ("in", "during", "at") and any(
        p.lower_ == "which" for p in c.children)) or (
        c.dep_ == "advmod" and c.lower_ in ("where", "when")) for c in verb.children)
    return verb.head if marked else None


def occasion_sides(ctx: SentenceContext, verb: Token) -> list[Draft]:
    """Who the occasion a relative clause hangs on was with: "a phone call with Erdogan in
    which Trump agreed to withdraw" (Erdogan is a side of what Trump agreed)."""
    occasion = within_occasion(verb)
    return [] if occasion is None else actor_drafts(own_prep(ctx, [occasion], "with", "between"))


def told_within(ctx: SentenceContext, noun: Token) -> list[Draft]:
    """The subjects of a relative clause telling what happened in the occasion ``noun``
    names ("a call with X in which Y agreed": Y took part)."""
    return actor_drafts([d for c in noun.children if c.dep_ == "relcl" and within_occasion(c)
                         == noun for s in c.children if s.dep_ == "nsubj"
                         for d in mentions_of(ctx.sent, s, ctx.table)])
