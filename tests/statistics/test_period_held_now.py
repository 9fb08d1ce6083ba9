"""Figures held now (``period_now``): a level in a sentence that says "now" and states no
period takes no closed span from a lead-in or the sentences before (``held-now-level``);
a change against a stated year in such a sentence runs to P (``held-now-change``)."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change against a stated year in a sentence saying "now": that year to P
        (
            "Kent Police recorded 900 burglaries in 2024. The force now has 146 detectives, "
            "40 more than in 2022.",
            {900: ("2024-01-01", "2024-12-31"), 146: None, 40: ("2022-01-01", "2025-09-10")},
        ),
        (
            "The service in Hull now employs 52 advisers, 12 more than in 2023.",
            {52: None, 12: ("2023-01-01", "2025-09-10")},
        ),
        # a near miss: no "now", so the change ends with the period stated before
        (
            "Kent Police recorded 900 burglaries in 2024. The force has 146 detectives, "
            "40 more than in 2022.",
            {900: ("2024-01-01", "2024-12-31"), 146: None,
             40: ("2022-01-01", "2024-12-31")},
        ),
    ],
)  # fmt: skip
def test_a_change_held_now_runs_to_publication(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, dt.date(2025, 9, 10)) == expected
