"""factwire.ingest: news inputs (text, HTML, JSON Lines, feeds, CSV, stdin) to articles.

Every reader yields ``Article | Rejected`` and never raises for a bad document; the reason
of a ``Rejected`` names the input and says what to do. ``read_inputs`` is the entry point
for paths, ``read_text`` for a string in the Python API.
"""

from factwire.ingest.clean import Cleaned, clean_text
from factwire.ingest.dateline import Dateline, find_dateline
from factwire.ingest.htmlpage import HtmlExtract, extract_html
from factwire.ingest.options import IngestOptions
from factwire.ingest.sources import KNOWN_EXTENSIONS, read_inputs, read_path
from factwire.ingest.text import read_text

__all__ = [
    "KNOWN_EXTENSIONS",
    "Cleaned",
    "Dateline",
    "HtmlExtract",
    "IngestOptions",
    "clean_text",
    "extract_html",
    "find_dateline",
    "read_inputs",
    "read_path",
    "read_text",
]
