"""A start dated by a month named with "last" ("since the scheme launched last March"):
from such a month of the year before P's to P (``since_start_month``), as the team golds
read "last <month>" (a month of P's year already past is "in January")."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2024, 3, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the month of P: last year's
        (
            "Some 820 cards have been cancelled across Kent since the scheme launched last "
            "March, Kent Police said.",
            {820: ("2023-03-01", "2024-03-20")},
        ),
        # an earlier month than P's: still the year before's
        (
            "Officers have seized 47 phones in Dorset since the crackdown began last January.",
            {47: ("2023-01-01", "2024-03-20")},
        ),
        (
            "More than 300 pupils in Cumbria have been taught about scams since its launch "
            "last November.",
            {300: ("2023-11-01", "2024-03-20")},
        ),
        # carried to the next sentence as the dated start is (``since_start_lead_in``)
        (
            "Banks have frozen 95 accounts in Essex since the campaign started last October. "
            "The force has also arrested 12 people.",
            {95: ("2023-10-01", "2024-03-20"), 12: ("2023-10-01", "2024-03-20")},
        ),
        # near misses: "in" a month keeps its reading; a plain "last <month>" is that month
        (
            "Officers have seized 47 phones in Dorset since the crackdown began in January.",
            {47: ("2024-01-01", "2024-03-20")},
        ),
        (
            "Officers seized 47 phones in Dorset last January.",
            {47: ("2023-01-01", "2023-01-31")},
        ),
    ],
)
def test_since_a_start_last_month(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
