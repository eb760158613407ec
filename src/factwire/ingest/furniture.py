"""Page furniture: the lines around an article that are not the article.

A data table, not code: each rule names a pattern that must match a *whole* line (after
whitespace is normalised; case is ignored) and what to do with it:

- ``drop``: remove the line wherever it stands (share buttons, credits, cookie notices);
- ``end``: a terminal marker ("Conversations", "Related articles", "-30-"): once it follows
  some body text, it and everything after it go (comment threads and link lists follow it);
- ``lead``: only among the first lines: the matched start of the line is removed (a byline,
  a press-office contact block), and a named group ``author`` is kept as metadata.

A named group ``source`` (for example in a disclaimer that names its publisher) is kept as
the article's source when no other is known. ``max_len`` keeps a loose pattern from eating
a real sentence: longer lines are never furniture under that rule (for ``lead`` rules it
bounds the removed start instead).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

RuleKind = Literal["drop", "end", "lead"]

#: How many non-blank lines from the top ``lead`` rules look at.
LEAD_LINES = 3

_NETWORKS = (r"(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|reddit|telegram|print|copy link"
             r"|flipboard|pinterest)")
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"


@dataclass(frozen=True, slots=True)
class Rule:
    """One furniture pattern; ``name`` is what the article's notes report when it fires."""

    name: str
    kind: RuleKind
    pattern: re.Pattern[str]
    max_len: int = 200

    def match(self, line: str) -> re.Match[str] | None:
        if self.kind != "lead" and len(line) > self.max_len:
            return None
        if self.kind == "lead":
            match = self.pattern.match(line)
            return match if match and match.end() <= self.max_len else None
        return self.pattern.fullmatch(line)


def _rule(name: str, kind: RuleKind, pattern: str, max_len: int = 200) -> Rule:
    return Rule(name, kind, re.compile(pattern, re.IGNORECASE), max_len)


