"""A figure held now ("… now reach court within a year", "Staff now see 30 families"),
in a sentence that states no period, takes no period from a lead-in or the sentences
before: it is how things stand at the release, not the span counted before it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

FY = ("2024-04-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2024/25, the charity in Leeds supported 900 families. Its staff now see 30 "
            "families in every week of the year.",
            {900: FY, 30: None},
        ),
        (
            "Officers in Kent seized 1,200 knives in 2024/25. More than half of the county's "
            "schools now have a surrender bin.",
            {1200: FY, 50: None},
        ),
        # a near miss: no "now", so the span carries on
        (
            "In 2024/25, the charity in Leeds supported 900 families. Its staff saw 30 "
            "families with children under five.",
            {900: FY, 30: FY},
        ),
    ],
)
def test_a_figure_held_now_takes_no_carried_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, dt.date(2025, 9, 10)) == expected
