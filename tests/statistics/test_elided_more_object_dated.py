"""More of the count before, as an object, in a sentence dated by a year ("Between April and
December 2025 it received a further 388"): a year is no figure, so the count still takes the
noun of the count before (``elided_subjects._YEAR_NOT_FIGURE`` in :func:`adds_more`, rule
``more_object_dated``). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.elided_subjects import adds_more
from tests.statistics.conftest import UnitPeriodsOf

# (words before the number in its sentence, words after it, whether it is more of it)
ROWS: list[tuple[str, str, bool]] = [
    ("Between January and June 2025 the force logged a further ", ".", True),
    ("In 2024/25 the charity answered another ", ", up 9% on the year before.", True),
    ("Since 2023 officers have seized an extra ", " in Cardiff.", True),
    ("Officers found a further ", " in sweeps of parks.", True),
    # near misses: a figure before it, a noun of its own, a duration
    ("In May 40 were seized and another ", ".", False),
    ("Between January and June 2025 the force logged a further ", " calls.", False),
    ("In 2025 it spent another ", " hours on patrol.", False),
]


@pytest.mark.parametrize(("before", "after", "expected"), ROWS)
def test_adds_more_dated(before: str, after: str, expected: bool) -> None:
    assert adds_more(before, after) is expected


def test_further_count_in_a_dated_sentence(nlp: Language, unit_periods_of: UnitPeriodsOf) -> None:
    text = (
        "Gwent Police said it received 640 calls in 2024. Between April and September 2025 "
        "it received a further 310, a rise of 12% on the same period of 2024."
    )
    units = [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, dt.date(2025, 11, 3))]
    assert (310, "calls") in units
