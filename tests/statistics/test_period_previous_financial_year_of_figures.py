""" "The previous financial year" in the sentence right after the one stating a financial
year, when that sentence opens on the figures ("The figures show …"), is the year before
the stated one, so a change spans both (rule ``previous_financial_year_of_figures``); a
next sentence that opens on anything else keeps what it had. Every sentence is invented
for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 7, 8)
BOTH = ("2023-04-01", "2025-03-31")
STATED = ("2024-04-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dyfed-Powys Police logged 640 frauds in 2024/25. The figures show frauds rose "
            "by 9% on the previous financial year.",
            {640: STATED, 9: BOTH},
            id="the-figures-show",
        ),
        pytest.param(
            "Norfolk recorded 1,210 scams in the 2024/25 financial year. These new figures, "
            "released by the county council, show losses fell by 6% compared with the "
            "previous financial year.",
            {1210: STATED, 6: BOTH},
            id="these-new-figures",
        ),
        # near miss: the next sentence does not open on the figures (a stated year other
        # than P's previous one: were it that one, ``previous_financial_year_not_itself``
        # would count back from it, a year never being compared with itself)
        pytest.param(
            "Dyfed-Powys Police logged 640 frauds in 2023/24. Thefts rose by 9% on the "
            "previous financial year.",
            {640: ("2023-04-01", "2024-03-31"), 9: STATED},
            id="other-opening",
        ),
    ],
)
def test_previous_financial_year_of_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
