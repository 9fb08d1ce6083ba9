"""A force's division named again by "the division" (rule ``division_named_again``): the
division the text names by a known place is the area. Every sentence is invented for the
test."""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest
from spacy.language import Language

from pressfacts.statistics.district_names import named_districts
from tests.statistics.conftest import AreasOf


class _Known(NamedTuple):
    start: int
    end: int
    area: str


def _known(text: str, places: tuple[str, ...]) -> list[_Known]:
    return [
        _Known(m.start(), m.end(), place)
        for place in places
        for m in re.finditer(re.escape(place), text)
    ]


DISTRICT_ROWS = [
    pytest.param(
        "Police Scotland's Fife Division met. In the division, 40 cars were stolen.",
        ("Fife",),
        ["Fife"],
        id="in-the-division-after-a-named-division",
    ),
    pytest.param(
        "The division dealt with 55 calls, said the divisional commander for Lanarkshire.",
        ("Lanarkshire",),
        ["Lanarkshire"],
        id="the-division-as-subject-its-commander-after",
    ),
    pytest.param(
        "Across the division, 12 vans were seized. The Highlands and Islands division said so.",
        ("Highlands and Islands",),
        ["Highlands and Islands"],
        id="across-the-division-named-after",
    ),
    # near misses: two divisions named; none named; a possessive; a name of a unit
    pytest.param(
        "Officers of the Fife Division and the Tayside Division met. In the division, 40.",
        ("Fife", "Tayside"),
        [],
        id="two-divisions-named",
    ),
    pytest.param(
        "Police Scotland said 40 cars were stolen in the division.",
        ("Scotland",),
        [],
        id="no-division-named",
    ),
    pytest.param(
        "The Fife Division said the division's roads policing unit seized 12 cars.",
        ("Fife",),
        [],
        id="the-divisions-unit",
    ),
    pytest.param(
        "The Fife Division Cup drew 300 fans. In the division, 12 were arrested.",
        ("Fife",),
        [],
        id="a-longer-name-after-division",
    ),
]


@pytest.mark.parametrize(("text", "places", "expected"), DISTRICT_ROWS)
def test_the_division_names_the_division_again(
    text: str, places: tuple[str, ...], expected: list[str]
) -> None:
    found = [
        name
        for start, _end, name in named_districts(text, _known(text, places))
        if text[start:].startswith("division")
    ]
    assert found == expected


AREA_ROWS = [
    pytest.param(
        "Burglaries in Perth fell last year, Police Scotland's Tayside Division said. "
        "Over the festive fortnight, the division dealt with 310 calls about drink-driving.",
        [(310.0, "Tayside")],
        id="the-division-not-the-town-before",
    ),
    pytest.param(
        "Police Scotland warned of scams in the Highlands and Islands. Figures for the "
        "Scottish Police Authority show 120 frauds were recorded in the division in May, "
        "the divisional commander for Highlands and Islands said.",
        [(120.0, "Highlands and Islands")],
        id="in-the-division-not-the-national-body",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREA_ROWS)
def test_a_figure_of_the_division(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
