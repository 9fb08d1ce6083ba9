"""A count led by "including" and followed by a period of its own is a part of the count
before, its noun left unsaid (elided rule ``including_period``): "31,000 staff since 2010,
including 4,600 in the last financial year". Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 2, 20)
SINCE_2020 = ("2020-01-01", "2025-02-20")

ROWS = [
    pytest.param(
        "The charity has trained more than 31,000 staff since 2010, including 4,600 in the "
        "last financial year alone.",
        [
            (31000.0, "staff", ("2010-01-01", "2025-02-20")),
            (4600.0, "staff", ("2023-04-01", "2024-03-31")),
        ],
        id="last-financial-year",
    ),
    pytest.param(
        "Kent Police seized 300 knives since 2020, including 45 in 2024.",
        [(300.0, "knives", SINCE_2020), (45.0, "knives", ("2024-01-01", "2024-12-31"))],
        id="a-year",
    ),
    pytest.param(
        "Wardens have issued 900 fines since 2020, including 120 so far this year.",
        [(900.0, "fines", SINCE_2020), (120.0, "fines", ("2025-01-01", "2025-02-20"))],
        id="so-far",
    ),
    # near misses: a place after the count; a noun of its own
    pytest.param(
        "Kent Police seized 300 knives since 2020, including 45 in Maidstone.",
        [(300.0, "knives", SINCE_2020)],
        id="a-place",
    ),
    pytest.param(
        "Officers made 120 arrests since 2020, including 30 women in 2024.",
        [(120.0, "arrests", SINCE_2020), (30.0, "women", ("2024-01-01", "2024-12-31"))],
        id="a-noun-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_an_including_part_over_its_own_period(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
