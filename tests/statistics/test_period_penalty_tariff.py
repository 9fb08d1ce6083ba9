"""The amount of one penalty ("the council issued a fixed penalty of £100", "a penalty
charge notice of £70") is a tariff, not a sum of the span its sentence or the text
dates: it keeps no period (rule ``penalty-tariff``,
``period_unit_prices.PENALTY_TARIFF``). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2024, 3, 5)
YEAR = ("2023-01-01", "2023-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023, Hull City Council issued 40 notices. Where a notice was breached, the "
         "council issued a fixed penalty of £100.", {40: YEAR, 100: None}),
        ("In 2023, drivers who parked on the zigzags were given a penalty charge notice of "
         "£70.", {70: None}),
        ("In 2023, wardens in Leeds caught 63 people dropping litter, each given a fixed "
         "penalty notice of £150.", {63: YEAR, 150: None}),
        # near misses: a total of many penalties, a court's fine, a sum collected
        ("In 2023, Hull City Council issued fixed penalties of £40,000 in total.",
         {40000: YEAR}),
        ("In 2023, the man was given a fine of £500.", {500: YEAR}),
        ("In 2023, Hull City Council collected £100 from a fixed penalty scheme.",
         {100: YEAR}),
    ],
)  # fmt: skip
def test_penalty_tariff_has_no_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
