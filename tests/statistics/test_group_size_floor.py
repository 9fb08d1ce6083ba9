"""The smallest group an order or a power reaches is no statistic ("the order bans groups of
two or more vehicles", "gatherings of 20 or more people need a permit": the exclusion
``group-size-floor``, ``thresholds.GROUP_SIZE_FLOOR``). Sentences invented for the test;
near misses are one group seen, a count with no group, and groups counted."""

from __future__ import annotations

import pytest

from pressfacts.statistics.figures import candidate_figures


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The new order bans groups of two or more vehicles from meeting at the seafront.", []),
        ("A dispersal notice covers gatherings of three or more people in the precinct.", []),
        ("Organisers of gatherings of 20 or more cars must tell the council first.", []),
        ("Fines for groups of 4 or more riders rose to £150.", [150]),
        # near misses: one group seen, no group, groups counted
        ("A group of 30 or more riders gathered on the bypass.", [30]),
        ("Two or more cars were seized each weekend.", [2]),
        ("Officers broke up 14 groups of young drivers in Grimsby.", [14]),
    ],
)
def test_group_size_floor(text: str, values: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == values
