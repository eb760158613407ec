"""Properties of factwire.values for every amount and every text."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from factwire.values import find_money, find_quantities, parse_money, parse_quantity
from factwire.values.numbers import TENS, UNITS

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2)


@given(amounts, st.sampled_from(["{n} million", "${n} million", "US${n} million"]))
def test_dollar_millions_round_trip(n: Decimal, style: str) -> None:
    text = style.format(n=n)
    money = parse_money(text)
    if "$" not in text:
        assert money is None  # "5 million" names no currency
        return
    assert money is not None
    assert (money.amount, money.currency) == (float(n * 1_000_000), "USD")


@given(st.integers(1, 999_999_999))
def test_grouped_integers_round_trip(n: int) -> None:
    grouped = f"{n:,}"
    money = parse_money(f"paid ${grouped} in cash")
    assert money is not None and money.amount == n
    assert parse_quantity(f"{grouped} rifles") == n


def words_for(n: int) -> str:
    """English words for 1..999 (the form news uses: "three hundred and twelve")."""
    names = {v: k for k, v in {**UNITS, **TENS}.items()}
    hundreds, rest = divmod(n, 100)
    tens = names.get(rest) or (f"{names[rest - rest % 10]}-{names[rest % 10]}" if rest else "")
    if not hundreds:
        return tens
    return f"{names[hundreds]} hundred" + (f" and {tens}" if tens else "")


@given(st.integers(1, 999))
def test_number_words_round_trip(n: int) -> None:
    assert parse_quantity(f"{words_for(n)} tanks") == n


FRAGMENTS = [
    "$5 billion", "Rs 39,000 crore", "€1.2bn", "up to", "between", "and", "more than", "five",
    "S-400", "systems", "1,000", "troops", "two dozen", "a dozen", "first", "dozens of", "-",
    "(", "4", ")", "2018", "December 3", "per cent", "%", "km", "worth", "1.5 billion rubles",
    "yuan", "500 million", "the", "Project 11356", "aged", "93", "twenty-five", "$", "£",
    "million", "bn", "m", ",", ".", "to", "US$1.2 million", "crore", "lakh",
]


@st.composite
def news_like(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(FRAGMENTS), max_size=14))
    seps = st.sampled_from([" ", " ", "", "\n", ", "])
    return "".join(draw(seps) + p for p in parts)


@settings(max_examples=300)
@given(news_like(), st.data())
def test_spans_index_the_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.one_of(st.none(), st.integers(start, len(text) + 2)))
    stop = len(text) if end is None else min(end, len(text))
    money = find_money(text, start, end)
    for m in money:
        assert start <= m.span.start <= m.span.end <= stop
        assert text[m.span.start:m.span.end] == m.text == m.money.text
        assert m.money.amount >= 0
        assert m.upper is None or m.upper >= m.money.amount
    quantities = find_quantities(text, start, end)
    for q in quantities:
        assert start <= q.span.start <= q.span.end <= stop
        assert text[q.span.start:q.span.end] == q.text
        assert not any(q.span.overlaps(m.span) for m in money)
        assert (q.value is None) == (q.kind != "cardinal")
        assert q.head is None or q.span.end <= q.head.start


@given(st.text(max_size=60))
def test_any_text_is_safe(text: str) -> None:
    for m in find_money(text):
        assert text[m.span.start:m.span.end] == m.text
    for q in find_quantities(text):
        assert text[q.span.start:q.span.end] == q.text
    parse_quantity(text)
