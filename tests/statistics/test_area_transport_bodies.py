"""Transport bodies and combined authorities named for their place speak for it (rules
``transport-for-place`` and ``combined-authority`` of
:data:`.named_bodies.NAMED_FOR_RULES`): "Transport for West Midlands figures show …" gives
West Midlands, where a town named in the paragraph before had been carried. Every sentence
is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.named_bodies import named_place
from tests.statistics.conftest import AreasOf

NAME_ROWS = [
    pytest.param(
        "Transport for Greater Manchester",
        ("Greater Manchester", "territorial-service"),
        id="transport-for-place",
    ),
    pytest.param("Transport for Wales", ("Wales", "territorial-service"), id="transport-nation"),
    pytest.param(
        "South Yorkshire Mayoral Combined Authority",
        ("South Yorkshire", "territorial-service"),
        id="combined-authority",
    ),
    pytest.param(
        "the West Yorkshire Combined Authority",
        ("West Yorkshire", "territorial-service"),
        id="combined-authority-article",
    ),
    # near misses: no place named
    pytest.param("Transport for the North", None, id="near-miss-the-north"),
    pytest.param("the Combined Authority", None, id="near-miss-no-place"),
]


@pytest.mark.parametrize(("name", "expected"), NAME_ROWS)
def test_transport_body_place(name: str, expected: tuple[str, str] | None) -> None:
    assert named_place("ORG", name) == expected


AREA_ROWS = [
    pytest.param(
        "Police made 12 arrests at the bus station in Walsall. Transport for West Midlands "
        "figures show 840 assaults on buses were reported last year.",
        [(12.0, "Walsall"), (840.0, "West Midlands")],
        id="transport-body-after-a-town",
    ),
    pytest.param(
        "Wardens spoke to 300 pupils in Barnsley. South Yorkshire Mayoral Combined Authority "
        "data shows 95 assaults on tram staff in 2024.",
        [(300.0, "Barnsley"), (95.0, "South Yorkshire")],
        id="combined-authority-after-a-town",
    ),
    # near miss: a town named in the body's own sentence stays its figure's area
    pytest.param(
        "Transport for West Midlands said 64 drivers were assaulted in Walsall.",
        [(64.0, "Walsall")],
        id="near-miss-scope-place-beside",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREA_ROWS)
def test_transport_bodies_give_areas(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
