"""Issue 9, second round: one table per mechanism added for unseen text, on sentences written
for these tests (names, roles and places are invented or generic).

Each row: the text, then the speaker's name and the words of the attribution that name it
(``speaker_span``); for described speakers also the role as said.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.ingest import read_text
from factwire.model import Extraction
from factwire.quotes.find import find_quotes
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow

Row = tuple[str, str, str]

BARE_NAMES: list[Row] = [  # names.py: a capitalised name in the speaker's slot is a person
    ('"We had nothing left to eat in the camp," said Arin, 31.', "Arin", "Arin"),
    ('"The roads to the village are closed again," Nujin says.', "Nujin", "Nujin"),
    ('"The organisation caused many problems for us," said Al-Abdullah.',
     "Al-Abdullah", "Al-Abdullah"),
    ('"We waited for days at the border crossing," said commander Adnan Afrin.',
     "Adnan Afrin", "Adnan Afrin"),
    ('"We came all this way for our friend," said Canadian Hanna Bohman.',
     "Hanna Bohman", "Hanna Bohman"),
    ('Ricardo Vilanova took the photographs. "It was a very hard winter for all of us," '
     'Ricardo said.', "Ricardo Vilanova", "Ricardo"),
    ('Jeremy Corbyn spoke first at the rally. "We need a real debate about this war," Cobyn '
     'said.', "Jeremy Corbyn", "Cobyn"),
    ('Tom Baird was held for two years. Baird’s mother Helen said: "I want them to face a '
     'fair trial at home."', "Helen Baird", "Helen"),
    ('Lisa Moran died in the fighting last year. "People called Lisa a hero after that," '
     'her sister Ruth says.', "Ruth Moran", "Ruth"),
]

INSTITUTIONS_AND_GROUPS: list[Row] = [  # groups.py: "it", "they", "the department"
    ('The International Rescue Committee said safe passage was essential. "Thousands of '
     'people could be displaced overnight," it said.', "International Rescue Committee", "it"),
    ('The lawyers representing the family said the men should be tried. "Their request is '
     'that due process be followed," they said.', "lawyers", "they"),
    ('Senators Ann Webb and Tom Reyes wrote to the secretary on Monday. "This bill would '
     'violate the rights of every citizen," they wrote.', "Ann Webb", "they"),
    ('The US state department named the two men on Tuesday. "Both men took part in the abuse '
     'of hostages," the department said.', "Ministry of Foreign Affairs (United States)",
     "the department"),
]

THREADS: list[Row] = [  # standalone.py and thread.py: who speaks between attributions
    ('Munir Haddad, an opposition leader, agreed. "The allies will help us if we are '
     'cornered."', "Munir Haddad", "Munir Haddad"),
]

PERSON_IN_CLAUSE: list[Row] = [  # clause.py: the person, not the institution named with him
    ('"We must prosecute these fighters properly," said Sam Heller at the Century Foundation '
     'thinktank.', "Sam Heller", "Sam Heller"),
    ('Karim Nasser, director at the Institute for Strategic Dialogue and Peace Studies (ISDPS) '
     'at the University of Leeds, said: "These men remain a danger to everyone."',
     "Karim Nasser", "Karim Nasser"),
]

DESCRIBED_MORE: list[tuple[str, str, str]] = [  # nominal.py: more nouns, and their complement
    ('"The camps cannot take any more families this winter," said a senior aid worker in '
     'Turkey.', "senior aid worker in Turkey", "worker"),
    ('"We are standing before a massacre in this town," said a doctor in eastern Ghouta.',
     "doctor in eastern Ghouta", "doctor"),
    ('"They told us we would be trained as real soldiers," the former prisoner said.',
     "former prisoner", "prisoner"),
    ('"We will never give up this fight for our land," said a senior member of the Regional '
     'Security Council.', "senior member of the Regional Security Council", "member"),
    ('"There is no plan for the children in the camps," a Beirut-based western diplomat said.',
     "Beirut-based western diplomat", "diplomat"),
    ('Sam Reid died in the blast. "Sam was a kind and thoughtful man," Reid’s commanding '
     'officer said.', "Reid’s commanding officer", "officer"),
    ('A spokesperson for the Home Office said: "We can confirm that a soldier died today."',
     "spokesperson for the Home Office", "spokesperson"),
]

ALL = {"bare": BARE_NAMES, "groups": INSTITUTIONS_AND_GROUPS, "threads": THREADS,
       "clause": PERSON_IN_CLAUSE, "described": DESCRIBED_MORE}
CASES = [pytest.param(*row, id=f"{name}-{i}") for name, rows in ALL.items()
         for i, row in enumerate(rows)]


def _run(pipeline: Pipeline, text: str) -> Extraction:
    return pipeline.run(read_text(text, id="q"))


@pytest.mark.parametrize(("text", "speaker", "said_as"), CASES)
def test_speaker_and_mention(pipeline: Pipeline, text: str, speaker: str,
                             said_as: str) -> None:
    r = _run(pipeline, text)
    names = {e.id: e.name for e in r.entities}
    assert len(r.quotes) == 1
    q = r.quotes[0]
    assert names.get(q.speaker or "") == speaker
    assert q.speaker_span is not None
    assert r.article.text[q.speaker_span.start : q.speaker_span.end] == said_as


@pytest.mark.parametrize("row", BARE_NAMES + PERSON_IN_CLAUSE)
def test_a_named_person_outranks_states_and_organisations(pipeline: Pipeline,
                                                          row: Row) -> None:
    """The issue's invariant, on names the recogniser misses or mislabels."""
    r = _run(pipeline, row[0])
    kinds = {e.id: e.kind for e in r.entities}
    assert [kinds.get(q.speaker or "") for q in r.quotes] == ["person"]


