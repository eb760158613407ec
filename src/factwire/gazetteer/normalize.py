"""One normal form for names, so "S400", "S 400" and "s-400" meet in the same index slot."""

from __future__ import annotations

import unicodedata

from anyascii import anyascii

_LEADING_ARTICLES = ("the ",)
_POSSESSIVES = ("'s", "’s")


def norm(text: str) -> str:
    """Fold case and diacritics, drop a leading "the", keep only letters and digits.

    Spaces, hyphens, dots and apostrophes carry no identity in names ("U.S." is "US",
    "Kamov-226" is "Kamov 226"), so they are removed rather than compared.
    """
    folded = _ascii(text).casefold().strip()
    folded = folded.replace("&", " and ")
    for article in _LEADING_ARTICLES:
        if folded.startswith(article):
            folded = folded[len(article):]
    return "".join(ch for ch in folded if ch.isalnum())


def strip_possessive(text: str) -> str:
    """``India's`` -> ``India``: news attaches possessives to every kind of name."""
    stripped = text.strip()
    for suffix in _POSSESSIVES:
        if stripped.endswith(suffix):
            return stripped[: -len(suffix)]
    return stripped


def slug(text: str) -> str:
    """A lower-case, hyphen-joined ASCII id such as ``sergei-shoigu`` from a display name."""
    folded = _ascii(text).casefold()
    words: list[str] = []
    current = ""
    for ch in folded:
        if ch.isascii() and ch.isalnum():
            current += ch
        elif current:
            words.append(current)
            current = ""
    if current:
        words.append(current)
    return "-".join(words)


def _ascii(text: str) -> str:
    """Latin letters without their marks ("Çavuşoğlu" -> "Cavusoglu"), also the letters
    Unicode decomposition leaves as they are ("Støre" -> "Store", "Kalın" -> "Kalin");
    other scripts stay as written ("Киев" names no Latin-script entry)."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    if folded.isascii():
        return folded
    return "".join(anyascii(ch) if not ch.isascii() and _latin(ch) else ch for ch in folded)


def _latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")