RULES: tuple[Rule, ...] = (
    # terminal markers: the article is over
    _rule("comments", "end", r"(?:\d+\s+)?(?:conversations?|comments?)(?:\s*\(\d+\))?:?", 40),
    _rule("comments", "end", r"(?:show|view|read|hide|post|add|leave) (?:all )?(?:\d+ )?comments?"
          r"|join the (?:conversation|discussion)|comment on this (?:story|article)", 60),
    _rule("related", "end", r"related(?: (?:articles?|stories|content|coverage|news|posts|"
          r"topics|links|reading|video))?\s*:?", 40),
    _rule("related", "end", r"(?:more (?:on this (?:story|topic)|stories|news|from \w+(?: \w+)?)"
          r"|(?:you )?(?:may|might) also (?:like|be interested in)|recommended(?: for you| "
          r"stories| reading)?|most (?:read|popular|viewed|shared)(?: stories)?|further "
          r"reading|see also|trending(?: now| stories)?|(?:top|latest) (?:stories|headlines)"
          r"|what to read next)\s*:?", 60),
    _rule("end-mark", "end", r"-?\s*30\s*-?|#\s*#\s*#|-+\s*ends?\s*-+|ends|\[?end\]?", 12),
    # reader-contribution and opinion disclaimers (one names the publisher)
    _rule("disclaimer", "drop", r"the (?:opinions|views) expressed .* (?:opinions|views)"
          r"(?:/(?:opinions|views))? of (?:the )?(?P<source>[^.,;]{2,60}?)\.?", 400),
    _rule("disclaimer", "drop", r"the (?:opinions|views) expressed (?:in|here|herein|by) .*"
          r"(?:author|writer|contributor|columnist)s?\b.*", 400),
    # sharing, following, subscribing
    _rule("share", "drop", r"share(?: this| the)?(?: article| story| post| page| on| via)?"
          rf"(?:[\s:,|/·•]+{_NETWORKS})*\s*:?", 80),
    _rule("share", "drop", rf"{_NETWORKS}(?:[\s,|/·•]+{_NETWORKS})+", 80),
    _rule("follow", "drop", r"follow (?:us|[\w@.]+(?: \w+){0,3}) on (?:twitter|x|facebook|"
          r"instagram|linkedin|telegram|youtube|google news|threads|bluesky)\b.*", 160),
    _rule("newsletter", "drop", r"(?:sign up|subscribe|register)\b.*\b(?:newsletters?|"
          r"e-?mail (?:updates|alerts)|daily briefing|our briefing)\b.*", 200),
    # links onwards
    _rule("read-more", "drop", r"(?:read|see) (?:more|also|next)\b.*|also read\b.*"
          r"|read (?:the )?(?:full|original|whole) (?:story|article|report|statement)\b.*"
          r"|continue reading\b.*", 250),
    _rule("click-here", "drop", r"(?:.*\b)?(?:click|tap) here\b.*", 200),
    _rule("link", "drop", r"(?:for (?:more )?(?:news|information|updates|details)|visit|log "
          r"on ?to|follow)\b.*(?:www\.|https?://)\S+.*|(?:https?://|www\.)\S+", 300),
    # advertising and cookies
    _rule("advert", "drop", r"advertisements?|advertising|ad|sponsored(?: content)?|"
          r"(?:story|article) continues below(?: advertisement)?|scroll to continue"
          r"(?: with content)?|continue reading (?:the )?(?:main )?story(?: below)?", 60),
    _rule("cookies", "drop", r"(?:we use|this (?:web)?site uses|our (?:web)?site uses|by "
          r"(?:continuing|using|browsing)|to (?:give|improve|provide)).{0,200}\bcookies?\b.*",
          400),
    _rule("cookies", "drop", r"(?:accept|reject|allow|manage|decline) (?:all )?cookies.*|"
          r"cookie (?:policy|settings|preferences|notice|consent)", 80),
    # agency credits, copyright, photo credits
    _rule("credits", "drop", r"\(\s*(?:additional )?(?:reporting|writing|editing|compiled) "
          r"by\b[^()]*\)", 300),
    _rule("credits", "drop", r"(?:additional )?(?:reporting|writing) by\b.*\b(?:editing|"
          r"writing) by\b.*", 300),
    _rule("credits", "drop", r"(?:story|article) by\b[^.]*\.?", 100),
    _rule("copyright", "drop", r"(?:copyright\s*(?:©|\(c\)|\d{4}|by\b)|©).*", 200),
    _rule("copyright", "drop", r".*\ball rights reserved\.?", 200),
    _rule("photo", "drop", r"(?:photo(?:graph)?|image|picture|video|graphic)s?(?: credit)?\s*"
          r"(?::|/).*|image (?:copyright|caption)\b.*|media caption\b.*", 200),
    _rule("photo", "drop", r".*\([^()]*\b(?:photo|image|video|graphic|illustration)s?"
          r"(?: illustration)? (?:by|courtesy(?: of)?)\b[^()]*\)\.?", 600),
    _rule("photo", "drop", r".*(?:/|\b)(?:getty images|afp via getty images|shutterstock|"
          r"alamy|ap photo|reuters/\w+)\)?", 120),
    # page chrome
    _rule("timestamp", "drop", rf"(?:first |last )?(?:updated|published|posted)(?: on| at)?:?"
          rf"\s+(?:\d|{_MONTHS}\s|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b).*", 80),
    _rule("tags", "drop", r"(?:tags?|topics?|filed under|categories)\s*:.*", 300),
    _rule("listen", "drop", r"listen to (?:this )?(?:article|story)\b.*|print(?: this)?"
          r"(?: article| page)?|e-?mail(?: this)?(?: article| page)?", 80),
    # bylines and contact blocks at the top
    _rule("byline", "lead", r"by\s+(?P<author>(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}))"
          r"(?:\s*(?:,|\||-|–|—|and)\s*[^.]{0,60})?$", 100),
    _rule("contact", "lead", r"media/public contact:.*?transmittal no:?\s*\d[\d-]*\s*", 400),
)
