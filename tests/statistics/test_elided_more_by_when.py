"""More of the count before, as an object, closed by when it is due ("train a further
150 this financial year", "recruit another 40 by March"), counts the noun of the count
before (``elided_subjects._MORE_BY_WHEN`` in :func:`adds_more`). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.elided_subjects import adds_more
from tests.statistics.conftest import UnitPeriodsOf

# (words before the number in its sentence, words after it, whether it is more of it)
ROWS: list[tuple[str, str, bool]] = [
    ("The force said it would train a further ", " this financial year.", True),
    ("It plans to recruit another ", " by March.", True),
    ("The charity will open an extra ", " by the end of June.", True),
    ("The council hopes to fund an additional ", " next year, it said.", True),
    # near misses: a noun of its own, a duration, a clause that goes on
    ("It plans to recruit another ", " officers by March.", False),
    ("It will spend another ", " hours this year.", False),
    ("It plans to recruit another ", " this year from the Army.", False),
]


@pytest.mark.parametrize(("before", "after", "expected"), ROWS)
def test_adds_more_by_when(before: str, after: str, expected: bool) -> None:
    assert adds_more(before, after) is expected


def test_further_count_this_financial_year(nlp: Language, unit_periods_of: UnitPeriodsOf) -> None:
    text = (
        "The clinic has trained 380 officers since it opened. Its lead said the force "
        "would train a further 150 this financial year."
    )
    assert unit_periods_of(nlp, text, dt.date(2025, 10, 8)) == [
        (380, "officers", None),
        (150, "officers", ("2025-04-01", "2026-03-31")),
    ]
