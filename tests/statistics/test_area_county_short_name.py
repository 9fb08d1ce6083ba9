"""A county named by its short name ("the East Riding" for the East Riding of Yorkshire) is
a gazetteer place (``places.txt``, within Humberside in ``place_within.txt``): the figures
placed there take it, not the issuing force's area. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Humberside Police said 96 drivers were stopped in the East Riding in 2023.",
            [(96, "East Riding")],
            id="placed-after",
        ),
        pytest.param(
            "Humberside Police said so. In the East Riding, 40 groups sent in 2,100 reports "
            "in 2023.",
            [(40, "East Riding"), (2100, "East Riding")],
            id="opening-the-sentence",
        ),
        # near misses: the full name stays whole; another place is its own
        pytest.param(
            "Across Hull and the East Riding of Yorkshire, 300 drivers were caught in 2023.",
            [(300, "Hull and the East Riding of Yorkshire")],
            id="full-name-in-a-list",
        ),
        pytest.param(
            "Humberside Police said 70 drivers were stopped in Goole in 2023.",
            [(70, "Goole")],
            id="a-town",
        ),
    ],
)
def test_area_county_short_name(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
