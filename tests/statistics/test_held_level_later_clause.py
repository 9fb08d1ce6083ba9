"""A level held in the present keeps no period its sentence states in a later clause that
is another's, a relative clause or a plan (rule ``held-level-later-clause`` of
``period_now``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 8)
YEAR_2026 = ("2026-01-01", "2026-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lincolnshire Police now has 212 specials and plans to recruit 50 more in 2026.",
            {212: None, 50: YEAR_2026},
            id="now-has-then-plan",
        ),
        pytest.param(
            "The force also has 140 volunteer police cadets, who gave 6,100 hours between "
            "April and August.",
            {140: None, 6100: ("2025-04-01", "2025-08-31")},
            id="also-has-then-relative",
        ),
        pytest.param(
            "The service employs about 900 call handlers and will train 75 more during 2026.",
            {900: None, 75: YEAR_2026},
            id="employs-then-will",
        ),
        # near misses: a level of the past, its period in its own clause or before it
        pytest.param(
            "The force had 212 specials in 2024.",
            {212: ("2024-01-01", "2024-12-31")},
            id="past-level-own-period",
        ),
        pytest.param(
            "In 2024 the force had 212 specials, who gave 9,000 hours.",
            {212: ("2024-01-01", "2024-12-31"), 9000: ("2024-01-01", "2024-12-31")},
            id="past-level-then-relative",
        ),
    ],
)
def test_held_level_later_clause(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
