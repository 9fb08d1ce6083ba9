"""A level stated before a bare yardstick ("rose to £412, from £380 in 2023/24") is of the
later period the sentence leaves unsaid: of the main periods stated before (or the lead's)
that start after the yardstick, one as long as the yardstick comes first, like for like
(``PeriodContext.later_than``); with none alike, the nearest. Sentences invented for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 5)
YEAR = ("2024-04-01", "2025-03-31")
QUARTER = ("2025-01-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police made 400 arrests in 2024/25.\n\nBetween January and March, officers "
         "made 90 arrests.\n\nThe average fine had risen to £412, from £380 in 2023/24.",
         {400: YEAR, 90: QUARTER, 412: YEAR}),
        ("Essex Police seized 300 cars in 2024/25.\n\nBetween January and March, officers "
         "seized 70 cars.\n\nThe average value fell to £8,100, from £9,400 in 2023/24.",
         {300: YEAR, 70: QUARTER, 8100: YEAR}),
        # near miss: no period as long as the yardstick: the nearest later one
        ("Between January and March, officers made 90 arrests.\n\nThe average fine had "
         "risen to £412, from £380 in 2024.",
         {90: QUARTER, 412: QUARTER}),
    ],
)  # fmt: skip
def test_a_level_before_a_yardstick_takes_an_alike_later_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
