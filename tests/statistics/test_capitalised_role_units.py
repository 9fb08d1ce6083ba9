"""A count of a capitalised role ("12 Special Constables in Newport", "four more
Independent Sexual Violence Advisers across Essex") counts that role's plural; a
capitalised name before a lower-case noun only describes it. Phrases invented."""

from __future__ import annotations

import pytest

from pressfacts.statistics.units import noun_after


@pytest.mark.parametrize(
    ("after", "unit"),
    [
        (" Special Constables in Newport last year.", "constables"),
        (" more Independent Domestic Violence Advisers across Essex.", "advisers"),
        (" Police Community Support Officers who patrol the town.", "officers"),
        (" Street Pastors were on duty in Bangor.", "pastors"),
        (" Child Safeguarding Practice Reviews during the year.", "reviews"),
        (" Domestic Homicide Reviews since 2021.", "reviews"),
        (" Special Constables last year.", "constables"),
        # the name describes the noun after it
        (" Sexual Harm Prevention Orders breaches in 2025.", "breaches"),
        (" Crown Court trials in 2025.", "trials"),
        # not a plural: no unit from the name
        (" Community Payback in Leeds.", None),
    ],
)
def test_capitalised_role_unit(after: str, unit: str | None) -> None:
    assert noun_after(after) == unit
