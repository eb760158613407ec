"""Each reader on small inputs written in ``tmp_path``."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from factwire.ingest import IngestOptions, read_path, read_text
from factwire.model import Article, InputError, Rejected

if TYPE_CHECKING:
    from conftest import Ingest


def test_txt_id_is_the_stem_and_text_is_cleaned(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "001_report.txt"
    path.write_text(f"MOSCOW (Reuters) - {ingest.body}\nShare this article\n", encoding="utf-8")
    article = ingest.article(path)
    assert (article.id, article.origin) == ("001_report", str(path))
    assert article.text == f"MOSCOW (Reuters) - {ingest.body}"
    assert (article.dateline, article.published, article.title) == ("Moscow", None, None)


def test_txt_headline_becomes_title(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Navy Orders Six Frigates\n\n{ingest.body}\n{ingest.more}\n")
    article = ingest.article(path)
    assert (article.title, article.text) == ("Navy Orders Six Frigates",
                                             f"{ingest.body}\n{ingest.more}")


def test_txt_sidecar_supplies_metadata(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "notice-01.txt").write_text(f"Frigate Sale\n\n{ingest.body}")
    (tmp_path / "notice-01.meta.json").write_text(json.dumps({
        "id": "notice-01", "published": "2021-06-18 17:59:13-04:00",
        "published_date": "2021-06-18", "source": "Example Ministry",
        "url": "https://example.org/n1", "licence": "public domain"}))
    article = ingest.article(tmp_path / "notice-01.txt")
    assert (article.id, article.published, article.source, article.url, article.title) == (
        "notice-01", dt.date(2021, 6, 18), "Example Ministry", "https://example.org/n1",
        "Frigate Sale")
    assert article.notes == ()


def test_sidecar_datetime_keeps_the_local_date(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "k.txt").write_text(ingest.body)
    (tmp_path / "k.meta.json").write_text(json.dumps({"published": "2022-02-19T23:10:00-05:00"}))
    assert ingest.article(tmp_path / "k.txt").published == dt.date(2022, 2, 19)


def test_broken_sidecar_is_a_note_not_a_loss(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "k.txt").write_text(ingest.body)
    (tmp_path / "k.meta.json").write_text("{not json")
    article = ingest.article(tmp_path / "k.txt")
    assert article.text == ingest.body and article.source is None
    assert len(article.notes) == 1 and "k.meta.json ignored" in article.notes[0]


@pytest.mark.parametrize("name", ["story.html", "story.htm", "story.html.gz"])
def test_html_page(tmp_path: Path, ingest: Ingest, name: str) -> None:
    data = ingest.page().encode("utf-8")
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    article = ingest.article(path)
    assert article.id == "story"
    assert (article.title, article.author, article.published, article.source) == (
        "Navy orders six frigates", "Jane Roe", dt.date(2019, 3, 5), "Example Defence Daily")
    assert article.text.startswith("The navy has signed a contract for six new frigates")
    assert article.text.endswith("called for a parliamentary inquiry.")
    for furniture in ("Home", "Most read", "Copyright", "Privacy policy"):
        assert furniture not in article.text


def test_html_declared_charset_is_used(tmp_path: Path, ingest: Ingest) -> None:
    first = ("Le ministère a signé un contrat pour six frégates avec un chantier naval, a "
             "déclaré le ministère mardi, après deux ans de négociations sur le prix.")
    path = tmp_path / "fr.html"
    path.write_bytes(ingest.page(first, charset="iso-8859-1").encode("iso-8859-1"))
    article = ingest.article(path)
    assert article.text.startswith("Le ministère a signé un contrat pour six frégates")
    assert article.notes == ()


def test_jsonl_records(tmp_path: Path, ingest: Ingest) -> None:
    lines = [
        {"id": "a1", "text": ingest.body, "published": "2019-03-05", "url": "https://e.org/1",
         "title": "Frigates", "source": "Wire"},
        {"text": ingest.more, "date": "2019-03-06T08:00:00Z"},
        {"id": 7, "html": ingest.page()},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines[:2]) + "\n\n" + json.dumps(lines[2]))
    results = ingest.all(path)
    assert all(isinstance(r, Article) for r in results)
    a, b, c = (r for r in results if isinstance(r, Article))
    assert (a.id, a.published, a.url, a.title, a.source, a.origin) == (
        "a1", dt.date(2019, 3, 5), "https://e.org/1", "Frigates", "Wire", f"{path}:1")
    assert (b.id, b.published, b.origin) == ("feed-2", dt.date(2019, 3, 6), f"{path}:2")
    assert (c.id, c.title, c.origin) == ("7", "Navy orders six frigates", f"{path}:4")


def test_jsonl_bad_date_is_a_note(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": ingest.body, "published": "soon"}))
    article = ingest.article(path)
    assert article.published is None
    assert article.notes == ("line 1 field 'published' = 'soon' is not a date (use "
                             "YYYY-MM-DD); publication date left unknown",)


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Defence Feed</title>
<item><title>Frigates ordered</title><link>https://e.org/f</link>
<pubDate>Tue, 05 Mar 2019 10:00:00 GMT</pubDate>
<description>&lt;p&gt;{body}&lt;/p&gt;&lt;p&gt;{more}&lt;/p&gt;</description></item>
<item><title>Link only</title><link>https://e.org/l</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<entry><title>Talks held</title><link href="https://e.org/t"/><id>urn:x:1</id>
<updated>2019-03-07T09:00:00Z</updated>
<content type="html">&lt;p&gt;{body}&lt;/p&gt;</content></entry></feed>"""


