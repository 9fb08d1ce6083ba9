"""The price of one item keeps no period (rule ``unit-price``): "kits cost up to £12,000
each", "alarms, which cost around £3,000 to fit", "worth £8,000 apiece"; a sum spent, lost
or fined in the span keeps its period."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_unit_prices import unit_price
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 30)
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price of one item, with the period of its sentence or carried back
        (
            "Police Scotland recorded 140 thefts of quad bikes in 2024. Each machine costs "
            "around £9,500 apiece, officers said.",
            {140.0: Y2024, 9500.0: None},
        ),
        (
            "In 2024, 72 farms fitted trackers, which cost about £600 to install.",
            {72.0: Y2024, 600.0: None},
        ),
        (
            "Officers recovered 31 trailers in 2024. These trailers are worth up to £4,000 each.",
            {31.0: Y2024, 4000.0: None},
        ),
        (
            "In 2024, the unit seized 12 GPS screens priced at £7,000 each.",
            {12.0: Y2024, 7000.0: None},
        ),
        # a price in euros, as in pounds
        (
            "In 2024, gardaí seized 12 quad bikes priced at €7,000 each.",
            {12.0: Y2024, 7000.0: None},
        ),
        # near misses: a loss, a fine, a one-off cost, a total worth
        ("In 2024, thieves stole tools worth £40,000 from farms in Powys.", {40000.0: Y2024}),
        ("In 2024, two men were fined £500 each for coursing.", {2.0: Y2024, 500.0: Y2024}),
        ("In 2024, the chapel roof cost £38,000 to repair.", {38000.0: Y2024}),
        (
            "In 2024, 12 quad bikes worth £96,000 in total were seized.",
            {12.0: Y2024, 96000.0: Y2024},
        ),
    ],
)
def test_unit_price_periods(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("GPS domes cost up to £12,000 each.", "up to", True),
        ("GPS domes cost £12,000 each.", "£", True),
        ("The roof alarms, which can cost £2,500 to fit, work.", "£", True),
        ("They spent £12,000 each year.", "£", False),
        ("Lead worth £30,000 was taken.", "£", False),
    ],
)
def test_unit_price_words(text: str, figure: str, expected: bool) -> None:
    assert unit_price(text, text.index(figure)) is expected
