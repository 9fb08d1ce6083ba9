"""A fortnight pointed back to ("during the fortnight", "over that fortnight") is the
latest two-week span stated before it, even with another period stated between (rule
``the_fortnight``: ``period_fortnights.THE_FORTNIGHT``). Every sentence is invented; near
misses, with no fortnight stated before or a fortnight of its own, are read as before."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police took in 212 knives during the amnesty, which ran from 6 to 19 October."
            "\n\nThe last amnesty, in May 2023, brought in 150 knives.\n\nAcross the South "
            "East, forces collected 1,900 knives during the fortnight.",
            {
                212: ("2025-10-06", "2025-10-19"),
                150: ("2023-05-01", "2023-05-31"),
                1900: ("2025-10-06", "2025-10-19"),
            },
            id="past-another-period",
        ),
        pytest.param(
            "The campaign ran from 1 to 14 September. In 2024, officers stopped 90 drivers. "
            "Over that fortnight, officers stopped 140 drivers in Hull.",
            {90: ("2024-01-01", "2024-12-31"), 140: ("2025-09-01", "2025-09-14")},
            id="over-that-fortnight",
        ),
        pytest.param(
            "The festival ran from 8 to 21 August, with 14 thefts reported, down from 20 over "
            "the same two weeks last year. During the fortnight, officers made 31 arrests.",
            {
                14: ("2025-08-08", "2025-08-21"),
                20: ("2024-08-08", "2024-08-21"),
                31: ("2025-08-08", "2025-08-21"),
            },
            id="not-the-yardstick-fortnight",
        ),
        # near misses: no fortnight before (read as before), a fortnight of its own
        pytest.param(
            "Officers made 40 arrests in May. Across the region, forces made 300 arrests "
            "during the fortnight.",
            {40: ("2025-05-01", "2025-05-31"), 300: ("2025-05-01", "2025-05-31")},
            id="no-fortnight-before",
        ),
        pytest.param(
            "Officers made 60 arrests in the fortnight to 14 October.",
            {60: ("2025-10-01", "2025-10-14")},
            id="a-fortnight-of-its-own",
        ),
    ],
)
def test_the_fortnight_points_back(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
