"""A change held against a quarter named with its own year ("11% more than in the first
quarter of 2025") covers that quarter to the end of the period it is stated with: the
words are the ``quarter`` rule's, not the bare ``baseline_quarter`` rule's, whose "than in
the first quarter" (counted back from the quarter stated before) had taken them and left
the yardstick undated. A bare "on the previous quarter" or "than the first" stays
``baseline_quarter``'s. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blue Cross took 2,140 calls about strays between January and March, 9% more than "
         "in the first quarter of 2024.",
         {2140: ("2025-01-01", "2025-03-31"), 9: ("2024-01-01", "2025-03-31")}),
        ("Dog thefts in Essex reached 88 in the first quarter of 2025, 14% fewer than in the "
         "second quarter of 2024.",
         {88: ("2025-01-01", "2025-03-31"), 14: ("2024-04-01", "2025-03-31")}),
        ("The charity rehomed 310 dogs in April, 6% more than in the final quarter of 2024.",
         {310: ("2025-04-01", "2025-04-30"), 6: ("2024-10-01", "2025-04-30")}),
        # near misses: a bare quarter counted back from the one stated before
        ("Reports rose to 540 in the second quarter of 2024, up 12% on the previous quarter.",
         {540: ("2024-04-01", "2024-06-30"), 12: ("2024-01-01", "2024-06-30")}),
        ("Reports reached 610 in Q3 2024, 20% more than the first.",
         {610: ("2024-07-01", "2024-09-30"), 20: ("2024-01-01", "2024-09-30")}),
    ],
)  # fmt: skip
def test_baseline_quarter_of_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
