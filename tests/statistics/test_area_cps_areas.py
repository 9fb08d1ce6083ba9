"""A Crown Prosecution Service area named for its region speaks for it (rule ``cps-area``
of :data:`.named_bodies.NAMED_FOR_RULES`): "CPS Wessex authorised charges in 412 cases"
gives Wessex, where a list of counties named in the sentence before had been carried.
A text that says what the area covers ("CPS Wessex, which covers Hampshire, Dorset and
Wiltshire, …") keeps its own list (guard ``covers_wording``). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.named_bodies import named_place
from tests.statistics.conftest import AreasOf

NAME_ROWS = [
    pytest.param("CPS Wessex", ("Wessex", "territorial-service"), id="cps-area"),
    pytest.param("CPS North West", ("North West", "territorial-service"), id="cps-region"),
    pytest.param("the CPS East Midlands", ("East Midlands", "territorial-service"), id="article"),
    # near misses: no place named; the national body
    pytest.param("the CPS", None, id="near-miss-no-place"),
    pytest.param("Crown Prosecution Service", None, id="near-miss-national-body"),
]


@pytest.mark.parametrize(("name", "expected"), NAME_ROWS)
def test_cps_area_place(name: str, expected: tuple[str, str] | None) -> None:
    assert named_place("ORG", name) == expected


def test_a_cps_area_whose_cover_is_listed_yields() -> None:
    text = "CPS Wessex, covering Hampshire, Dorset and Wiltshire, charged 40 suspects."
    assert named_place("ORG", "CPS Wessex", text=text) is None


AREA_ROWS = [
    pytest.param(
        "More rapists were convicted in Devon and Cornwall last year, prosecutors said. "
        "CPS South West secured 188 convictions in 2023.",
        [(188.0, "South West")],
        id="cps-area-after-counties",
    ),
    # near misses: a text that lists what the area covers keeps that list (guard
    # covers_wording); a town named in the body's own sentence stays its figure's area
    pytest.param(
        "CPS Mersey-Cheshire, which covers Merseyside and Cheshire, secured 300 convictions "
        "in 2023.",
        [(300.0, "Merseyside and Cheshire")],
        id="near-miss-covers-wording",
    ),
    pytest.param(
        "CPS East Midlands said 64 cases were waiting in Derby.",
        [(64.0, "Derby")],
        id="near-miss-scope-place-beside",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREA_ROWS)
def test_cps_areas_give_areas(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
