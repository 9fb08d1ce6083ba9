"""A count opening a clause parallel to a part of the things counted before ("Seven of them
were keeping footage too long, and three had no way of tracking it") leaves its noun out
(elided rule ``parallel_partitive``): it counts the same things, over the same span and
in the same area as the part before it, in words as in digits. Sentences invented; P is
24 September 2026."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 9, 24)
H1 = ("2026-01-01", "2026-06-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The review, carried out between January and June this year, looked at 15 councils"
            " in Wales. Seven of them had no written policy, and three had no way of checking.",
            [(15, "councils", H1), (7, "councils", H1), (3, "councils", H1)],
        ),
        (
            "Inspectors visited 40 custody suites between January and June this year. Nine of"
            " those had broken cameras, and four were closed for repairs.",
            [(40, "suites", H1), (9, "suites", H1), (4, "suites", H1)],
        ),
        # near misses: a noun of its own, and no part before it
        (
            "Inspectors visited 40 custody suites between January and June this year. Nine of"
            " those had broken cameras, and four officers were disciplined.",
            [(40, "suites", H1), (9, "suites", H1), (4, "officers", H1)],
        ),
        (
            "Kent Police stopped 30 drivers in March. The checks took two hours, and three had"
            " faulty lights.",
            [(30, "drivers", ("2026-03-01", "2026-03-31"))],
        ),
    ],
)
def test_parallel_clause_after_a_part(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
