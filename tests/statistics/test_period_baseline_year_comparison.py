"""Rule ``baseline_year_comparison``: a level dated in its sentence and the yardstick a
change is "on" a whole number of years before it ("1,204 burglaries in 2024, up 8% on
2023") make a comparison, which a change stated after it with no period of its own takes
("Rushcliffe saw the sharpest rise, up 31%"), rather than an older comparison further
back. Near misses: a later change with no yardstick before it, or one no whole number of
years back. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 3, 20)

ROWS = [
    pytest.param(
        "Officers recorded 1,204 burglaries in 2024, up 8% on 2023. Rushcliffe saw the "
        "sharpest rise, up 31%.",
        {
            1204.0: ("2024-01-01", "2024-12-31"),
            8.0: ("2023-01-01", "2024-12-31"),
            31.0: ("2023-01-01", "2024-12-31"),
        },
        id="a-place-after-a-year-on-year-rise",
    ),
    pytest.param(
        "Thefts from shops fell by 11% between May and October 2024, compared with the same "
        "period in 2023.\n\nAcross the county, 6,480 thefts were recorded in 2024, a rise of "
        "4% on 2023. Torquay saw the biggest increase, up 19%.",
        {
            11.0: ("2023-05-01", "2024-10-31"),
            6480.0: ("2024-01-01", "2024-12-31"),
            4.0: ("2023-01-01", "2024-12-31"),
            19.0: ("2023-01-01", "2024-12-31"),
        },
        id="the-nearer-comparison-not-the-older-one",
    ),
    # near misses: no yardstick before it, or one no whole number of years back
    pytest.param(
        "Officers recorded 1,204 burglaries in 2024, up 8% on 2023/24. Rushcliffe saw the "
        "sharpest rise, up 31%.",
        {1204.0: ("2024-01-01", "2024-12-31"), 8.0: ("2023-04-01", "2024-03-31"), 31.0: None},
        id="a-financial-year-yardstick-pairs-no-calendar-year",
    ),
    pytest.param(
        "Officers recorded 1,204 burglaries in 2024. Rushcliffe saw a rise of 31%.",
        {1204.0: ("2024-01-01", "2024-12-31"), 31.0: None},
        id="no-yardstick-no-comparison",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_baseline_year_comparison(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
