"""A value set off as an aside after ", with" opens no clause of its own (rule
``value_aside``, ``yardstick_openings.VALUE_ASIDE`` in ``period_clauses.CLAUSE_BREAK``):
"moved 45 kilograms of cocaine, with a street value of £3m, between January 2024 and March
2025" dates the 45 kilograms by the range after the aside. Near miss: ", with 31 charged"
still opens a clause. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 1, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gang moved 45 kilograms of cocaine, with a street value of £3 million, between "
         "January 2024 and March 2025.",
         {45: ("2024-01-01", "2025-03-31"), 3000000: ("2024-01-01", "2025-03-31")}),
        ("Officers seized 75 plants, with an estimated value of £50,000, in May.",
         {75: ("2025-05-01", "2025-05-31"), 50000: ("2025-05-01", "2025-05-31")}),
        # near miss: a count after ", with" opens a clause of its own
        ("Officers made 40 arrests in Leeds, with 31 charged in May.",
         {40: None, 31: ("2025-05-01", "2025-05-31")}),
    ],
)  # fmt: skip
def test_value_aside(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