@pytest.mark.parametrize(("text", "role"), [(row[0], row[1]) for row in DESCRIBED_MORE])
def test_described_speakers_keep_their_description(pipeline: Pipeline, text: str,
                                                   role: str) -> None:
    assert _run(pipeline, text).quotes[0].speaker_role == role


def test_a_pronoun_keeps_the_thread_of_the_previous_speaker(pipeline: Pipeline) -> None:
    """thread.py: the man named as an object before the quotations is not the "he"."""
    text = ('Ivan Orlov met reporters after his talks with Boris Kent. "The report says nothing '
            'new about it," Orlov said. "The claims made by Kent are simply wrong," he said.')
    r = _run(pipeline, text)
    names = {e.id: e.name for e in r.entities}
    assert [names.get(q.speaker or "") for q in r.quotes] == ["Ivan Orlov", "Ivan Orlov"]


def test_a_pronoun_after_a_newly_named_person_is_theirs(pipeline: Pipeline) -> None:
    text = ('"The report says nothing new about it," Ivan Orlov said. Later Maria Lind '
            'spoke to the press. "The claims are simply wrong," she said.')
    r = _run(pipeline, text)
    names = {e.id: e.name for e in r.entities}
    assert [names.get(q.speaker or "") for q in r.quotes] == ["Ivan Orlov", "Maria Lind"]


@pytest.mark.parametrize(("text", "expected"), [
    ("“Here the commander insisted I fight again,’’ Tom Reid told the court.",
     ["Here the commander insisted I fight again"]),
    ("“Their needs require specialised care,’ said Lena Koch. “We cannot wait any longer.”",
     ["Their needs require specialised care", "We cannot wait any longer."]),
    ("“He told me ‘no way,’ and then he left us there,” she said.",
     ["He told me ‘no way,’ and then he left us there"]),
])
def test_unusual_closing_marks(text: str, expected: list[str]) -> None:
    """Two single marks close a curly quotation, and so does one typed in haste before the
    attribution; a single quotation inside it does not."""
    assert [text[q.span.start : q.span.end] for q in find_quotes(text)] == expected


def test_a_rank_read_as_a_person_joins_the_person_it_ranks(pipeline: Pipeline) -> None:
    """ranks.py: the quotation after a rank-led attribution stays with the named sailor."""
    text = ('"Sailing with this crew is something I will remember," said Petty Officer 2nd '
            'Class Dan Rourke, a missile technician. "It also gives me a great sense of pride '
            'in the whole team."')
    r = _run(pipeline, text)
    names = {e.id: e.name for e in r.entities}
    assert [names.get(q.speaker or "") for q in r.quotes] == ["Dan Rourke", "Dan Rourke"]
    assert "Petty Officer" not in names.values()


NATIONAL_TITLES: list[Row] = [  # refer.py: "the <state> <title>" is that state's office-holder
    ('Emmanuel Macron met Olaf Scholz in Paris. The talks ended late. "France will never '
     'accept the use of such weapons," the French leader said.', "Emmanuel Macron",
     "the French leader"),
    ('Narendra Modi and Shehbaz Sharif spoke by telephone. "We want calm on the border and '
     'nothing else," the Indian prime minister said.', "Narendra Modi",
     "the Indian prime minister"),
]
FIRST_NAMES: list[Row] = [  # recognize.py: a first name alone is the one person called so
    ('Sara Lindqvist runs the shelter in Malmo. Her brother Erik helps on weekends. "We open '
     'the doors at six every morning," Sara said.', "Sara Lindqvist", "Sara"),
    ('Tomas Halvorsen reached the camp in May. Officials were slow to help. "Nobody told us '
     'where to go for three days," Tomas said.', "Tomas Halvorsen", "Tomas"),
]


@pytest.mark.parametrize(("text", "speaker", "said_as"), NATIONAL_TITLES + FIRST_NAMES)
def test_titles_and_first_names_reach_the_named_person(pipeline: Pipeline, text: str,
                                                       speaker: str, said_as: str) -> None:
    r = pipeline.run(read_text(text, id="q", published=dt.date(2023, 6, 1)))
    names = {e.id: e.name for e in r.entities}
    [q] = r.quotes
    assert names.get(q.speaker or "") == speaker
    assert q.speaker_span is not None
    assert r.article.text[q.speaker_span.start : q.speaker_span.end] == said_as
