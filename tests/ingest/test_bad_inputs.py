"""Bad input: each case is one recorded reason, never a traceback and never a silent skip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from factwire.ingest import IngestOptions
from factwire.model import Article, ConfigError, Rejected

if TYPE_CHECKING:
    from conftest import Ingest


def test_empty_file(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n")
    rejected = ingest.rejected(path)
    assert (rejected.origin, rejected.line) == (str(path), None)
    assert rejected.reason == "is empty (no text at all): remove it or fill it"


def test_binary_file_with_nul_bytes(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x01\x02binary\x00data" * 10)
    assert ingest.rejected(path).reason.startswith("is binary (contains NUL bytes)")


def test_binary_file_with_known_magic(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert ingest.rejected(path).reason == (
        "is binary: looks like a PDF document: convert it to text (e.g. pdftotext) first")


def test_invalid_utf8_is_replaced_and_noted(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(ingest.body.encode() + b" Caf\xe9 \xff talks.")
    article = ingest.article(path)
    assert article.text.endswith("Caf\ufffd \ufffd talks.")
    assert article.notes == (
        "invalid utf-8: replaced 2 byte(s) that did not decode with U+FFFD; re-save the "
        "input as UTF-8 or set IngestOptions.encoding",)


def test_invalid_utf8_can_be_rejected_or_decoded_otherwise(tmp_path: Path,
                                                           ingest: Ingest) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(ingest.body.encode() + b" Caf\xe9 talks.")
    strict = ingest.rejected(path, options=IngestOptions(decode_errors="reject"))
    assert strict.reason.startswith("is not valid utf-8: 1 byte(s) do not decode")
    latin = ingest.article(path, options=IngestOptions(encoding="cp1252"))
    assert latin.text.endswith("Café talks.") and latin.notes == ()


def test_file_over_the_size_limit(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ingest.body * 30)
    size = path.stat().st_size
    rejected = ingest.rejected(path, options=IngestOptions(max_file_bytes=2048))
    assert rejected.reason == (
        f"file is {size / 1024:.1f} KiB ({size} bytes), over the limit of 2.0 KiB "
        "(2048 bytes); raise IngestOptions.max_file_bytes or split the input")


def test_gzip_bomb_is_stopped_at_the_limit(tmp_path: Path, ingest: Ingest) -> None:
    import gzip

    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(b"<html>" + b" " * 100_000 + b"</html>"))
    rejected = ingest.rejected(path, options=IngestOptions(max_file_bytes=10_000))
    assert rejected.reason.startswith("decompresses to more than 9.8 KiB (10000 bytes)")


def test_document_over_the_size_limit(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"text": ingest.body * 20}) + "\n"
                    + json.dumps({"text": ingest.body}) + "\n")
    big, small = ingest.all(path, options=IngestOptions(max_doc_bytes=1000))
    assert isinstance(big, Rejected) and big.line == 1
    assert "over the limit of 1000 bytes; raise IngestOptions.max_doc_bytes" in big.reason
    assert isinstance(small, Article)


def test_malformed_jsonl_lines(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": ingest.body}),
        '{"text": "unterminated',
        "[1, 2]",
        json.dumps({"title": "no text"}),
        json.dumps({"text": ingest.more}),
    ]))
    results = ingest.all(path)
    kinds = [(type(r).__name__, r.line if isinstance(r, Rejected) else r.id) for r in results]
    assert kinds == [("Article", "mixed-1"), ("Rejected", 2), ("Rejected", 3),
                     ("Rejected", 4), ("Article", "mixed-5")]
    bad = [r for r in results if isinstance(r, Rejected)]
    assert bad[0].reason.startswith("malformed JSON (Unterminated string")
    assert bad[1].reason.startswith("line holds a JSON list, not an object")
    assert bad[2].reason.startswith("has neither a non-empty 'text' nor an 'html' string "
                                    "field (fields: title)")
    assert bad[0].describe().startswith(f"{path}:2: malformed JSON")


def test_html_without_article_body(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "nav.html"
    path.write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a>"
                    "</nav><footer>Terms</footer></body></html>")
    assert ingest.rejected(path).reason.startswith("HTML has no article body")


def test_feed_without_items(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "empty.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                    "</channel></rss>")
    assert ingest.rejected(path).reason.startswith("feed has no items: check that this is")


def test_xml_that_is_not_a_feed(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://e.org</loc></url></urlset>')
    assert ingest.rejected(path).reason.startswith("XML file is not an RSS or Atom feed")


@pytest.mark.parametrize(("content", "words"), [
    ("... --- !!! 2019 12:30", 0),
    ("Breaking", 1),
    ("  Frigates?  \n  2019  ", 1),
])
def test_text_with_no_sentence(tmp_path: Path, ingest: Ingest, content: str,
                               words: int) -> None:
    path = tmp_path / "stub.txt"
    path.write_text(content)
    assert ingest.rejected(path).reason.startswith(
        f"has no sentence (only {words} word(s) with letters")


def test_text_that_is_only_furniture(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "chrome.txt"
    path.write_text("Share this article\nAdvertisement\n")
    assert ingest.rejected(path).reason == (
        "has no text left once page furniture is removed (advert, share): give the "
        "article body")


def test_missing_path(tmp_path: Path, ingest: Ingest) -> None:
    rejected = ingest.rejected(tmp_path / "nowhere.txt")
    assert rejected.reason == "no such file or directory: check the path"


def test_unreadable_file(tmp_path: Path, ingest: Ingest,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ingest.body)
    real_open = Path.open

    def deny(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    assert ingest.rejected(path).reason.startswith("permission denied: make the file readable")


def test_unknown_extension(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "notes.docx"
    path.write_text(ingest.body)
    assert ingest.rejected(path).reason.startswith("unknown file type '.docx': give one of")


def test_directory_without_inputs(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "readme.md").write_text(ingest.body)
    assert ingest.rejected(tmp_path).reason.startswith(
        "directory holds no file with a known extension")


def test_csv_without_text_column(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "t.csv"
    path.write_text(f'date,body\n2019-01-01,"{ingest.body}"\n')
    rejected = ingest.rejected(path)
    assert (rejected.line, rejected.reason) == (
        1, "has no 'text' column (columns: 'date', 'body'): name the column holding the "
        "article text 'text'")


def test_empty_stdin(ingest: Ingest) -> None:
    import io

    rejected = ingest.rejected("-", stdin=io.BytesIO(b"\n  \n"))
    assert (rejected.origin, rejected.reason) == (
        "<stdin>", "is empty (no text at all): remove it or fill it")


@pytest.mark.parametrize(("field", "value", "message"), [
    ("max_file_bytes", 0, "IngestOptions.max_file_bytes = 0: give a positive whole number"),
    ("encoding", "klingon", "IngestOptions.encoding = 'klingon' is not a known codec"),
    ("html_mode", "fast", "IngestOptions.html_mode = 'fast': use one of precision, default"),
    ("decode_errors", "ignore", "IngestOptions.decode_errors = 'ignore': use 'replace'"),
])
def test_bad_options_name_the_field(field: str, value: object, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        IngestOptions(**{field: value})  # type: ignore[arg-type]


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".csv", ".html", ".rss", ".xml"])
def test_no_input_makes_a_reader_raise(tmp_path: Path, suffix: str) -> None:
    """Arbitrary bytes under every extension give only articles and rejections."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from factwire.ingest import read_inputs

    path = tmp_path / f"fuzz{suffix}"
    blobs = st.one_of(st.binary(max_size=300),
                      st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")))

    @settings(max_examples=40, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(blobs)
    def check(data: bytes) -> None:
        path.write_bytes(data)
        results = list(read_inputs([str(path)]))
        assert results and all(isinstance(r, Article | Rejected) for r in results)

    check()


def test_csv_with_header_only(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "h.csv"
    path.write_text("id,text\n,\n")
    assert ingest.rejected(path).reason == (
        "CSV has a header but no rows: add the articles, one per row")


def test_empty_path(ingest: Ingest) -> None:
    assert ingest.rejected("").reason == "empty path: give a file, a directory or - for stdin"
