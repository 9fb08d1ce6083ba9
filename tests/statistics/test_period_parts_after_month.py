"""A part "of them" after a month said relatively ("284 fires in April last year, around
one in four of them on moorland") is of that month: the later period of a comparison
goes to such a part only when the month is stated as a yardstick (comparator words before
it: rule ``part-of-compared-count`` of :func:`pressfacts.statistics.period_levels.measured_level`),
not to a span named in an earlier paragraph. Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 4, 15)
MAY = ("2025-05-01", "2025-05-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers will patrol over the Easter holidays.\n\nOfficers made 284 arrests in May "
         "last year, around one in four of them in Dover.", {284: MAY, 25: MAY}),
        ("Crews will patrol over the Easter holidays.\n\nCrews attended 96 fires in May last "
         "year, a third of them on moorland.", {96: MAY, 33.3: MAY}),
        # near miss: a yardstick's part is the later figure's ("… compared with 37 in 2024,
        # and 59 of them were charged": 2025's)
        ("Kent Police made 64 arrests in 2025, compared with 37 in 2024, and 59 of them were "
         "charged.", {59: ("2025-01-01", "2025-12-31")}),
    ],
)  # fmt: skip
def test_a_part_after_a_relative_month_is_of_that_month(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
