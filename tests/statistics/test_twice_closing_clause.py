"""A "twice" closing its clause after a verb and a longer object is how often it was done
(``twice-how-often``, its clause-end branch): "We have checked every line of the plan
twice." is no multiple; near misses keep "twice" as a figure when a yardstick, a count or
a comparison follows it. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from pressfacts.statistics.figures import candidate_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("We have gone through every line of the plan twice.", [], id="full-stop"),
        pytest.param("“We read each of the 40 reports twice”", [40], id="closing-quote"),
        pytest.param(
            "She rang the control room in Gwent twice, but nobody came.", [], id="comma-but"
        ),
        pytest.param("Did the panel question the Commissioner twice?", [], id="question"),
        # near misses: a yardstick, a comparison or a count after "twice" is still a multiple
        pytest.param("Burglaries in Hull were twice the national rate.", [2], id="yardstick-after"),
        pytest.param("Calls rose twice as fast as in Leeds last year.", [2], id="as-fast-as"),
        pytest.param("The force now has twice as many PCSOs.", [2], id="as-many"),
    ],
)
def test_twice_closing_a_clause(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected
