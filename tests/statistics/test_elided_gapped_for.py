"""A place's count closing "accounted for N" is a level of the thing counted before, also
when the next place keeps the verb's "for" ("while Hull accounted for 120 and York for
seven": rule ``level_at_end`` of ``elided_counts``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2025, 5, 6)

CASES: list[tuple[str, list[tuple[float, str]]]] = [
    (
        "Police recorded 900 burglaries, while Hull accounted for 120 and York for seven.",
        [(900, "burglaries"), (120, "burglaries"), (7, "burglaries")],
    ),
    (
        "Officers found 300 cannabis farms in 2024, while Leeds accounted for 40 and Kirklees "
        "for 25.",
        [(300, "farms"), (40, "farms"), (25, "farms")],
    ),
    (
        "The charity took 5,000 calls, and Cardiff accounted for 610 and Newport for 212.",
        [(5000, "calls"), (610, "calls"), (212, "calls")],
    ),
    # near miss: no place before the second "for": the first count is not a place's level
    (
        "Police recorded 900 burglaries, while Hull accounted for 120 and officers for 7.",
        [(900, "burglaries")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_elided_gapped_for(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    got = [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, PUBLISHED)]
    assert got == expected
