"""A distance after "within" bounds where a rule or a search applies
(``within-distance``): "within 400 metres of a prison" counts nothing; near misses keep a
distance travelled and the count beside such a bound."""

from __future__ import annotations

import pytest

from pressfacts.statistics.figures import candidate_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flying a drone within 400 metres of HMP Wakefield is now an offence.", []),
        ("Officers searched gardens within 500m of the school gates.", []),
        ("Nobody may live within two miles of the victim's home.", []),
        ("Drones were tracked within a 5km radius of the jail.", []),
        ("Patrols will run within 800 yards from the stadium.", []),
        # near misses: no "within", or the count beside the bound
        ("The drone flew 400 metres before it crashed into the wall.", [400]),
        ("Officers seized 12 drones within 500m of HMP Leeds.", [12]),
        ("Within the city, 30 crashes were reported in March.", [30]),
    ],
)
def test_within_a_distance(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected
