""" "since" a thing was trialled, piloted or rolled out, with where it started between the
verb and its month ("Since the policy was trialled in Watford last September, …"): from
that month to P (rule ``since_start_month``), for every figure of the sentence, not the
month alone. Sentences invented; P is 18 March 2026."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since the scheme was trialled in Bedford last October, referrals in Bedfordshire"
            " have risen from 40 to 65.",
            {40: ("2025-10-01", "2026-03-18"), 65: ("2025-10-01", "2026-03-18")},
        ),
        (
            "Since the cameras were rolled out in May, officers in Kent have seized 77 knives.",
            {77: ("2025-05-01", "2026-03-18")},
        ),
        (
            "Since the app was piloted at Leeds Station last June, 310 reports were made.",
            {310: ("2025-06-01", "2026-03-18")},
        ),
        # near misses: the month alone, with a place, and no "since"
        (
            "Officers made 12 arrests in Watford last September.",
            {12: ("2025-09-01", "2025-09-30")},
        ),
        (
            "The scheme was trialled in Bedford last October, when 19 people were referred.",
            {19: ("2025-10-01", "2025-10-31")},
        ),
    ],
)
def test_since_a_start_at_a_place(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
