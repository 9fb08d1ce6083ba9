"""A change in a contrasting clause with no period of its own takes the period of the
change before it in its sentence (``period_parallels``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.period_parallels import CONTRASTS

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
P = dt.date(2026, 2, 11)
BOTH = ("2024-01-01", "2025-12-31")
Y2025 = ("2025-01-01", "2025-12-31")

ROWS = [
    pytest.param(
        "Shop thefts in Derby rose by 12% in 2025 compared with 2024, whereas Chesterfield "
        "saw a fall of 3%.",
        {12: BOTH, 3: BOTH},
        id="whereas-takes-both-halves",
    ),
    pytest.param(
        "Farm thefts cost Suffolk farmers £900,000 last year.\n\nThe cost was 11% higher "
        "than in 2024, while across the East of England rural theft rose by 6%.",
        {900000: Y2025, 11: BOTH, 6: BOTH},
        id="while-after-a-comparison-of-the-sentence-before",
    ),
    pytest.param(
        "Burglaries in Hull rose by 8% in 2025, but in York they fell by 2%.",
        {8: Y2025, 2: Y2025},
        id="but-in-a-place",
    ),
    pytest.param(
        "Vehicle crime in Essex fell by 9% in 2025 compared with 2024, and by more than a "
        "fifth in Basildon alone.",
        {9: BOTH, 20: BOTH},
        id="and-by-another-place",
    ),
    pytest.param(
        "Shoplifting in Bristol rose by 14% in 2025 compared with 2024, but by only 4% in Bath.",
        {14: BOTH, 4: BOTH},
        id="but-by-another-place",
    ),
    pytest.param(
        "Deliberate fires in Dorset fell by 15% in 2025 compared with 2024, and in Poole by "
        "a third.",
        {15: BOTH, 33.3: BOTH},
        id="and-in-a-fronted-place-by",
    ),
    # near misses: the clause has its own period; no contrast; no change before
    pytest.param(
        "Burglaries in Hull fell by 8% in 2025, and by 2023 levels they were low.",
        {8: Y2025},
        id="and-by-a-year-is-no-figure",
    ),
    pytest.param(
        "Burglaries in Hull rose by 8% in 2025, while in 2023 they had fallen by 2%.",
        {8: Y2025, 2: ("2023-01-01", "2023-12-31")},
        id="its-own-period",
    ),
    pytest.param(
        "Burglaries in Hull stood at 4,100 in 2025, while York saw a fall of 2%.",
        {4100: Y2025, 2: Y2025},
        id="no-change-before-keeps-the-stage-reading",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_parallel_change_takes_the_period_of_the_change_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("between", "rule"),
    [
        (" in Leeds, while across Yorkshire ", "while_clause"),
        ("; whereas Bradford ", "while_clause"),
        (", but in York ", "but_clause"),
        (", but officers said ", None),
        (" compared with 2024, and by ", "and_by_clause"),
        (", but by only ", "and_by_clause"),
        (" and bylaws ", None),
        (" and in York ", None),
        (", and in Poole by ", "and_in_place_by_clause"),
        (", and across North Tyneside by ", "and_in_place_by_clause"),
        (", and in 2023 it fell by ", None),
        (", and in the end by ", None),
    ],
)
def test_contrasts(between: str, rule: str | None) -> None:
    found = [name for name, pattern in CONTRASTS.items() if pattern.search(between)]
    assert found == ([rule] if rule else [])
