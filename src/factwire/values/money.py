"""Money in news text: "$5 billion", "Rs 39,000 crore", "1.5 billion rubles", "€1.2bn".

EVENTS.md wants ``{"amount": 5000000000, "currency": "USD"}`` with the currency the text
names; ranges keep their lower (stated) bound and the text. Amounts are computed with
Decimal so that "$5.43 billion" is exactly 5430000000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from factwire.model import Money, Span
from factwire.values.bounds import Bound, left_modifier
from factwire.values.numbers import DIGITS, WORD_NUMBER, to_decimal, words_value

#: Currency signs and codes written before the amount, longest first where they overlap.
PREFIXES: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "NT$": "TWD", "CN¥": "CNY", "$": "USD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₪": "ILS",
    "₺": "TRY", "₴": "UAH", "Rs.": "INR", "Rs": "INR",
}
#: ISO 4217 codes accepted before or after an amount ("EUR 300 million", "RMB 5bn").
CODES: dict[str, str] = {c: c for c in (
    "USD", "EUR", "GBP", "INR", "JPY", "CNY", "RUB", "AUD", "CAD", "KRW", "SAR", "AED",
    "ILS", "TRY", "UAH", "CHF", "PLN", "SEK", "NOK", "PKR", "IRR", "EGP", "BRL", "ZAR")}
CODES["RMB"] = "CNY"
#: Currency names written after the amount ("500 million yuan"); lower case, longest first.
NAMES: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD", "dollars": "USD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
    "singapore dollars": "SGD", "new zealand dollars": "NZD", "taiwan dollars": "TWD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pounds": "GBP",
    "sterling": "GBP", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB",
    "yuan": "CNY", "renminbi": "CNY", "pakistani rupees": "PKR", "indian rupees": "INR",
    "rupees": "INR", "rupee": "INR", "yen": "JPY", "won": "KRW", "shekels": "ILS",
    "riyals": "SAR", "saudi riyals": "SAR", "dirhams": "AED", "turkish lira": "TRY",
    "lira": "TRY", "hryvnias": "UAH", "hryvnia": "UAH", "hryvnas": "UAH", "swiss francs": "CHF",
    "zlotys": "PLN", "zloty": "PLN", "rials": "IRR",
}
#: Scale words and abbreviations; "lakh crore" (1e12) is common in Indian budget reporting.
SCALE_VALUES: dict[str, int] = {
    "thousand": 10**3, "k": 10**3, "lakh": 10**5, "lakhs": 10**5,
    "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6,
    "crore": 10**7, "crores": 10**7, "cr": 10**7, "lakh crore": 10**12,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12, "trn": 10**12,
}
# Full words may follow after spaces, a line break or a hyphen ("$600-billion"); the short
# forms "m", "b", "k" only when attached ("$400m", "$485M"), since "$400 m" is rare and "m"
# alone is often metres.
_SCALE = (r"(?i:\s*(?:lakh\s+crore|mn|mln|bn|tn|trn|cr)|(?:\s+|-)?(?:thousand|lakhs?|million"
          r"|crores?|billion|trillion)|[mbk])(?![\w'’])")
_PREFIX_ALT = "|".join(re.escape(p) for p in sorted(PREFIXES, key=len, reverse=True))
_CODE_ALT = "(?-i:" + "|".join(CODES) + ")"
_NAME_ALT = "|".join(re.escape(n).replace(r"\ ", r"\s+")
                     for n in sorted(NAMES, key=len, reverse=True))
_AMOUNT = rf"(?P<num>{DIGITS})(?P<scale>{_SCALE})?"
_PREFIXED = re.compile(
    rf"(?<![\w$€£¥₹])(?P<cur>{_PREFIX_ALT}|\b(?:{_CODE_ALT})\b)\s?{_AMOUNT}"
    r"(?![\d,]*\d)"
)
_SUFFIXED = re.compile(
    rf"(?<![\w$€£¥₹.,])(?:(?P<num>{DIGITS})|(?P<words>{WORD_NUMBER}|half\s+a|a))\b"
    rf"(?P<scale>{_SCALE})?\s+(?:(?P<name>{_NAME_ALT})|(?P<code>{_CODE_ALT}))(?![\w'’])",
    re.IGNORECASE,
)
#: The second half of a range: "-2 billion", " to $2bn", " and €3 billion".
_TAIL = re.compile(
    rf"\s*(?P<sep>-|–|—|to|and)\s*(?:{_PREFIX_ALT}|(?:{_CODE_ALT})\s?)?"
    rf"(?P<num>{DIGITS})(?P<scale>{_SCALE})?(?:\s+(?:{_NAME_ALT}))?(?![\w,]*\d)",
    re.IGNORECASE,
)
_SIGNS = "$€£¥₹₽₩₪₺₴"
_TOKENS = re.compile(r"[A-Za-z]+")
_CUE_WORDS = frozenset([*CODES, "Rs"])
_NAME_WORDS = frozenset(n.split()[-1] for n in NAMES)


def _maybe_money(text: str, start: int, stop: int) -> bool:
    """Cheap prefilter: a currency sign, code or name occurs in ``text[start:stop]``."""
    chunk = text[start:stop]
    if any(sign in chunk for sign in _SIGNS):
        return True
    words = set(_TOKENS.findall(chunk))
    return not words.isdisjoint(_CUE_WORDS) or not _NAME_WORDS.isdisjoint(
        w.lower() for w in words)


@dataclass(frozen=True, slots=True)
class MoneyMention:
    """An amount of money with its exact span; ``money.amount`` is the stated (lower) bound.

    ``bound`` says how the text qualifies it ("max" for "up to $1 billion", "range" for
    "between $1bn and $2bn", whose upper amount is ``upper``).
    """

    span: Span
    text: str
    money: Money
    bound: Bound = "exact"
    upper: float | None = None


def _scale(raw: str | None) -> int:
    return SCALE_VALUES[" ".join(raw.lower().replace("-", " ").split())] if raw else 1


def _amount(num: str | None, words: str | None, scale: str | None) -> Decimal | None:
    if num is not None:
        base = to_decimal(num)
    else:
        text = (words or "").lower()
        value = 1 if text == "a" else words_value(text)
        base = None if value is None else Decimal(value)
        if text.startswith("half"):
            base = Decimal("0.5")
    return None if base is None else base * _scale(scale)


def _currency(m: re.Match[str]) -> str:
    groups = m.groupdict()
    if groups.get("cur"):
        cur = m.group("cur")
        return PREFIXES.get(cur) or CODES[cur]
    if groups.get("code"):
        return CODES[m.group("code").upper()]
    return NAMES[" ".join(m.group("name").lower().split())]


def _candidates(text: str, start: int, end: int) -> list[tuple[re.Match[str], str, Decimal]]:
    """Every prefixed or suffixed amount, with its currency and value, in text order."""
    found: list[tuple[re.Match[str], str, Decimal]] = []
    for m in _PREFIXED.finditer(text, start, end):
        value = _amount(m.group("num"), None, m.group("scale"))
        if value is not None:
            found.append((m, _currency(m), value))
    for m in _SUFFIXED.finditer(text, start, end):
        name = (m.group("name") or "").lower()
        bare = m.group("words") is not None and m.group("scale") is None
        if (name.startswith("pound") or name == "won") and not m.group("scale"):
            continue  # "500 pounds of explosives", "who won": only with a scale word
        if bare and m.group("words").lower() in {"a", "half a"}:
            continue
        value = _amount(m.group("num"), m.group("words"), m.group("scale"))
        if value is not None:
            found.append((m, _currency(m), value))
    found.sort(key=lambda f: (f[0].start(), -f[0].end()))
    return found


def _mention(text: str, m: re.Match[str], currency: str, value: Decimal,
             floor: int, end: int) -> MoneyMention:
    """Grow a bare amount into its range tail and bounding modifier, then build the mention."""
    lo, hi = m.start(), m.end()
    upper: Decimal | None = None
    bound: Bound = "exact"
    modifier = left_modifier(text, lo, floor)
    tail = _TAIL.match(text, hi, end)
    if tail is not None and (tail.group("sep").lower() != "and"
                             or (modifier is not None and modifier[1] == "range")):
        upper = _amount(tail.group("num"), None, tail.group("scale"))
        if upper is not None and not m.group("scale") and tail.group("scale"):
            value = value * _scale(tail.group("scale"))  # "$1-2 billion": the scale is shared
        if upper is not None and upper >= value:
            hi, bound = tail.end(), "range"
        else:
            upper = None
    if modifier is not None and (modifier[1] != "range" or bound == "range"):
        lo = modifier[0]
        bound = modifier[1]
    span_text = text[lo:hi]
    money = Money(amount=float(value), currency=currency, text=span_text)
    return MoneyMention(Span(lo, hi), span_text, money, bound,
                        None if upper is None else float(upper))


def find_money(text: str, start: int = 0, end: int | None = None) -> list[MoneyMention]:
    """Every amount of money in ``text[start:end]``, with spans that index ``text``.

    Overlapping readings keep the earliest, longest one ("$5 billion" rather than "5
    billion dollars" inside "$5 billion dollars").
    """
    stop = len(text) if end is None else min(end, len(text))
    if not _maybe_money(text, start, stop):
        return []
    out: list[MoneyMention] = []
    for m, currency, value in _candidates(text, start, stop):
        if out and m.start() < out[-1].span.end:
            continue
        out.append(_mention(text, m, currency, value, start, stop))
    return out


def parse_money(expr: str) -> Money | None:
    """The first amount of money in ``expr`` ("worth $5 billion" -> 5e9 USD), or None."""
    found = find_money(expr)
    return found[0].money if found else None
