"""A level listed after the first level held "now" keeps no span carried from the
sentences before, as that first level (rule ``held-now-carried-list`` of ``period_now``):
"The force now has 18 drones and 46 trained pilots, up from 11 drones in 2023". Sentences
invented; P is 12 June 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 12)
FY = ("2024-04-01", "2025-03-31")
Y2023 = ("2023-01-01", "2023-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drones joined 620 searches for missing people in 2024/25. Lancashire "
            "Constabulary now has 21 drones and 54 trained pilots, up from 13 drones in 2023.",
            {620: FY, 21: None, 54: None, 13: Y2023},
        ),
        (
            "The charity answered 9,100 calls in 2024/25. It now runs six hubs, 14 vans and "
            "about 300 beds, compared with four hubs in 2023.",
            {9100: FY, 6: None, 14: None, 300: None, 4: Y2023},
        ),
        # near misses: no "now" (the carried span stays); no list after the held level
        (
            "Drones joined 620 searches for missing people in 2024/25. Lancashire "
            "Constabulary had 21 drones and 54 trained pilots, up from 13 drones in 2023.",
            {620: FY, 21: FY, 54: FY, 13: Y2023},
        ),
    ],
)
def test_period_held_now_list(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
