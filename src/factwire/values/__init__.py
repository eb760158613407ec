"""Money and quantities in news text, normalised as EVENTS.md "Values and quantities" asks.

Pure text (no spaCy): the event extractor calls these on every candidate sentence.
"""

from factwire.values.bounds import Bound
from factwire.values.money import MoneyMention, find_money, parse_money
from factwire.values.quantity import QuantityKind, QuantityMention, find_quantities, parse_quantity

__all__ = [
    "Bound",
    "MoneyMention",
    "QuantityKind",
    "QuantityMention",
    "find_money",
    "find_quantities",
    "parse_money",
    "parse_quantity",
]
