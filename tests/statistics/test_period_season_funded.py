"""Money just given to pay for what a season holds dates the coming season when it is the
nearer (rule ``season_funded_ahead``, ``period_season_plans.FUNDED_AHEAD``).

"The commissioner has given £45,000 to fund extra patrols over the summer", published in
April, funds the summer to come, not the one of the year before; published in October, the
summer just over. Sentences written for these tests; near misses (a past grant, no purpose
of paying, a count) keep the latest season begun.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

APRIL = dt.date(2026, 4, 27)
OCTOBER = dt.date(2026, 10, 27)

CASES: list[tuple[str, dt.date, dict[float, tuple[str, str] | None]]] = [
    (
        "The Police and Crime Commissioner has given £45,000 to fund extra patrols at the "
        "city's stations over the summer.",
        APRIL,
        {45000: ("2026-06-01", "2026-08-31")},
    ),
    (
        "The council has set aside £12,000 to pay for two extra wardens during the summer.",
        APRIL,
        {12000: ("2026-06-01", "2026-08-31"), 2: ("2026-06-01", "2026-08-31")},
    ),
    (
        "The council has allocated £8,000 to pay for outreach workers over the winter.",
        OCTOBER,
        {8000: ("2026-12-01", "2027-02-28")},
    ),
    # after the season, the one just over is the nearer
    (
        "The commissioner has given £45,000 to fund extra patrols over the summer.",
        OCTOBER,
        {45000: ("2026-06-01", "2026-08-31")},
    ),
]

NEAR_MISSES: list[tuple[str, dt.date, dict[float, tuple[str, str] | None]]] = [
    (
        "The commissioner gave £45,000 to fund patrols over the summer.",
        APRIL,
        {45000: ("2025-06-01", "2025-08-31")},
    ),
    (
        "The commissioner has given £45,000 for patrols over the summer.",
        APRIL,
        {45000: ("2025-06-01", "2025-08-31")},
    ),
    ("Officers made 40 arrests over the summer.", APRIL, {40: ("2025-06-01", "2025-08-31")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES + NEAR_MISSES)
def test_season_funded_ahead(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, published) == expected
