"""A list line's count in bare brackets takes the time its list's lead names for the
brackets (rule ``bracketed_year_named`` of ``period_bracket_years``). Sentences invented
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 10, 28)
YEAR = ("2025-10-01", "2026-09-30")
BEFORE = ("2024-10-01", "2025-09-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Burglaries by district (year to September 2026, the year before in brackets):\n"
            "- Norwich: 1,102 (1,290)\n- Breckland: 421 (455)\n",
            {1102: YEAR, 1290: BEFORE, 421: YEAR, 455: BEFORE},
        ),
        (
            "Thefts by district in the year to September 2026 (2023 figures in brackets):\n"
            "- Hull: 610 (702)\n",
            {610: YEAR, 702: ("2023-01-01", "2023-12-31")},
        ),
        (
            "Thefts by district in the year to September 2026 (2023/24 in brackets):\n"
            "- Hull: 610 (702)\n",
            {610: YEAR, 702: ("2023-04-01", "2024-03-31")},
        ),
        # near misses: a lead naming no time for its brackets; a bracket with words
        (
            "Burglaries by district in the year to September 2026:\n- Norwich: 1,102 (1,290)\n",
            {1102: YEAR, 1290: YEAR},
        ),
        (
            "Burglaries by district (year to September 2026, the year before in brackets):\n"
            "- Norwich: 1,102 (up 4%)\n",
            {1102: YEAR, 4: ("2024-10-01", "2026-09-30")},  # a change: both years
        ),
    ],
)
def test_bracketed_counts_take_the_time_the_lead_names(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
