"""A price of one item is no figure of a span: "units cost up to £12,000 each".

A release often tells what one thing costs ("GPS kits cost up to £12,000 each", "roof
alarms, which cost around £3,000 to fit", "quad bikes worth £8,000 apiece"): the price
of the kind of thing, not a sum spent or lost in the span the release reports, so it
keeps no period from its sentence, a lead-in or the sentences before. Rule
``unit-price`` (:data:`UNIT_PRICE`): a verb of pricing, an optional qualifier, the
money, then "each", "apiece", "a piece" or "per unit/item/set"; or a relative "which/that
cost(s)" and the money, then "to fit/buy/install/replace/…" (the price of getting one).
:func:`unit_prices_undated` takes the period off such a figure once every other rule has
read it (a period of its sentence, or one carried back to "these units").
Not "stole kit worth £40,000 in May" (a loss of the span), "were fined £500 each" (no
verb of pricing) nor "the roof cost £40,000 to repair" (a one-off cost, no relative).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import StatisticFinding
from pressfacts.lexicon.units import CURRENCY_SIGNS, MONEY_UNITS

_QUALIFIER = (
    r"(?:(?:up\s+to|around|about|roughly|some|over|more\s+than|less\s+than|under|from|"
    r"as\s+much\s+as|just\s+(?:over|under))\s+)?"
)
_MONEY = (
    rf"(?P<money>[{CURRENCY_SIGNS}]\d[\d,]*(?:\.\d+)?"
    r"(?:\s*(?:m|bn|k)\b|\s+(?:million|billion)\b)?)"
)
UNIT_PRICE = re.compile(
    rf"\b(?:(?:costs?|costing|worth|priced\s+at|valued\s+at|sells?\s+for|sold\s+for)\s+"
    rf"{_QUALIFIER}{_MONEY}\s+(?:each|apiece|a\s+piece|per\s+(?:unit|item|set))\b|"
    rf"(?:which|that)\s+(?:(?:can|could|typically|usually|often)\s+)?costs?\s+{_QUALIFIER}"
    rf"{_MONEY.replace('money', 'money2')}\s+to\s+(?:fit|buy|install|replace|hire|run|"
    r"fix|repair|make|build)\b)",
    re.I,
)
"""The price of one item (rule ``unit-price``): "cost up to £12,000 each", "worth £8,000
apiece", "which cost around £3,000 to fit"."""
PENALTY_TARIFF = re.compile(
    rf"\ban?\s+(?:fixed\s+penalty(?:\s+notice)?|penalty\s+(?:charge|notice)(?:\s+notice)?)\s+"
    rf"of\s+{_QUALIFIER}{_MONEY}",
    re.I,
)
"""The amount of one penalty (rule ``penalty-tariff``): "issued a fixed penalty of £100",
"a penalty charge notice of £70": the tariff, not a sum of the span. Not "fixed penalties
of £40,000" (a plural: a total) nor "a fine of £500" (a court's sentence, dated by it)."""
PENALTY_CEILING = re.compile(
    r"\b(?:(?:(?:can|could|may|might|will|would|faces?|facing|risks?|risking)\s+(?:now\s+|"
    r"also\s+|still\s+)?(?:be\s+)?fined|(?:fines?|penalty|penalties)\s+of|(?:punishable\s+by|"
    r"carrying|carries)\s+an?\s+fine\s+of)\s+(?:up\s+to|as\s+much\s+as|a\s+maximum\s+of)|"
    rf"maximum\s+(?:fine|penalty)(?:\s+of)?)\s+{_MONEY}",
    re.I,
)
"""The most a law lets a court fine (rule ``penalty-ceiling``): "can be fined up to £2,500",
"a fine of up to £5,000", "fines of up to £1,000", "a maximum fine of £500": a ceiling, not a
sum of the span. Not "was fined £500" (a court's sentence, dated by it), "fines totalling
£40,000" (a sum), "were fined up to £500" (no modal nor noun of a fine before)."""
_SPOT = r"(?:fixed|on-the-spot|instant)"
PENALTY_FACED = re.compile(
    r"\b(?:faces?|facing|risks?|risking|(?:can|could|may|will)\s+(?:get|receive|be\s+given))"
    rf"\s+an?\s+(?:{_SPOT}\s+)?{_MONEY}\s+(?:{_SPOT}\s+)?"
    r"(?:fine|penalty)\b(?:,?\s+(?:and|plus)\s+(?P<points>\w+)\s+(?:penalty\s+)?points)?",
    re.I,
)
"""The penalty a law sets for an offence (rule ``penalty-faced``): "Drivers caught using a
phone face a £200 fine and six penalty points", "anyone caught risks a £100 fixed
penalty": the tariff and its points, not a sum or a count of the span. Not "were given a
£200 fine" (a fine handed down, dated by it), "faces a £2m bill" (no fine), "issued 40 £100
fines" (a count of fines)."""
_REACH = 60
"""How far before the figure the verb of pricing may stand."""


def unit_price(text: str, at: int) -> bool:
    """Whether the money figure at ``at`` of ``text`` is the price of one item
    (:data:`UNIT_PRICE`), the amount of one penalty (:data:`PENALTY_TARIFF`) or the most a
    law lets a court fine (:data:`PENALTY_CEILING`)."""
    window = text[max(0, at - _REACH) : at + _REACH]
    offset = max(0, at - _REACH)
    for match in UNIT_PRICE.finditer(window):
        group = "money" if match.group("money") else "money2"
        start, end = match.span(group)
        if offset + start - 12 <= at < offset + end:
            return True
    for pattern in (PENALTY_TARIFF, PENALTY_CEILING, PENALTY_FACED):
        for found in pattern.finditer(window):  # rules penalty-tariff, -ceiling, -faced
            if offset + found.start("money") - 14 <= at < offset + found.end("money"):
                return True
    return False


def penalty_points(text: str, at: int) -> bool:
    """Whether the count at ``at`` of ``text`` is the penalty points of a penalty a law sets
    (:data:`PENALTY_FACED`: "face a £200 fine and six penalty points")."""
    window = text[max(0, at - _REACH * 2) : at + _REACH]
    offset = max(0, at - _REACH * 2)
    return any(
        found.group("points") and offset + found.start("points") == at
        for found in PENALTY_FACED.finditer(window)
    )


def unit_prices_undated(findings: Sequence[StatisticFinding], text: str) -> list[StatisticFinding]:
    """``findings`` with no period on a sum of money that is the price of one item
    (:func:`unit_price`, rule ``unit-price``) and on the points of a penalty a law sets
    (:func:`penalty_points`, rule ``penalty-faced``); a change keeps its period."""
    return [
        replace(f, period=None)
        if f.period is not None
        and f.change is None
        and (
            (f.unit in MONEY_UNITS and unit_price(text, f.start))
            or (f.unit not in MONEY_UNITS and penalty_points(text, f.start))
        )
        else f
        for f in findings
    ]
