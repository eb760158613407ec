"""Ranks, roles, open quotations and the quote JSON, without the spaCy pipeline."""

from __future__ import annotations

import pytest

from factwire.model import Article, Extraction, Quote, Span, from_json, to_json
from factwire.quotes.find import find_quotes
from factwire.quotes.ranks import ranked_names
from factwire.quotes.role import role_as_said

RANK_CASES = [
    ("said Capt. Maria Lopez, the destroyer", [("Capt.", "Maria Lopez")]),
    ("Rear Adm. Tom Baker said", [("Rear Adm.", "Tom Baker")]),
    ("said Sgt. 1st Class Paul Grant.", [("Sgt. 1st Class", "Paul Grant")]),
    ("Air Chief Marshal Ravi Singh said", [("Air Chief Marshal", "Ravi Singh")]),
    ("Lt. Gen. Omar Haddad visited", [("Lt. Gen.", "Omar Haddad")]),
    ("said Cmdr. J.D. Wells.", [("Cmdr.", "J.D. Wells")]),
    ("the Air Force said", []),
    ("the chief said", []),
]


@pytest.mark.parametrize(("text", "expected"), RANK_CASES)
def test_rank_runs_are_roles_before_names(text: str, expected: list[tuple[str, str]]) -> None:
    found = ranked_names(text, 0, len(text))
    assert [(r.rank, r.name.text(text)) for r in found] == expected


ROLE_CASES = [
    ("Ann Lee, head of the institute, said", "Ann Lee", None, "head of the institute"),
    ("said the Polish defence minister, Jan Nowak.", "Jan Nowak", None,
     "the Polish defence minister"),
    ("the former Pentagon adviser Ann Lee said", "Ann Lee", None, "the former Pentagon adviser"),
    ("according to Karl Weber, who led the talks.", "Karl Weber", None, None),
    ("said Capt. Dan Ruiz, the ship's captain.", "Dan Ruiz", "Capt.", "Capt., the ship's captain"),
    ("Rear Adm. Jo Park said", "Jo Park", "Rear Adm.", "Rear Adm."),
    ("met the troops with Ann Lee said", "Ann Lee", None, None),
    ("It was late.\nA former budget adviser to the Danish navy, Per Olsen, however, said",
     "Per Olsen", None, "A former budget adviser to the Danish navy"),
]


@pytest.mark.parametrize(("text", "name", "rank", "role"), ROLE_CASES)
def test_role_is_read_as_the_text_words_it(text: str, name: str, rank: str | None,
                                           role: str | None) -> None:
    start = text.index(name)
    assert role_as_said(text, Span(start, start + len(name)), rank) == role


def test_an_unclosed_quote_ends_before_the_next_opening_mark() -> None:
    text = "He added “My view exactly. Then Lee said: “We will talk to them soon.”"
    found = find_quotes(text)
    assert [(q.span.text(text), q.open_end) for q in found] == [
        ("My view exactly.", True), ("We will talk to them soon.", False)]


def test_a_paragraph_left_open_is_marked_open() -> None:
    text = "“The first part is ready.\n“The second part follows soon,” she said."
    assert [q.open_end for q in find_quotes(text)] == [True, False]


def _extraction(quote: Quote) -> Extraction:
    text = '"We are ready for it," said Capt. Ann Lee.'
    return Extraction(article=Article(id="a", text=text), entities=(), events=(),
                      quotes=(quote,))


def test_speaker_span_and_role_survive_the_json() -> None:
    q = Quote(id="Q1", text="We are ready for it", span=Span(1, 20), speaker="E1",
              speaker_span=Span(34, 41), speaker_role="Capt.")
    data = to_json(_extraction(q))
    assert data["quotes"][0]["speaker_span"] == [34, 41]
    assert data["quotes"][0]["speaker_role"] == "Capt."
    assert from_json(data).quotes[0] == q


def test_json_without_the_new_fields_still_reads() -> None:
    q = Quote(id="Q1", text="We are ready for it", span=Span(1, 20), speaker="E1")
    data = to_json(_extraction(q))
    assert "speaker_span" not in data["quotes"][0] and "speaker_role" not in data["quotes"][0]
    assert from_json(data).quotes[0] == q


def test_the_document_text_is_built_once() -> None:
    """Quote attribution reads the text per quote; spaCy rebuilds ``Doc.text`` on each access,
    which made a long article quadratic. The cached text is the document's text."""
    import spacy

    from factwire.nlp.sentences import text_of

    doc = spacy.blank("en")("He said: “We agree.” She added more.")
    assert text_of(doc) == doc.text
    assert text_of(doc) is text_of(doc)
