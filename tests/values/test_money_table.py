"""find_money() / parse_money(): amounts, currencies, bounds and spans, row by row."""

from __future__ import annotations

import pytest

from factwire.model import Money
from factwire.values import find_money, parse_money

# (text, mention text, amount, currency, bound)
ROWS: list[tuple[str, str, float, str, str]] = [
    ("a deal worth $5 billion", "$5 billion", 5_000_000_000, "USD", "exact"),
    ("loans of US$1.2 million", "US$1.2 million", 1_200_000, "USD", "exact"),
    ("contracts worth Rs 39,000 crore", "Rs 39,000 crore", 390_000_000_000, "INR", "exact"),
    ("a budget of ₹5,000 crore", "₹5,000 crore", 50_000_000_000, "INR", "exact"),
    ("a fund of €1.2bn", "€1.2bn", 1_200_000_000, "EUR", "exact"),
    ("a grant of EUR 300 million", "EUR 300 million", 300_000_000, "EUR", "exact"),
    ("an order of £2.5bn", "£2.5bn", 2_500_000_000, "GBP", "exact"),
    ("an estimated cost of $2.5 billion", "$2.5 billion", 2_500_000_000, "USD", "exact"),
    ("valued at $5.43 billion", "$5.43 billion", 5_430_000_000, "USD", "exact"),
    ("a ¥1 trillion package", "¥1 trillion", 1_000_000_000_000, "JPY", "exact"),
    ("it cost 1.5 billion rubles", "1.5 billion rubles", 1_500_000_000, "RUB", "exact"),
    ("paid 500 million yuan", "500 million yuan", 500_000_000, "CNY", "exact"),
    ("a $400m contract", "$400m", 400_000_000, "USD", "exact"),
    ("a $485M notification", "$485M", 485_000_000, "USD", "exact"),
    ("raised to $1.290B in 2008", "$1.290B", 1_290_000_000, "USD", "exact"),
    ("aid of up to $1 billion", "up to $1 billion", 1_000_000_000, "USD", "max"),
    ("costs between $1bn and $2bn", "between $1bn and $2bn", 1_000_000_000, "USD", "range"),
    ("more than $3 billion in aid", "more than $3 billion", 3_000_000_000, "USD", "min"),
    ("a $1-2 billion programme", "$1-2 billion", 1_000_000_000, "USD", "range"),
    ("from $5bn to $7bn a year", "from $5bn to $7bn", 5_000_000_000, "USD", "range"),
    ("nearly $6bn for a wall", "nearly $6bn", 6_000_000_000, "USD", "approx"),
    ("at least €10 million", "at least €10 million", 10_000_000, "EUR", "min"),
    ("about £300m in loans", "about £300m", 300_000_000, "GBP", "approx"),
    ("an estimated $400 million", "an estimated $400 million", 400_000_000, "USD", "approx"),
    ("a billion dollars in arms", "a billion dollars", 1_000_000_000, "USD", "exact"),
    ("two billion euros of credit", "two billion euros", 2_000_000_000, "EUR", "exact"),
    ("5 billion US dollars", "5 billion US dollars", 5_000_000_000, "USD", "exact"),
    ("Rs 1.2 lakh crore for defence", "Rs 1.2 lakh crore", 1_200_000_000_000, "INR", "exact"),
    ("Rs. 500 crore", "Rs. 500 crore", 5_000_000_000, "INR", "exact"),
    ("INR 2,000 crore", "INR 2,000 crore", 20_000_000_000, "INR", "exact"),
    ("45 lakh rupees", "45 lakh rupees", 4_500_000, "INR", "exact"),
    ("a $600-billion commitment", "$600-billion", 600_000_000_000, "USD", "exact"),
    ("the $600\n  billion package", "$600\n  billion", 600_000_000_000, "USD", "exact"),
    ("a $600 Billion pledge", "$600 Billion", 600_000_000_000, "USD", "exact"),
    ("USD 17.5 billion", "USD 17.5 billion", 17_500_000_000, "USD", "exact"),
    ("over AUD 30 billion", "over AUD 30 billion", 30_000_000_000, "AUD", "min"),
    ("A$2 billion for ships", "A$2 billion", 2_000_000_000, "AUD", "exact"),
    ("C$500 million", "C$500 million", 500_000_000, "CAD", "exact"),
    ("₩3 trillion", "₩3 trillion", 3_000_000_000_000, "KRW", "exact"),
    ("RMB 20 billion", "RMB 20 billion", 20_000_000_000, "CNY", "exact"),
    ("200 million pounds of aid", "200 million pounds", 200_000_000, "GBP", "exact"),
    ("a fine of $150", "$150", 150, "USD", "exact"),
    ("smugglers were paid $2,000 each", "$2,000", 2_000, "USD", "exact"),
    ("a $5 billion-dollar deal", "$5 billion", 5_000_000_000, "USD", "exact"),
    ("3 billion hryvnias", "3 billion hryvnias", 3_000_000_000, "UAH", "exact"),
    ("10 million shekels", "10 million shekels", 10_000_000, "ILS", "exact"),
    ("up to a trillion dollars", "up to a trillion dollars", 1_000_000_000_000, "USD", "max"),
]


@pytest.mark.parametrize(("text", "mention", "amount", "currency", "bound"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_money(text: str, mention: str, amount: float, currency: str, bound: str) -> None:
    found = find_money(text)
    assert len(found) == 1, found
    m = found[0]
    assert (m.text, m.money.amount, m.money.currency, m.bound) == (mention, amount, currency,
                                                                   bound)
    assert text[m.span.start:m.span.end] == m.text == m.money.text
    assert parse_money(text) == m.money


def test_range_keeps_upper_bound() -> None:
    (m,) = find_money("costs between $1bn and $2bn")
    assert (m.money.amount, m.upper) == (1e9, 2e9)


@pytest.mark.parametrize("text", [
    "500 pounds of explosives",      # weight, not money
    "she won 5 million votes",       # "won" the verb
    "a million people fled",
    "5 billion barrels of oil",
    "the price rose 5%",
    "an S-400 system",
    "",
])
def test_not_money(text: str) -> None:
    assert find_money(text) == []
    assert parse_money(text) is None


def test_two_amounts_in_one_sentence() -> None:
    text = "Baghdad asked for a $10bn (£7.6bn) fee, then $1bn per annum."
    found = find_money(text)
    assert [(m.text, m.money.currency) for m in found] == [
        ("$10bn", "USD"), ("£7.6bn", "GBP"), ("$1bn", "USD")]


def test_offsets_into_larger_text() -> None:
    text = "Intro. India signed a $5 billion deal. Later it paid €1bn."
    second = text.index("Later")
    (m,) = find_money(text, second)
    assert (m.text, m.span.start) == ("€1bn", text.index("€"))
    (first,) = find_money(text, 0, second)
    assert first.money == Money(5_000_000_000, "USD", "$5 billion")


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 40
