"""The thread of speakers: "“…,” Yakovenko said. “…,” he said." keeps Yakovenko.

Coreference picks the subject of the latest sentence naming someone, but between two
quotations of one speaker the text often names others only inside the quotations or as
objects before them. A pronoun speaker therefore stays the previous quotation's speaker
unless a person is named outside quotation marks in between, the pronoun changes ("he" after
"she"), or the thread is older than a few sentences.
"""

from __future__ import annotations

from factwire.entities.table import EntityTable
from factwire.model import Span
from factwire.quotes.patterns import Attribution
from factwire.quotes.refer import PRONOUNS

MAX_GAP = 3  # sentences between the previous quotation and this one


def keep_thread(table: EntityTable, inside: list[Span], last: tuple[Attribution, int] | None,
                att: Attribution, gap: int) -> Attribution:
    """``att`` with the previous speaker when its pronoun continues the thread of ``last``
    (that speaker's attribution and the offset where it ends)."""
    if att.key is None or att.span is None or last is None or gap > MAX_GAP:
        return att
    text = table.text
    word = text[att.span.start : att.span.end].lower()
    before, end = last
    if word not in PRONOUNS or before.key is None or before.key == att.key:
        return att
    if table.drafts[before.key].kind != "person" or before.key.startswith("nominal:"):
        return att  # a described speaker ("the source") is rarely the next "she"
    said = text[before.span.start : before.span.end].lower() if before.span else ""
    if said in PRONOUNS and said != word:
        return att  # "she" after "he": someone else
    for sp, d in table.in_range(end, att.span.start):
        mention = d.mentions.get(sp)
        if (d.kind == "person" and mention is not None and mention.form == "name"
                and not any(q.start <= sp.start < q.end for q in inside)):
            return att  # someone new was named: the pronoun may be theirs
    return Attribution(before.key, att.span, att.role)
