"""Fuzzing in the suite (issue 10): hostile text, HTML, JSON Lines and CSV never crash a
reader or ``extract_text``, and every span of an extraction indexes its own text.

The budget is fixed and the search derandomised, so the suite's time and result do not vary;
``bench/fuzz.py`` runs the longer campaign whose figures are in ``bench/RESULTS.md``.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factwire.api import extract_text
from factwire.ingest import read_inputs
from factwire.model import Article, InputError, Rejected
from factwire.runner import get_pipeline
from factwire.runner.checks import span_violations

BUDGET = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SENTENCES = ["Vladimir Putin met Narendra Modi in Sochi on Monday.",
             "India signed a deal to buy S-400 missiles from Russia for $5.4bn.",
             '"We will respond," Sergei Shoigu said.', "It was done by the armed forces",
             "The US Air Force will deliver 20 F-16 jets next year.", "NATO warned China"]
HOSTILE = ["\ud800", "\udfff", "\x00", "\x1b", "\x85", "\x9c", "\u200b", "\u200d", "\u202e",
           "\u2066", "\ufeff", "\ufffd", "\u0301", "\U0001f600", "\t", "\r", "\u2028", '"',
           "\u201c", "'", "\n\n", " " * 30, "x" * 200, "=HYPERLINK(1)", "\\"]
TAGS = ["<div>", "</div>", "<p>", "</p>", "<script>", "</script>", "<!--", "-->", "<br/>",
        "<![CDATA[", "]]>", "&amp;", "&#0;", "&#xD800;", "<title>", "<meta charset='x'>",
        "<time datetime='99999-99-99'>", "<", ">", "<html>", "<body>"]

fragment = st.one_of(st.sampled_from(SENTENCES), st.sampled_from(HOSTILE),
                     st.text(max_size=12))
texts = st.lists(fragment, min_size=1, max_size=12).map(" ".join)
pages = st.lists(st.one_of(fragment, st.sampled_from(TAGS), st.just("<div>" * 300)),
                 min_size=1, max_size=25).map("".join)


def _check_articles(docs: list[Article | Rejected]) -> None:
    articles = [d for d in docs if isinstance(d, Article)]
    assert all(a.text.strip() for a in articles)
    for item in get_pipeline().run_many(articles):
        assert not isinstance(item, Rejected), item.reason
        assert span_violations(item) == []


@BUDGET
@given(texts)
def test_extract_text_extracts_or_rejects(text: str) -> None:
    try:
        result = extract_text(text)
    except InputError as exc:
        assert exc.reason
        return
    assert span_violations(result) == []
    result.article.text.encode("utf-8")  # storable: no lone surrogate is left


@BUDGET
@given(st.sampled_from(["txt", "html", "jsonl", "csv"]), texts, pages,
       st.lists(st.sampled_from(["", "{", '"', ",", "\n", "\\ud800", "}"]), max_size=4))
def test_readers_read_or_reject_every_document(fmt: str, text: str, page: str,
                                               breakage: list[str]) -> None:
    record = json.dumps({"id": "a", "text": text, "published": "99999-99-99"})
    content = {
        "txt": text,
        "html": page,
        "jsonl": record + "\n" + record[: len(record) // 2] + "".join(breakage) + "\n",
        "csv": "id,text\na," + '"' + text.replace('"', '""') + '"\nb,' + text + "".join(breakage),
    }[fmt]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, f"input.{fmt}")
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
        docs = list(read_inputs([str(path)]))
    assert docs and all(isinstance(d, Article | Rejected) for d in docs)
    assert all(d.reason for d in docs if isinstance(d, Rejected))
    _check_articles(docs)
