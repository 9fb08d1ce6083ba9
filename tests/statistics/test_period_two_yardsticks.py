"""Two changes of one sentence, each against its own bare yardstick ("9% more than in
2024 and treble the number in 2021"): each change spans from its own yardstick to the
period reported (``period_context.choose_period``: the yardstick the change is measured
against is the first after it, and another yardstick is never what a change is about;
``period_comparisons.only_yardstick``: a sentence comparing back may hold both).

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Wardens issued 610 fines in 2025, 9% more than in 2024 and treble the number in 2021.",
            {9: ("2024-01-01", "2025-12-31"), 3: ("2021-01-01", "2025-12-31")},
            id="one-sentence",
        ),
        pytest.param(
            "The charity took 4,200 calls last year, 15% more than in 2023 and twice the "
            "figure for 2020.",
            {15: ("2023-01-01", "2025-12-31"), 2: ("2020-01-01", "2025-12-31")},
            id="last-year",
        ),
        pytest.param(
            "Wardens issued 610 fines in 2025. That was 9% more than in 2024, and treble "
            "the number in 2021.",
            {9: ("2024-01-01", "2025-12-31"), 3: ("2021-01-01", "2025-12-31")},
            id="a-sentence-comparing-back",
        ),
        # near misses: one yardstick; a "since" span about the year before it
        pytest.param(
            "Wardens issued 610 fines in 2025, up 30% on 2022.",
            {30: ("2022-01-01", "2025-12-31")},
            id="one-yardstick",
        ),
        pytest.param(
            "Officers recorded 512 offences in the region last year – an increase of 40% "
            "since 2021.",
            {40: ("2021-01-01", "2025-12-31")},
            id="since-about-last-year",
        ),
    ],
)
def test_each_change_its_own_yardstick(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    periods = periods_of(nlp, text, P)
    assert {value: periods[value] for value in expected} == expected
