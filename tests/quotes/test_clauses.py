"""Issue 9, third round: who the attribution clause names when other people stand nearer the
quotation than the speaker. One table per mechanism; the sentences are written for these tests.

Each row: the text, then for every quotation in order the speaker's name and the words of the
attribution that name it (``speaker_span``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.ingest import read_text
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow

Row = tuple[str, list[tuple[str, str]]]

SENTENCE_ENDS: list[Row] = [  # attribute.py: where the attribution's sentence begins and ends
    ('Helen Ward called for Maria Lopez to resign, but said the report had some value. “Who '
     'will pay for the hospitals that are never built?” she said on Monday. “The money is '
     'simply gone.”', [("Helen Ward", "she"), ("Helen Ward", "she")]),
    ('Omar Haddad, the regional director of the International Rescue Committee, said the camp '
     'was full. “We need more tents before the winter comes.” The IRC said 40 families had '
     'arrived on Sunday.', [("Omar Haddad", "Omar Haddad")]),
    ('Samir Aziz, 50, said strikes by government forces continued into the morning. “We '
     'counted eleven explosions before dawn.”', [("Samir Aziz", "Samir Aziz")]),
]

STANDING_ALONE: list[Row] = [  # attribute.py: a quotation in a sentence of its own
    ('“The shelling was relentless,” said Karim Haddad, a surgeon at the Union of Relief '
     'Clinics (URC), which runs eleven clinics and four field hospitals in the villages of the '
     'northern province and along the border with the neighbouring state. “We have no beds '
     'left and no blood for the wounded.”',
     [("Karim Haddad", "Karim Haddad"), ("Karim Haddad", "Karim Haddad")]),
    ('“The camps will not hold another winter,” Rana Saleh, director of programmes at the '
     'Institute for the Study of Displacement and Return at the University of Leeds, said on '
     'Monday.', [("Rana Saleh", "Rana Saleh")]),
    ('“We will rebuild the bridge by spring,” said Lena Ortiz. In Marawi, local teacher Nadia, '
     '29, said the schools had reopened on Monday. “The children are back, but half the desks '
     'are empty.”', [("Lena Ortiz", "Lena Ortiz"), ("Nadia", "Nadia")]),
]

DOCUMENTS_AND_TITLES: list[Row] = [  # groups.py, titles.py: "the report", "the Head of State"
    ('Militants are regrouping in the desert, according to a Pentagon report published last '
     'month. “The group is rebuilding its networks faster than expected,” the report said.',
     [("United States", "the report")]),
    ('President Anna Kovac met the envoys on Tuesday. “We need the air defence systems now, not '
     'next year,” the Head of State said.', [("Anna Kovac", "the Head of State")]),
]

REPORTING_PHRASES: list[Row] = [  # attribute.py: verbs and phrases that report partial quotes
    ('The veteran diplomat Tom Fletcher spoke of “storm clouds gathering over the region”.',
     [("Tom Fletcher", "Tom Fletcher")]),
    ('In the words of the general Joseph Vance, the fighters were brave at “keeping every '
     'promise they made”.', [("Joseph Vance", "Joseph Vance")]),
    ('Vladimir Putin demanded “concrete steps to destroy this nest of terrorists” at the '
     'meeting.', [("Vladimir Putin", "Vladimir Putin")]),
    ('As Dirk Olsen puts it, “she cared more about doing than talking”.',
     [("Dirk Olsen", "Dirk Olsen")]),
    ('Anna Weiss called the decision “a betrayal of everything we fought for”.',
     [("Anna Weiss", "Anna Weiss")]),
    ('The offensive went on, according to the Berlin-based monitor Karl Brandt, who said that '
     '“the front has not moved for a week”.', [("Karl Brandt", "Karl Brandt")]),
]

DEPENDENT_VERBS: list[Row] = [  # attribute.py: a verb whose subject is the sentence's own
    ('Colonel Dana Price said the convoy had been sent by Viktor Orlov’s forces, but said she '
     'would “not comment on the exact route it took”.', [("Dana Price", "Dana Price")]),
    ('The minister, Jonas Berg, made no mention of Karl Weiss’s resignation, instead saying: '
     '“We will look at the budget again next year.”', [("Jonas Berg", "Jonas Berg")]),
    ('Ann Cole claimed the agency under Peter Vance had been slow about asserting itself, '
     '“when the moment called for courage”, and had lost trust.', [("Ann Cole", "Ann Cole")]),
]

PRONOUNS: list[Row] = [  # refer.py: a name that qualifies a noun, a source of "according to"
    ('Pedro Alves toured the border on Friday. The Maduro government, he said, had “broken '
     'every promise it made to the farmers”.', [("Pedro Alves", "he")]),
    ('Mark Dale phoned Omar Khalil on Monday. During his call with Khalil, he promised more '
     'aid. By Friday, however, he appeared to side with Tom Reed. “We will not walk away from '
     'the table,” he told reporters.', [("Mark Dale", "he")]),  # coref.py: the subject "he"
    ('Mark Olsen met Anna Reyes in Berlin on Monday. Olsen praised the plan at length. “The '
     'plan is far too slow for us,” she said.', [("Anna Reyes", "she")]),  # gender.py
    ('Ilham Ahmed spoke to reporters in Paris on Monday. “We need guarantees before any '
     'withdrawal,” she said.', [("Ilham Ahmed", "she")]),  # a list says male: still her
    ('According to Paul Meyer, an analyst in Berlin, Janos Kovacs is now isolated within his '
     'own party. “Only two of his ministers still speak to him,” he said.',
     [("Paul Meyer", "he")]),
]

DESCRIBED_NAMES: list[Row] = [  # names.py: the text calls the name a person
    ('In Kobani, local woman Delal, 42, said the shelling had stopped. “The nights are quiet '
     'now, but nobody sleeps.”', [("Delal", "Delal")]),
    ('Nora Quinn, director of Safeharbour, the refugee charity, said: “These children need a '
     'doctor, not a cell.”', [("Nora Quinn", "Nora Quinn")]),
]

NOT_THE_SPEAKER: list[Row] = [  # attribute.py, clause.py: named in the clause, yet not speaking
    ('Asked about Karim Nasser, the foreign ministry said: “We do not discuss individual cases '
     'in public.”', [("foreign ministry", "ministry")]),
    ('Responding to his demands, a government spokesman said: “Fighters should face justice '
     'where they committed their crimes.”', [("government spokesman", "spokesman")]),
    ('“If the president stays, this war will not end,” said Omar Haddad’s political aide.',
     [("Omar Haddad’s political aide", "aide")]),
    ('“The road was cleared within an hour,” said Jamal, a Kurdish fighter reached by '
     'telephone.', [("Jamal", "Jamal")]),
    ('Mateo Ruiz, who served in the same unit in which Tom Baird fought during his last months '
     'and saw the young man die in the field, said: “Tom was my best friend out there.”',
     [("Mateo Ruiz", "Mateo Ruiz")]),
]

DESCRIBED_BEFORE: list[Row] = [  # refer.py: "the official" is the person described so before
    ('Aram Kochar, a Kurdish military official, said the fighters rarely left their positions. '
     '“They are very committed and they do not plan on leaving,” the official said from the '
     'roof.', [("Aram Kochar", "the official")]),
    ('Kurdish commander Adnan Rasul led the assault on the town. Later the commander told '
     'reporters: “We took two houses and lost them again at night.”',
     [("Adnan Rasul", "the commander")]),
    ('Lina Haddad, an aid official, visited the camp in May. A senior Turkish diplomat told '
     'reporters the talks had stalled. “Nobody will move before the elections,” the diplomat '
     'said.', [("diplomat", "diplomat")]),
    ('“We will be leaving at a proper pace and fighting until the job is done!..” Trump '
     'tweeted.', [("Trump", "Trump")]),
]

ALL = {"ends": SENTENCE_ENDS, "described_before": DESCRIBED_BEFORE,
       "not_speaker": NOT_THE_SPEAKER, "alone": STANDING_ALONE,
       "documents": DOCUMENTS_AND_TITLES, "phrases": REPORTING_PHRASES,
       "dependent": DEPENDENT_VERBS, "pronouns": PRONOUNS, "described": DESCRIBED_NAMES}
CASES = [pytest.param(*row, id=f"{name}-{i}") for name, rows in ALL.items()
         for i, row in enumerate(rows)]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_quotation_has_the_clause_speaker(pipeline: Pipeline, text: str,
                                               expected: list[tuple[str, str]]) -> None:
    r = pipeline.run(read_text(text, id="q", published=dt.date(2023, 6, 1)))
    names = {e.id: e.name for e in r.entities}
    got = [(names.get(q.speaker or ""),
            r.article.text[q.speaker_span.start : q.speaker_span.end] if q.speaker_span else None)
           for q in r.quotes]
    assert got == expected
