"""Moors and country parks as a figure's area, and an example place a ", where" clause is
about (``district_names`` rule ``named_landscape``, ``place_roles.example_elsewhere``;
sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named moor or country park after a preposition is the figure's place
        ("Lancashire Fire and Rescue Service said crews dealt with 9 fires on Winter Hill "
         "Moor in June.", [(9, "Winter Hill Moor")]),
        ("On Saddleworth Moor, firefighters tackled 14 blazes.", [(14, "Saddleworth Moor")]),
        ("Durham Constabulary said 6 cars were broken into at Hamsterley Country Park.",
         [(6, "Hamsterley Country Park")]),
        ("North Yorkshire Police found 3 abandoned fires near Fylingdales Moor.",
         [(3, "Fylingdales Moor")]),
        # near misses: a football ground of that shape stays a ground; no name; one word
        ("Lancashire Police arrested 14 fans at Turf Moor.", [(14, "Turf Moor")]),
        ("Lancashire Fire and Rescue Service said crews dealt with 9 fires on the moors.",
         [(9, "Lancashire")]),
        ("Devon and Cornwall Police said 5 fires were started on the moor.",
         [(5, "Devon and Cornwall")]),
    ],
)  # fmt: skip
def test_landscape_areas(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an example place with a ", where" clause: that clause's figures are its own, the
        # sentence's other figures are not
        ("Durham Constabulary has put 12 signs at beauty spots including Hamsterley Country "
         "Park, where there were 3 rescues last summer.",
         [(12, "Durham"), (3, "Hamsterley Country Park")]),
        ("Cumbria Constabulary patrolled 8 towns including Kendal, where 5 people were "
         "rescued, at a cost of £4,000.",
         [(8, "Cumbria"), (5, "Kendal"), (4000, "Cumbria")]),
        # near misses: an example with no such clause stays an example
        ("The Met added 5 more boroughs, including Camden and Brent.", [(5, "London")]),
        ("Kent Police visited 30 towns such as Margate in 2023.", [(30, "Kent")]),
    ],
)  # fmt: skip
def test_example_where_areas(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village or town named as one, also one the gazetteer lacks (``named_settlement``)
        ("In the village of Compton-under-Wold, Speedwatch volunteers logged 310 cars.",
         [(310, "Compton-under-Wold")]),
        ("Wiltshire Police said 45 drivers were stopped in the town of Marlbridge.",
         [(45, "Marlbridge")]),
        # near misses: no name after "of"; a village hall is no village named
        ("Wiltshire Police said 45 drivers were stopped in the town of their birth.",
         [(45, "Wiltshire")]),
        ("Wiltshire Police held 12 meetings in the village hall.", [(12, "Wiltshire")]),
    ],
)  # fmt: skip
def test_settlement_areas(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
