"""A partitive opening's whole restating an earlier figure (pressfacts.statistics.
part_wholes.restated_whole_area) is of that figure's area: the area its parts point
back to, not the place of the sentence before."""

from __future__ import annotations

import pytest

from pressfacts.findings import StatisticFinding
from pressfacts.statistics.part_wholes import restated_whole_area


def _count(value: float, unit: str, area: str | None) -> StatisticFinding:
    return StatisticFinding(
        start=0, end=1, value=value, unit=unit, qualifier=None, change=None, measure=unit,
        area=area, per=None, period=None, check=None, sentence=0,
    )  # fmt: skip


EARLIER = [
    _count(80, "people", "South West"),
    _count(33, "warrants", "Cornwall"),
    _count(21, "warrants", "Dorset"),
]


@pytest.mark.parametrize(
    ("before", "value", "unit", "expected"),
    [
        ("Of the ", 80, "people", "South West"),  # "Of the 80 people arrested, 15 …"
        ("Of the total of ", 80, "people", "South West"),
        ("of the same ", 21, "warrants", "Dorset"),
        ("Of the ", 80, "warrants", None),  # near miss: another unit
        ("Of the ", 64, "people", None),  # near miss: no earlier figure of that value
        ("Officers arrested ", 80, "people", None),  # near miss: no partitive opening
        ("Of these, ", 80, "people", None),  # near miss: the count is the part
    ],
)
def test_restated_whole_area(before: str, value: float, unit: str, expected: str | None) -> None:
    assert restated_whole_area(before, value, unit, EARLIER) == expected
