"""The level a change reaches from a level of a stated year, with no period of its own
("fell from 14 minutes in 2024/25 to just under seven minutes"), is the next year's
(``period_range_levels._next_year_level``; sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Burglaries in Powys fell from 1,310 in 2023 to 1,090.",
            {1310: ("2023-01-01", "2023-12-31"), 1090: ("2024-01-01", "2024-12-31")},
        ),
        (
            "Knife crimes in Hull rose from 412 in 2023/24 to almost 480.",
            {412: ("2023-04-01", "2024-03-31"), 480: ("2024-04-01", "2025-03-31")},
        ),
    ],
)
def test_the_level_reached_is_the_next_years(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_a_level_with_its_own_year_keeps_it(nlp: Language, periods_of: PeriodsOf) -> None:
    # near miss: the later level names its own year
    text = "Burglaries in Powys fell from 1,310 in 2022 to 1,090 in 2024."
    assert periods_of(nlp, text, P)[1090] == ("2024-01-01", "2024-12-31")
