"""A district named with its word ("the Moorside and Hollins ward") and named again later
without it ("in Moorside and Hollins this year") is the later figure's area too (rule
``district_named_again``). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.district_names import named_districts
from tests.statistics.conftest import AreasOf

AGAIN_ROWS = [
    pytest.param(
        "Arrests rose in the Moorside and Hollins ward. The council will spend £8,000 in "
        "Moorside and Hollins this year.",
        ["Moorside and Hollins", "Moorside and Hollins"],
        id="ward-then-bare-name",
    ),
    pytest.param(
        "Thefts fell across Eden district. Patrols will run throughout Eden until May.",
        ["Eden", "Eden"],
        id="district-then-throughout",
    ),
    # near misses: a bare name before the naming; a longer name; no word of place before it
    pytest.param(
        "Patrols will run in Eden until May. Thefts fell across Eden district.",
        ["Eden"],
        id="bare-name-before-the-naming",
    ),
    pytest.param(
        "Arrests rose in the Moorside ward. A fun day was held in Moorside Park on Sunday.",
        ["Moorside"],
        id="a-longer-name-after",
    ),
    pytest.param(
        "Arrests rose in the Moorside ward. Moorside residents met the council.",
        ["Moorside"],
        id="no-place-word-before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AGAIN_ROWS)
def test_a_district_named_again(text: str, expected: list[str]) -> None:
    assert [name for _start, _end, name in named_districts(text)] == expected


AREA_ROWS = [
    pytest.param(
        "Staffordshire Police said officers made 37 arrests in the Moorside and Hollins ward "
        "since January. The council will put £60,000 towards new CCTV cameras in Moorside and "
        "Hollins this year.",
        [(37.0, "Moorside and Hollins"), (60000.0, "Moorside and Hollins")],
        id="the-ward-again-not-the-force",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREA_ROWS)
def test_a_figure_in_the_district_named_again(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