@pytest.mark.parametrize("name", ["news.rss", "news.xml"])
def test_rss_items(tmp_path: Path, ingest: Ingest, name: str) -> None:
    path = tmp_path / name
    path.write_text(RSS.format(body=ingest.body, more=ingest.more))
    first, second = ingest.all(path)
    assert isinstance(first, Article)
    assert (first.id, first.title, first.url, first.published, first.source, first.origin) == (
        "news-1", "Frigates ordered", "https://e.org/f", dt.date(2019, 3, 5),
        "Example Defence Feed", f"{path}#1")
    assert first.text == f"{ingest.body}\n{ingest.more}"
    assert isinstance(second, Rejected) and second.origin == f"{path}#2"
    assert "neither content nor a summary" in second.reason


def test_atom_entry(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "a.atom"
    path.write_text(ATOM.format(body=ingest.body))
    article = ingest.article(path)
    assert (article.id, article.title, article.url, article.published, article.text) == (
        "a-1", "Talks held", "https://e.org/t", dt.date(2019, 3, 7), ingest.body)


def test_csv_rows_like_the_guardian_sample(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "Sample.csv"
    quoted = f'"{ingest.body}\n{ingest.more}"'
    path.write_text(f'"","date","text","source"\n"3",2019-04-10,{quoted},"Paper"\n'
                    f'"7",2019-04-05,"{ingest.more}","Paper"\n', encoding="utf-8")
    first, second = ingest.all(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, first.published, first.source, first.origin) == (
        "Sample-3", dt.date(2019, 4, 10), "Paper", f"{path}:2")
    assert first.text == f"{ingest.body}\n{ingest.more}"
    assert (second.id, second.origin) == ("Sample-7", f"{path}:4")


def test_csv_id_column_and_row_numbers(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "t.csv"
    path.write_text(f'Title,Text,ID\nA,"{ingest.body}",x-1\nB,"{ingest.more}",\n')
    first, second = ingest.all(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, first.title) == ("x-1", "A")
    assert (second.id, second.title) == ("t-2", "B")


def test_directory_is_read_recursively_in_order(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(ingest.body)
    (tmp_path / "a.txt").write_text(ingest.more)
    (tmp_path / "a.meta.json").write_text(json.dumps({"source": "S"}))
    (tmp_path / "notes.md").write_text(ingest.body)
    (tmp_path / ".hidden.txt").write_text(ingest.body)
    results = ingest.all(tmp_path)
    assert [(r.id, r.source) for r in results if isinstance(r, Article)] == [
        ("a", "S"), ("z", None)]
    assert len(results) == 2


def test_stdin_is_sniffed(ingest: Ingest) -> None:
    text = ingest.all("-", stdin=io.BytesIO(ingest.body.encode()))
    jsonl = ingest.all("-", stdin=io.BytesIO(json.dumps({"text": ingest.body}).encode()))
    html = ingest.all("-", stdin=io.BytesIO(ingest.page().encode()))
    assert isinstance(text[0], Article) and text[0].origin == "<stdin>"
    assert text[0].id == f"stdin-{text[0].content_hash[:12]}"
    assert isinstance(jsonl[0], Article) and jsonl[0].id == "stdin-1"
    assert isinstance(html[0], Article) and html[0].title == "Navy orders six frigates"


def test_published_overrides_every_source_of_dates(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": f"WASHINGTON, Jan. 2, 2019 – {ingest.body}",
                                "published": "2019-01-03"}))
    article = ingest.article(path, published=dt.date(2020, 5, 1))
    assert article.published == dt.date(2020, 5, 1)
    assert article.notes == ()


def test_dateline_date_fills_an_unknown_publication_date(tmp_path: Path,
                                                          ingest: Ingest) -> None:
    path = tmp_path / "w.txt"
    path.write_text(f"WASHINGTON, Jan. 2, 2019 – {ingest.body}")
    article = ingest.article(path)
    assert (article.published, article.dateline) == (dt.date(2019, 1, 2), "Washington")
    assert article.notes == ("published 2019-01-02 taken from the dateline",)


def test_dateline_can_be_cut_from_the_text(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "w.txt"
    path.write_text(f"KYIV, Ukraine — {ingest.body}")
    article = ingest.article(path, options=IngestOptions(keep_dateline=False))
    assert (article.text, article.dateline) == (ingest.body, "Kyiv")


def test_read_path_reads_one_file(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "one.txt"
    path.write_text(ingest.body)
    results = list(read_path(path))
    assert [r.id for r in results if isinstance(r, Article)] == ["one"]


def test_read_text_api(ingest: Ingest) -> None:
    article = read_text(f"New Delhi:- {ingest.body}", published=dt.date(2018, 12, 13),
                        source="Wire")
    assert article.id == f"text-{article.content_hash[:12]}"
    assert (article.dateline, article.published, article.source) == (
        "New Delhi", dt.date(2018, 12, 13), "Wire")
    assert read_text(ingest.body, id="given").id == "given"


def test_read_text_raises_with_the_reason() -> None:
    with pytest.raises(InputError, match="has no sentence"):
        read_text("12 34 ...")
