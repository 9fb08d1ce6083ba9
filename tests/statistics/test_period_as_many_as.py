""" "almost as many as in the whole of 2024": a period after "as many/much/high/often as"
is a comparison's yardstick, so a later "in that time" points back past it to the span
the figures were counted in (``period_links.COMPARATOR_BEFORE``; sentences invented for
these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers have seized 52 quad bikes since the start of the year, almost as many "
         "as in the whole of 2023. They made 19 arrests in that time.",
         {52: ("2025-01-01", "2025-10-20"), 19: ("2025-01-01", "2025-10-20")}),
        ("The helpline took 4,100 calls between April and September, as many as in 2022. "
         "Volunteers answered 3,800 of them during that time.",
         {4100: ("2025-04-01", "2025-09-30"), 3800: ("2025-04-01", "2025-09-30")}),
        # near miss: "as many as" a count is a qualifier, and its period its own
        ("Officers seized as many as 40 dogs in 2023. They made 12 arrests in that time.",
         {40: ("2023-01-01", "2023-12-31"), 12: ("2023-01-01", "2023-12-31")}),
    ],
)  # fmt: skip
def test_as_many_as_a_period_is_a_yardstick(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
