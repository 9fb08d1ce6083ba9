""" "last <month>" is that month of the year before P's, as the team golds read it ("last
August" in October 2025 is August 2024; a month of P's year already past is "in August"),
for the bare phrase (``last_month_named``) and a span from it (``since_last_month``);
"this past <month>" is the latest such month before P's. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last August, 12 dogs were stolen in Kent.", {12: ("2024-08-01", "2024-08-31")}),
        ("Kent Police recovered 31 dogs last October.", {31: ("2024-10-01", "2024-10-31")}),
        ("Since last August, officers have seized 40 dogs.", {40: ("2024-08-01", "2025-10-09")}),
        ("Officers have seized 40 dogs since last December.",
         {40: ("2024-12-01", "2025-10-09")}),
        # near misses: "this past August" and "in August" are this year's
        ("This past August, 9 dogs were stolen in Kent.", {9: ("2025-08-01", "2025-08-31")}),
        ("In August, 9 dogs were stolen in Kent.", {9: ("2025-08-01", "2025-08-31")}),
        ("Since August, officers have seized 40 dogs.", {40: ("2025-08-01", "2025-10-09")}),
    ],
)  # fmt: skip
def test_last_month_named(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
