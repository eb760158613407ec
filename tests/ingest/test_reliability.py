"""Issue 10: each bad input a real feed sends is made valid (with a note) or rejected with
its reason, and never crashes the reader or the pipeline."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from factwire.api import extract_text
from factwire.ingest import read_inputs
from factwire.ingest.build import DocMeta
from factwire.ingest.htmlpage import html_article
from factwire.ingest.options import IngestOptions
from factwire.model import Article, Rejected, from_json, to_json
from factwire.runner import get_pipeline
from factwire.runner import pipeline as pipeline_module
from factwire.runner.checks import span_violations
from factwire.store.export import spreadsheet_safe, write_tsv

BODY = ("<p>India and Russia held talks in Moscow on Monday about the jets. The deal was "
        "first discussed in 2020 by officials of both states.</p>")
SCRUBBED = ("replaced 1 unusable character(s) (lone surrogates or C1 control characters) "
            "with U+FFFD; fix the encoding of the input")


def test_a_lone_surrogate_in_jsonl_is_replaced_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": "India and Russia held \\ud800 talks in Moscow."}\n'
                    '{"id": "b", "text": "The United States imposed sanctions on Iran."}\n')
    docs = list(read_inputs([str(path)]))
    assert [type(d).__name__ for d in docs] == ["Article", "Article"]
    first = docs[0]
    assert isinstance(first, Article)
    assert first.text == "India and Russia held \ufffd talks in Moscow."
    assert first.notes == (SCRUBBED,)
    results = list(get_pipeline().run_many([d for d in docs if isinstance(d, Article)]))
    assert all(not isinstance(r, Rejected) for r in results)


def test_notes_go_into_the_json_and_come_back() -> None:
    result = extract_text("Hello \x9c world: India and Russia held talks in Moscow.", id="n")
    data = to_json(result)
    assert data["doc"]["notes"] == [SCRUBBED]
    assert from_json(data).article.notes == (SCRUBBED,)
    assert to_json(from_json(data)) == data
    assert "notes" not in to_json(extract_text("India and Russia held talks.", id="m"))["doc"]


def test_a_text_ending_in_an_organ_name_is_extracted() -> None:
    result = extract_text("It was done by the armed forces", id="organ")
    assert result.article.text == "It was done by the armed forces"
    assert span_violations(result) == []


def test_long_texts_are_parsed_in_sections_with_the_same_result(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Vladimir Putin met Narendra Modi in Sochi on Monday. "
            "India's Defence Ministry said the armed forces would receive S-400 missiles.\n"
            ) * 6
    whole = extract_text(text, id="long")
    monkeypatch.setattr(pipeline_module, "SECTION_CHARS", 150)
    assert len(pipeline_module.sections(text)) > 1
    assert extract_text(text, id="long") == whole


def test_sections_cut_after_newlines_and_spaces_and_join_back() -> None:
    assert pipeline_module.sections("ab\ncd\nef", 4) == ["ab\n", "cd\n", "ef"]
    assert pipeline_module.sections("abc def", 5) == ["abc ", "def"]
    assert pipeline_module.sections("abcdefg", 3) == ["abc", "def", "g"]
    text = "x" * 250_001 + "\n" + "y " * 10
    assert "".join(pipeline_module.sections(text)) == text


def test_html_date_is_not_invented_from_a_year_in_the_body() -> None:
    page = f"<html><head><title>T</title></head><body><article>{BODY}</article></body></html>"
    article = html_article(page, DocMeta(id="h", origin="h.html"), IngestOptions())
    assert isinstance(article, Article) and article.published is None
    dated = page.replace("</title>", "</title><meta property='article:published_time' "
                         "content='2018-12-13T10:00:00Z'>")
    article = html_article(dated, DocMeta(id="h", origin="h.html"), IngestOptions())
    assert isinstance(article, Article) and str(article.published) == "2018-12-13"


def test_html_nested_beyond_the_parser_limit_keeps_its_body() -> None:
    page = "<html><body>" + "<div>" * 1000 + BODY + "</div>" * 1000 + "</body></html>"
    article = html_article(page, DocMeta(id="deep", origin="deep.html"), IngestOptions())
    assert isinstance(article, Article)
    assert article.text.startswith("India and Russia held talks in Moscow on Monday")


def test_a_page_of_repeated_paragraphs_says_it_was_cut() -> None:
    page = f"<html><body><article>{BODY * 300}</article></body></html>"
    article = html_article(page, DocMeta(id="rep", origin="rep.html"), IngestOptions())
    assert isinstance(article, Article)
    assert article.notes == (
        "HTML body keeps 106 of the page's 31800 non-space text characters (repeated "
        "paragraphs and boilerplate are dropped): give the text as .txt if the article "
        "is longer",)


def test_a_csv_row_with_an_unescaped_quote_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text('id,text,published\n'
                    'a,"The minister said "we will buy the jets, all of them" today.",2018-12-13\n'
                    'b,"India and Russia held talks in Moscow on Monday.",2018-12-13\n')
    docs = list(read_inputs([str(path)]))
    assert docs[0] == Rejected(str(path), (
        "row has 4 field(s) over 1 line(s) where the header has 3: a field probably holds "
        "an unescaped quote or comma; put each field with commas or quotes in double "
        'quotes and double the quotes inside ("")'), 2)
    assert [d.id for d in docs[1:] if isinstance(d, Article)] == ["b"]


def test_a_sidecar_date_that_is_no_date_is_a_note(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("India and Russia held talks in Moscow on Monday.\n")
    (tmp_path / "a.meta.json").write_text('{"published": "99999-99-99"}')
    [article] = read_inputs([str(tmp_path / "a.txt")])
    assert isinstance(article, Article) and article.published is None
    side = tmp_path / "a.meta.json"
    assert article.notes == (f"sidecar {side} field 'published' = '99999-99-99' is not a date "
                             "(use YYYY-MM-DD); publication date left unknown",)


def test_zero_width_and_bidi_characters_do_not_stop_linking() -> None:
    plain = extract_text("Vladimir Putin met Narendra Modi in Sochi on Monday.", id="p")
    marked = extract_text("\u202aVladimir\u200b Putin\u202c met \u2066Narendra Modi\u2069 in "
                          "Sochi on Monday.", id="p")
    assert marked.article.text == plain.article.text
    assert [e.name for e in marked.entities] == [e.name for e in plain.entities]
    assert [e.kind for e in marked.events] == [e.kind for e in plain.events] == [
        "meeting", "visit"]  # Modi, met at Putin's home, visits


def test_tsv_export_round_trips_quotes_tabs_and_newlines() -> None:
    out = io.StringIO()
    value = 'he said "no"\tthen\nleft'
    write_tsv([{"a": value, "b": "=HYPERLINK(\"http://x\")", "c": -5}], ["a", "b", "c"], out)
    rows = list(csv.reader(io.StringIO(out.getvalue()), dialect="excel-tab"))
    assert rows == [["a", "b", "c"], [value, "'=HYPERLINK(\"http://x\")", "-5"]]


@pytest.mark.parametrize(("given", "written"), [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1 more", "'+1 more"), ("@sum", "'@sum"),
    ("-India", "'-India"), ("-5", "-5"), ("1.5e3", "1.5e3"), ("India", "India")])
def test_spreadsheet_formula_cells_are_prefixed(given: str, written: str) -> None:
    assert spreadsheet_safe(given) == written


def test_a_text_over_spacys_max_length_is_parsed_in_sections(
        monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = get_pipeline().nlp
    text = "India and Russia held talks in Moscow on Monday about the jets.\n" * 20
    monkeypatch.setattr(nlp, "max_length", 500)  # stands for spaCy's 1,000,000 characters
    monkeypatch.setattr(pipeline_module, "SECTION_CHARS", 400)
    result = extract_text(text, id="huge")
    assert len(result.article.text) > nlp.max_length
    assert span_violations(result) == [] and result.events
