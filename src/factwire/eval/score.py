"""Scoring gold documents against predictions: events, quotes, entities and boilerplate."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from factwire.eval import match
from factwire.eval.events import actor_key, pred_events, score_events
from factwire.eval.gold import GoldDoc, GoldEntity, GoldQuote
from factwire.eval.report import DocResult, Ratio, Report

JSON = Mapping[str, Any]
_SCORED_ENTITY_KINDS = frozenset({"person", "country", "organization", "location", "weapon"})


def score(gold: Sequence[GoldDoc], predicted: Mapping[str, JSON]) -> Report:
    """Score every gold document against the prediction with the same ``doc.id``.

    A gold document without a prediction scores zero on everything (it is listed as missing);
    predictions without a gold document are not scored.
    """
    return Report([score_doc(g, predicted.get(g.id)) for g in gold])


def score_doc(gold: GoldDoc, doc: JSON | None) -> DocResult:
    if doc is None:
        return _missing(gold)
    result = DocResult(id=gold.id)
    result.events = score_events(gold.events, pred_events(doc))
    names = {str(e.get("id")): e for e in doc.get("entities", []) if isinstance(e, dict)}
    _score_quotes(gold.quotes, doc, names, result)
    _score_entities(gold, list(names.values()), result)
    text = str(doc.get("doc", {}).get("text", ""))
    for s in gold.text_must_exclude:
        result.boilerplate.total += 1
        if s in text:
            result.notes.append(f"boilerplate kept in doc.text: {s!r}")
        else:
            result.boilerplate.hit += 1
    return result


def _missing(gold: GoldDoc) -> DocResult:
    outcome = score_events(gold.events, [])
    return DocResult(
        id=gold.id, missing=True, events=outcome,
        quotes_found=Ratio(0, len(gold.quotes)), entities_found=Ratio(0, len(gold.entities)),
        entities_right=Ratio(0, 0) if gold.entities_complete else None,
        boilerplate=Ratio(0, len(gold.text_must_exclude)),
        notes=["no prediction for this document"],
    )


def quote_matches(gold: GoldQuote, text: str, speaker: str) -> bool:
    """Folded text contains the gold snippet, and the speaker's name holds a gold last word."""
    if match.fold_quote_text(gold.contains) not in match.fold_quote_text(text):
        return False
    return any(match.person_matches(s, [speaker]) for s in gold.speakers)


def _score_quotes(gold: Sequence[GoldQuote], doc: JSON, entities: Mapping[str, JSON],
                  result: DocResult) -> None:
    """Recall over gold quotes; precision over predicted quotes that match some gold quote.

    Not one-to-one: one predicted quotation may hold two gold snippets of the same speaker.
    """
    preds = []
    for q in doc.get("quotes", []):
        speaker = q.get("speaker")
        ent = entities.get(str(speaker)) if speaker is not None else None
        name = str(ent.get("name", "")) if ent is not None else str(speaker or "")
        preds.append((str(q.get("text", "")), name))
    hit_pred = [False] * len(preds)
    for g in gold:
        found = False
        for j, (text, name) in enumerate(preds):
            if quote_matches(g, text, name):
                found = hit_pred[j] = True
        result.quotes_found.total += 1
        result.quotes_found.hit += found
        if not found:
            result.notes.append(f"quote missed: {'|'.join(g.speakers)}: {g.contains!r}")
    result.quotes_right = Ratio(sum(hit_pred), len(preds))
    result.notes += [f"quote not in gold: {n}: {t[:60]!r}"
                     for (t, n), hit in zip(preds, hit_pred, strict=True) if not hit]


def entity_matches(gold: GoldEntity, pred: JSON) -> bool:
    """Same kind, same country, and a name that matches by the rule of the kind.

    Organisations and places also match through the gazetteer ("DSCA" is the Defense Security
    Cooperation Agency), as weapons do through the system rule.
    """
    if pred.get("kind") != gold.kind:
        return False
    codes = {pred.get("country"), pred.get("actor")}
    if gold.country is not None and gold.country not in codes:
        return False
    name = str(pred.get("name", ""))
    if gold.kind == "country" and gold.country is not None:
        return True  # the code is the identity; "US", "America", "United States" all count
    if gold.kind == "person":
        return match.person_matches(gold.name, [name])
    canonical = [str(pred["canonical"])] if pred.get("canonical") else []
    if gold.kind == "weapon":
        return match.system_matches([gold.name], [name], canonical)
    return (match.same_name(gold.name, name) or gold.name == actor_key(pred)
            or match.same_record(gold.kind, [gold.name], [name], canonical))


def _score_entities(gold: GoldDoc, preds: Sequence[JSON], result: DocResult) -> None:
    for g in gold.entities:
        found = any(entity_matches(g, p) for p in preds)
        result.entities_found.total += 1
        result.entities_found.hit += found
        if not found:
            result.notes.append(f"entity missed: {g.kind} {g.name} ({g.country})")
    if gold.entities_complete:
        scored = [p for p in preds if p.get("kind") in _SCORED_ENTITY_KINDS]
        right = sum(any(entity_matches(g, p) for g in gold.entities) for p in scored)
        result.entities_right = Ratio(right, len(scored))

