"""A "twice" after a verb and a person as its object is how often it was done
(``twice-how-often``): "punched her twice", "kicked him twice", "visited us twice" are no
multiple; near misses keep "twice" as a figure when a count or a yardstick follows it."""

from __future__ import annotations

import pytest

from pressfacts.statistics.figures import candidate_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The inmate punched her twice in the face.", []),
        ("He kicked him twice before staff intervened at HMP Leeds.", []),
        ("Inspectors visited us twice last spring.", []),
        ("The prisoner headbutted me twice, the officer told the court.", []),
        # near misses: a yardstick or a count after "twice" is still a multiple
        ("The firm paid her twice the going rate.", [2]),
        ("The charity helped them twice as many times as in 2023.", [2]),
        ("Officers arrested him and seized 12 phones.", [12]),
    ],
)
def test_twice_with_a_person_object(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected
