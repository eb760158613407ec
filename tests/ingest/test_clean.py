"""Cleaning: whitespace, page furniture, trailing blocks, headlines, hard-wrapped text."""

from __future__ import annotations

import pytest

from factwire.ingest import clean_text
from factwire.ingest.clean import normalise

BODY = "The defence ministers met in the capital on Tuesday to discuss the new frigates."
MORE = "Officials said the talks would continue next month."

# (case, raw input, expected cleaned text)
CLEANING = [
    ("crlf line endings", f"{BODY}\r\n{MORE}\r\n", f"{BODY}\n{MORE}"),
    ("lone cr", f"{BODY}\r{MORE}", f"{BODY}\n{MORE}"),
    ("blank lines collapse to one break", f"{BODY}\n\n\n\n{MORE}", f"{BODY}\n{MORE}"),
    ("runs of spaces and tabs", "The  ministers\t\tmet   on Tuesday.",
     "The ministers met on Tuesday."),
    ("nbsp and thin spaces", "The\u00a0ministers\u2009met on Tuesday.",
     "The ministers met on Tuesday."),
    ("zero-width and soft hyphen removed", "Mini\u00adsters\u200b met on Tuesday.",
     "Ministers met on Tuesday."),
    ("lines trimmed", f"   {BODY}   \n\t{MORE}", f"{BODY}\n{MORE}"),
    ("share this article", f"{BODY}\nShare this article\n{MORE}", f"{BODY}\n{MORE}"),
    ("share network row", f"{BODY}\nFacebook Twitter WhatsApp Email\n{MORE}", f"{BODY}\n{MORE}"),
    ("follow us on twitter", f"{BODY}\nFollow us on Twitter @defencedaily\n{MORE}",
     f"{BODY}\n{MORE}"),
    ("newsletter", f"{BODY}\nSign up for our newsletter to get the top stories\n{MORE}",
     f"{BODY}\n{MORE}"),
    ("read more link line", f"{BODY}\nRead more: Navy orders six new corvettes\n{MORE}",
     f"{BODY}\n{MORE}"),
    ("advertisement", f"{BODY}\nADVERTISEMENT\n{MORE}", f"{BODY}\n{MORE}"),
    ("cookie notice", f"We use cookies to improve your experience on our site.\n{BODY}", BODY),
    ("agency credits", f"{BODY}\n(Reporting by Jane Roe; Editing by John Doe)", BODY),
    ("copyright line", f"{BODY}\nCopyright 2019 Example Media Ltd.", BODY),
    ("all rights reserved", f"{BODY}\nExample Media. All rights reserved.", BODY),
    ("photo credit", f"Photo: Jane Roe/Example Agency\n{BODY}", BODY),
    ("caption with credit", f"{BODY}\nSailors man the rails as the ship departs. "
     f"(U.S. Navy photo by Petty Officer Jane Roe)\n{MORE}", f"{BODY}\n{MORE}"),
    ("click here", f"{BODY}\nClick here to subscribe.\n{MORE}", f"{BODY}\n{MORE}"),
    ("conversations ends the article", f"{BODY}\nConversations\nReader one: great piece",
     BODY),
    ("related ends the article", f"{BODY}\n{MORE}\nRelated articles\nNavy buys drones",
     f"{BODY}\n{MORE}"),
    ("press release end mark", f"{BODY}\n-30-\nContact: press office", BODY),
    ("end marker before any body is only dropped", f"Comments\n{BODY}", BODY),
    ("furniture words inside a sentence stay",
     "The minister said advertisement of the tender follows.",
     "The minister said advertisement of the tender follows."),
    ("long line is never a photo credit", "Photo: " + "word " * 60,
     ("Photo: " + "word " * 60).strip()),
    ("byline dropped", f"By Jane Roe\n{BODY}", BODY),
    ("markdown bold and links unwrapped", "**Talks** went on, the [ministry said](https://x.org/a).",
     "Talks went on, the ministry said."),
    ("press contact block before dateline",
     f"Media/Public Contact: Press Desk (555) 010-0000Transmittal No: 19-01WASHINGTON, Jan. 2,"
     f" 2019 – {BODY}", f"WASHINGTON, Jan. 2, 2019 – {BODY}"),
]


@pytest.mark.parametrize(("case", "raw", "expected"), CLEANING, ids=[c[0] for c in CLEANING])
def test_cleaning(case: str, raw: str, expected: str) -> None:
    assert clean_text(raw).text == expected


def test_cleaning_can_be_switched_off() -> None:
    raw = f"{BODY}\nShare this article\nConversations\n{MORE}"
    assert clean_text(raw, strip_furniture=False).text == raw


def test_disclaimer_after_end_marker_names_the_source() -> None:
    raw = (f"{BODY}\nConversations\nThe opinions expressed in reader contributions are those "
           "of the author only, and do not reflect the opinions/views of Example Daily News.")
    cleaned = clean_text(raw)
    assert cleaned.text == BODY
    assert cleaned.source == "Example Daily News"
    assert cleaned.removed == ("comments",)


def test_byline_author_is_kept() -> None:
    cleaned = clean_text(f"By Jane Roe\n{BODY}")
    assert (cleaned.author, cleaned.removed) == ("Jane Roe", ("byline",))


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    raw = "By Monday the convoy had reached the border crossing."
    assert clean_text(raw).text == raw
    assert clean_text(raw).author is None


def test_headline_taken_from_lone_first_line() -> None:
    cleaned = clean_text(f"Navy Orders Six Frigates\n\n{BODY}\n{MORE}",
                         title_from_first_line=True)
    assert (cleaned.title, cleaned.text) == ("Navy Orders Six Frigates", f"{BODY}\n{MORE}")


@pytest.mark.parametrize("raw", [
    f"{BODY}\n\n{MORE}",             # first line ends like a sentence
    f"Navy Orders Six Frigates\n{BODY}",  # no blank line after it
    "Navy Orders Six Frigates\n\n",   # nothing after it
])
def test_no_headline_without_its_shape(raw: str) -> None:
    cleaned = clean_text(raw, title_from_first_line=True)
    assert cleaned.title is None


WRAPPED = """The ministers agreed to deepen cooperation on air defence and to hold
joint exercises next year, officials from both governments said after the
talks in the capital, which lasted two days and ended on Friday afternoon.

Defence Cooperation

The two sides also discussed the delivery schedule for the new frigates and
the training of crews, according to a statement issued by the ministry.
- Frigates will be delivered in 2020.
- Crews will train abroad."""


def test_hard_wrapped_text_is_unwrapped() -> None:
    assert clean_text(WRAPPED).text.split("\n") == [
        "The ministers agreed to deepen cooperation on air defence and to hold joint "
        "exercises next year, officials from both governments said after the talks in the "
        "capital, which lasted two days and ended on Friday afternoon.",
        "Defence Cooperation",
        "The two sides also discussed the delivery schedule for the new frigates and the "
        "training of crews, according to a statement issued by the ministry.",
        "- Frigates will be delivered in 2020.",
        "- Crews will train abroad.",
    ]


def test_one_paragraph_per_line_is_not_unwrapped() -> None:
    raw = "\n".join([BODY, MORE, "Short line", BODY])
    assert clean_text(raw).text == raw


def test_normalise_keeps_words_in_place() -> None:
    raw = "Café  talks\u00a0in Kyiv\r\nended."
    assert normalise(raw) == "Café talks in Kyiv\nended."


ITEMS = ["Twenty (20) M903 launching stations on their trailers",
         "Six (6) AN/MPQ-65A radars with their control shelters",
         "Two (2) patrol boats of the coastal defence squadron",
         "Four (4) heavy trucks for the transport of the launchers"]


def test_paragraphs_on_lines_with_a_list_between_are_not_unwrapped() -> None:
    # long paragraphs on lines of their own: the short list lines are not a wrapped text
    long = BODY + " " + MORE
    raw = "\n".join([long, "", "The items requested are:", *ITEMS, "", long])
    assert clean_text(raw).text.split("\n") == [long, "The items requested are:", *ITEMS, long]


def test_a_heading_in_capitals_stays_apart_from_the_wrapped_paragraph() -> None:
    raw = "\n".join([
        "OPENING NEW MARKETS FOR AMERICAN FARMERS AND WORKERS:",
        "Today in Lima, the Secretary announced a set of agreements with",
        "the Government of Peru that will open the market to American goods",
        "and lower the tariffs paid by exporters of grain, machinery and",
        "medical equipment over the coming five years, officials said.",
    ])
    assert clean_text(raw).text.split("\n")[:2] == [
        "OPENING NEW MARKETS FOR AMERICAN FARMERS AND WORKERS:",
        "Today in Lima, the Secretary announced a set of agreements with the Government of "
        "Peru that will open the market to American goods and lower the tariffs paid by "
        "exporters of grain, machinery and medical equipment over the coming five years, "
        "officials said."]


def test_a_list_of_short_capitalised_lines_is_not_unwrapped() -> None:
    # the only long line is the opening paragraph: the list lines are not a wrapped text
    # though they stop mid-sentence at a steady width
    raw = "\n".join(["The request names its items, a line each, in the usual form.",
                     "", "The Government of Peru has requested to buy:", *ITEMS,
                     "Also included are spare parts and training."])
    assert clean_text(raw).text.split("\n") == raw.replace("\n\n", "\n").split("\n")
