""" ", and there were" opens a clause of its own: its place and span are its figure's, not
the figure's before it (rule ``there_clause``, ``elided_words.THERE_CLAUSE``).

"Burglary made up 212 of the crimes, and there were 31 in Selby between May and July": the
212 keeps the place and span of the release, Selby and May to July are the 31's. Sentences
written for these tests; near misses run on one clause.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf, PeriodsOf

P = dt.date(2025, 10, 9)

PERIOD_CASES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "Humberside Police recorded 2,410 crimes in rural areas in 2024. Burglary made up 212 "
        "of the crimes, and there were 31 burglaries in Goole alone between May and July.",
        {
            2410: ("2024-01-01", "2024-12-31"),
            212: ("2024-01-01", "2024-12-31"),
            31: ("2025-05-01", "2025-07-31"),
        },
    ),
    # no span of its own: none, not the next clause's
    (
        "The rural crime team in Cumbria recovered 18 quad bikes, and there were 9 arrests "
        "between June and August.",
        {18: None, 9: ("2025-06-01", "2025-08-31")},
    ),
]

PERIOD_NEAR_MISSES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    # no comma: one clause, one span
    (
        "Officers in Cumbria seized 18 quad bikes and there were 9 arrests in March.",
        {18: ("2025-03-01", "2025-03-31"), 9: ("2025-03-01", "2025-03-31")},
    ),
]

AREA_CASES: list[tuple[str, list[tuple[float, str | None]]]] = [
    (
        "Devon and Cornwall Police dealt with 640 reports of livestock theft last year. Sheep "
        "theft made up 410 of the reports, and there were 57 in Okehampton in the autumn.",
        [(640, "Devon and Cornwall"), (410, "Devon and Cornwall"), (57, "Okehampton")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_CASES + PERIOD_NEAR_MISSES)
def test_there_clause_periods(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(("text", "expected"), AREA_CASES)
def test_there_clause_areas(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
