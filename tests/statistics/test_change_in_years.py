"""A change stated "in/over N years" right after a span of its sentence covers the N years
ending with that span (rule ``change_in_years``); a future "in two years' time", or a
change with no span before it, gets nothing from the rule. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 5, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The helpline took 1,910 calls between April 2024 and March 2025, a rise of 35% in "
            "three years.",
            {1910: ("2024-04-01", "2025-03-31"), 35: ("2022-04-01", "2025-03-31")},
            id="rise-of-in-three-years",
        ),
        pytest.param(
            "Burglaries in Hull fell to 900 in 2024, down 15% over two years.",
            {900: ("2024-01-01", "2024-12-31"), 15: ("2023-01-01", "2024-12-31")},
            id="down-over-two-years",
        ),
        pytest.param(
            "The unit dealt with 410 cases in 2023/24, an increase of 18 per cent in four years.",
            {410: ("2023-04-01", "2024-03-31"), 18: ("2020-04-01", "2024-03-31")},
            id="increase-of-per-cent-in-four-years",
        ),
        # near misses: no span before in the sentence, or a future "time"
        pytest.param(
            "Calls to the line have risen. They were up 12% in two years, the charity said.",
            {12: None},
            id="no-span-before",
        ),
        pytest.param(
            "Arrests rose by 20% in 2024 and officers expect 300 more in three years' time.",
            {20: ("2024-01-01", "2024-12-31")},
            id="years-time-is-no-span",
        ),
    ],
)
def test_change_in_years(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
