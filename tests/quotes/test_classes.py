"""Issue 9: one table per class of wrong speakers, on sentences written for these tests.

Each row: the text, then the speaker's name, the words of the attribution that name the
speaker (``speaker_span``) and the role as the text gives it (``speaker_role``).
"""

from __future__ import annotations

import pytest

from factwire.ingest import read_text
from factwire.model import Extraction
from factwire.runner.pipeline import Pipeline

pytestmark = pytest.mark.slow

Row = tuple[str, str, str, str | None]

EMBEDDED_ENTITY: list[Row] = [  # class 1: the person, not the state or office inside the phrase
    ('"We will buy more tanks next year," said the Polish defence minister, Jan Nowak.',
     "Jan Nowak", "Jan Nowak", "the Polish defence minister"),
    ('"The border is calm for now," a spokesman for the ministry, Ivan Petrov, said.',
     "Ivan Petrov", "Ivan Petrov", "a spokesman for the ministry"),
    ('"Our fleet is ready for the drill," the former Pentagon adviser Ann Lee said.',
     "Ann Lee", "Ann Lee", "the former Pentagon adviser"),
    ('"We need more ships in the region," the Turkish foreign minister, Mehmet Kaya, said, '
     'adding that Ankara would raise it.', "Mehmet Kaya", "Mehmet Kaya",
     "the Turkish foreign minister"),
    ('"We will respond to any provocation," Turkey\'s defence minister Hulusi Demir said.',
     "Hulusi Demir", "Hulusi Demir", "Turkey's defence minister"),
]

RANKS: list[Row] = [  # class 2: the rank is the role and never stops the name
    ('"The ship will sail at dawn tomorrow," said Capt. Maria Lopez, the destroyer\'s '
     'commanding officer.', "Maria Lopez", "Maria Lopez",
     "Capt., the destroyer's commanding officer"),
    ('"We trained hard for this mission," Rear Adm. Tom Baker said.',
     "Tom Baker", "Tom Baker", "Rear Adm."),
    ('"Our soldiers showed real courage here," said Sgt. 1st Class Paul Grant.',
     "Paul Grant", "Paul Grant", "Sgt. 1st Class"),
    ('"The alliance stands united on this," Air Chief Marshal Ravi Singh said.',
     "Ravi Singh", "Ravi Singh", "Air Chief Marshal"),
    ('"Supplies will arrive within the week," Brig. Gen. Lisa Moore said.',
     "Lisa Moore", "Lisa Moore", "Brig. Gen."),
    ('"The drills are purely defensive in nature," Lt. Cmdr. Ben Okafor, a navy spokesman, '
     'said.', "Ben Okafor", "Ben Okafor", "Lt. Cmdr., a navy spokesman"),
    ('Vice Adm. Paul Decker said: "The carrier group will stay in the region until spring."',
     "Paul Decker", "Paul Decker", "Vice Adm."),
]

PRONOUNS_AND_TITLES: list[Row] = [  # class 3: resolved to the person meant in the article
    ('Lt. Gen. Omar Haddad visited the base. "We expect the exercise to grow," he told '
     'reporters.', "Omar Haddad", "he", None),
    ('Prime Minister Anna Lind spoke after the summit. "We got what we came for," she told '
     'reporters.', "Anna Lind", "she", None),
    ('Chancellor Olaf Berg met the troops on Monday. "These men deserve our thanks," the '
     'chancellor said.', "Olaf Berg", "the chancellor", "the chancellor"),
    ('Tomas Varga met the envoy. "Nothing about the old ceasefire lines can be accepted," he '
     'said.', "Tomas Varga", "he", None),
    ('When President Karl Brandt was ousted by the army, Senator Felix Adler all but declared '
     'war. "There is no difference between the two of them," he declared.', "Felix Adler",
     "he", None),
    ('Foreign Minister Lena Marsh arrived in Oslo. The foreign minister also criticised the '
     'Danish premier, Jens Holm, who has said little. "That choice will help nobody in the '
     'region," she said.', "Lena Marsh", "she", None),
    ('Defence Minister Ali Kaya met the troops. "Our borders are safe," the defence minister '
     'said.', "Ali Kaya", "the defence minister", "the defence minister"),
    ('President Sergio Mattei described the plan. "Even Viktor Moll could not stop this deal '
     'now," he said.', "Sergio Mattei", "he", None),
]

DESCRIBED: list[Row] = [  # class 4: anonymous speakers named by their description
    ('"Nobody expected such a fast reply," said one diplomat.',
     "diplomat", "diplomat", "diplomat"),
    ('"The talks have reached a dead end," a senior US official said.',
     "senior US official", "official", "senior US official"),
    ('"Patrols will continue as planned this week," a senior Japanese defence official told '
     'reporters.', "senior Japanese defence official", "official",
     "senior Japanese defence official"),
    ('"The missiles were moved overnight to the coast," said an Israeli military source.',
     "Israeli military source", "source", "Israeli military source"),
    ('"Our patience has limits," a ministry statement said.',
     "ministry statement", "statement", "ministry statement"),
    ('"We remain ready to talk," Iran\'s foreign ministry spokesman said.',
     "Iran's foreign ministry spokesman", "spokesman", "Iran's foreign ministry spokesman"),
]

PATTERNS: list[Row] = [  # class 5: attributions other than "X said"
    ('"The deal is fair to both sides," Ann Lee, head of the institute, said.',
     "Ann Lee", "Ann Lee", "head of the institute"),
    ('"We have done what we came to do," Tariq Aziz summed up.',
     "Tariq Aziz", "Tariq Aziz", None),
    ('"The exercise poses no threat to anyone," according to Hannah Vogel, who chairs the '
     'committee.', "Hannah Vogel", "Hannah Vogel", None),
    ('“We will leave at a proper pace and do all that is needed!..” Tom Reed tweeted.',
     "Tom Reed", "Tom Reed", None),
    ('"Our position has not changed at all," Mark Stone wrote on Twitter.',
     "Mark Stone", "Mark Stone", None),
    ('Elena Petrova, the Bulgarian foreign minister, issued a warning: "Any attack will be '
     'answered in kind."', "Elena Petrova", "Elena Petrova", "the Bulgarian foreign minister"),
    ('"There is deep unease in the capital about the plan," Omar Farid, a former envoy to '
     'the region.', "Omar Farid", "Omar Farid", "a former envoy to the region"),
]

STATEMENTS: list[Row] = [  # class 7: the issuing office, or the person the statement quotes
    ('The Ministry of Defence said in a statement: "Two frigates will join the task group '
     'next month."', "Ministry of Defence", "Ministry of Defence", None),
    ('"Our troops remain on high alert along the border," the Kremlin said in a statement.',
     "Russia", "the Kremlin", "the Kremlin"),
    ('A statement from the president\'s office quoted Taro Ishida as saying: "We will not '
     'accept any change to the status quo."', "Taro Ishida", "Taro Ishida", None),
]

ALL = {"embedded": EMBEDDED_ENTITY, "ranks": RANKS, "pronouns": PRONOUNS_AND_TITLES,
       "described": DESCRIBED, "patterns": PATTERNS, "statements": STATEMENTS}
CASES = [pytest.param(*row, id=f"{name}-{i}") for name, rows in ALL.items()
         for i, row in enumerate(rows)]


def _run(pipeline: Pipeline, text: str) -> Extraction:
    return pipeline.run(read_text(text, id="q"))


@pytest.mark.parametrize(("text", "speaker", "said_as", "role"), CASES)
def test_speaker_mention_and_role(pipeline: Pipeline, text: str, speaker: str, said_as: str,
                                  role: str | None) -> None:
    r = _run(pipeline, text)
    names = {e.id: e.name for e in r.entities}
    assert len(r.quotes) == 1
    q = r.quotes[0]
    assert names.get(q.speaker or "") == speaker
    assert q.speaker_span is not None
    assert r.article.text[q.speaker_span.start : q.speaker_span.end] == said_as
    assert q.speaker_role == role


@pytest.mark.parametrize(("text", "country"), [
    ('"The talks have reached a dead end," a senior US official said.', "USA"),
    ('"The missiles were moved overnight to the coast," said an Israeli military source.',
     "ISR"),
    ('"We have no plans to send more troops there," one European diplomat said.', None),
    ('"We remain ready to talk," Iran\'s foreign ministry spokesman said.', "IRN"),
])
def test_described_speakers_keep_their_country(pipeline: Pipeline, text: str,
                                               country: str | None) -> None:
    r = _run(pipeline, text)
    by_id = {e.id: e for e in r.entities}
    assert by_id[r.quotes[0].speaker or ""].country == country


@pytest.mark.parametrize("row", EMBEDDED_ENTITY + RANKS + PATTERNS)
def test_no_state_or_organisation_when_a_person_is_named(pipeline: Pipeline, row: Row) -> None:
    """The issue's check: a named person in the attribution clause is the speaker."""
    r = _run(pipeline, row[0])
    kinds = {e.id: e.kind for e in r.entities}
    assert [kinds.get(q.speaker or "") for q in r.quotes] == ["person"]


def test_quotes_over_paragraphs_keep_their_speakers(pipeline: Pipeline) -> None:
    """Class 6: the open first paragraph takes the speaker named in the next one; an unclosed
    quote does not swallow the quotation that follows it."""
    text = ('"The first part of the plan is ready.\n'
            '"The second part will follow in spring," said Anna Berg.\n'
            'Paul Kim answered, adding “We hope for the best. Rita Holm said: “We will wait '
            'and see what comes of it.”')
    r = _run(pipeline, text)
    names = {e.id: e.name for e in r.entities}
    assert [(q.text, names.get(q.speaker or "")) for q in r.quotes] == [
        ("The first part of the plan is ready.", "Anna Berg"),
        ("The second part will follow in spring", "Anna Berg"),
        ("We hope for the best.", "Paul Kim"),
        ("We will wait and see what comes of it.", "Rita Holm"),
    ]
