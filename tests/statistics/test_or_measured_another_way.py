"""A count restated another way after ", or" ("6,031 officers, or 5,874 on a full-time
equivalent basis") leaves the noun of the count before it unsaid (elided rule
``or_measured_another_way``); near misses keep their own noun or are another rule's.
Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.elided_counts import elided_rule
from tests.statistics.test_elided_counts import UnitPeriodsOf


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("had 1,320 officers, or ", " on a full-time equivalent basis.", "or_measured_another_way"),
        ("employs 410 staff, or ", " full-time equivalent, in", "or_measured_another_way"),
        ("had 1,500 officers, or ", " FTE, and", "or_measured_another_way"),
        ("had 900 PCSOs, or about ", " in full-time terms.", "or_measured_another_way"),
        ("had 1,500 officers, or ", " officers on a part-time basis", None),  # its own noun
        ("had 1,500 officers, or ", " of them", None),  # no other measure
        ("had 1,500 officers and ", " on a full-time basis", None),  # no ", or"
    ],
)
def test_or_measured_another_way(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


def test_the_restated_count_takes_the_noun_and_period(
    nlp: Language, unit_periods_of: UnitPeriodsOf
) -> None:
    text = (
        "In the year to March 2025, Durham Constabulary had 1,320 officers, or 1,281 on a "
        "full-time equivalent basis."
    )
    found = unit_periods_of(nlp, text, dt.date(2025, 6, 1))
    assert (1281.0, "officers", ("2024-04-01", "2025-03-31")) in found
