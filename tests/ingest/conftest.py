"""Fixtures for the ingest tests: small inputs written here (no corpus text) and helpers
that read them and check there is exactly one result of the expected kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from factwire.ingest import read_inputs
from factwire.model import Article, Rejected

BODY = ("The navy has signed a contract for six new frigates with a domestic shipyard, the "
        "defence ministry said on Tuesday.")
MORE = "The first ship will be delivered in 2022 and the last in 2026, officials said."

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}">
<title>Navy orders six frigates | Example Defence Daily</title>
<meta property="og:title" content="Navy orders six frigates">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2019-03-05T10:00:00Z">
<meta property="og:site_name" content="Example Defence Daily">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/defence">Defence</a></li></ul></nav>
<main><article>
<h1>Navy orders six frigates</h1>
<p>{first}</p>
<p>The first ship will be delivered in 2022 and the last in 2026, according to the ministry,
which said the frigates would replace vessels that entered service in the 1980s.</p>
<p>Officials said the contract was worth about 4 billion euros and included training for the
crews as well as spare parts for the first ten years of service.</p>
<p>The opposition criticised the deal, saying the price had risen by a third since the tender
was first announced, and called for a parliamentary inquiry.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Story one</a></li></ul></aside>
<footer><p>Copyright 2019 Example Defence Daily. All rights reserved.</p>
<p>Privacy policy | Terms of use</p></footer>
</body></html>
"""
FIRST = ("The navy has signed a contract for six new frigates with a domestic shipyard, the "
         "defence ministry said on Tuesday, ending two years of talks over the price.")



class Ingest:
    """Read paths with ``read_inputs`` and unpack the results."""

    body = BODY
    more = MORE

    @staticmethod
    def page(first: str = FIRST, charset: str = "utf-8") -> str:
        return PAGE.format(first=first, charset=charset)

    @staticmethod
    def all(*paths: Path | str, **kwargs: object) -> list[Article | Rejected]:
        return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]

    def article(self, *paths: Path | str, **kwargs: object) -> Article:
        results = self.all(*paths, **kwargs)
        assert len(results) == 1, results
        assert isinstance(results[0], Article), results[0]
        return results[0]

    def rejected(self, *paths: Path | str, **kwargs: object) -> Rejected:
        results = self.all(*paths, **kwargs)
        assert len(results) == 1, results
        assert isinstance(results[0], Rejected), results[0]
        return results[0]


@pytest.fixture
def ingest() -> Ingest:
    return Ingest()
