"""A part of "the year" compared in the same sentence with a part of a stated year is a part
of that year, not of P's (rule ``part_of_year_compared`` of ``period_year_parts``, asked by
``half_year``, ``months_of_the_year`` and ``quarter_of_the_year``); the change covers both
parts. Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2027, 1, 15)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        pytest.param(
            "Thefts from vans in Swansea rose by 20% in the second half of 2025 compared with "
            "the first half of the year.",
            20,
            ("2025-01-01", "2025-12-31"),
            id="second-half-of-a-year-against-the-first-half",
        ),
        pytest.param(
            "Calls to the helpline rose 11% in the third quarter of 2025 compared with the first "
            "quarter of the year.",
            11,
            ("2025-01-01", "2025-09-30"),
            id="quarter-against-a-quarter-of-the-year",
        ),
        pytest.param(
            "Shoplifting in Taunton fell by 14% in the last three months of 2025 compared with "
            "the first three months of the year.",
            14,
            ("2025-01-01", "2025-12-31"),
            id="months-against-months-of-the-year",
        ),
        pytest.param(  # near miss: the part of the year in a sentence of its own is P's
            "There were 80 thefts in the second half of 2025. In the first six months of the "
            "year there were 40.",
            40,
            ("2027-01-01", "2027-01-15"),
            id="a-sentence-of-its-own",
        ),
        pytest.param(
            "Vehicle crime in Bangor fell 9% in the first quarter of 2025, against the last "
            "quarter of the year.",
            9,
            ("2025-01-01", "2025-12-31"),
            id="against-a-quarter-of-the-year",
        ),
        pytest.param(
            "Burglaries in Rhyl rose to 412 in the second half of 2025, from 305 in the first "
            "six months of the year.",
            305,
            ("2025-01-01", "2025-06-30"),
            id="from-a-level-of-the-year",
        ),
        pytest.param(  # near miss: no comparison, so the part of the year is P's
            "Officers made 310 arrests in the second half of 2025, and in the first three "
            "months of the year they made 64.",
            64,
            ("2027-01-01", "2027-01-15"),
            id="no-comparison",
        ),
        pytest.param(  # near miss: "this year" counts from P
            "Arrests rose by 30% in the second half of 2025 compared with the first quarter of "
            "this year.",
            30,
            ("2025-07-01", "2027-01-15"),
            id="this-year-counts-from-p",
        ),
    ],
)
def test_a_part_of_the_year_compared_takes_the_stated_year(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    value: float,
    expected: tuple[str, str] | None,
) -> None:
    assert periods_of(nlp, text, P).get(value, "absent") == expected
