"""Places listed with "or" name one area, worded with "or", as places listed with "and"
do with "and" (rule ``or_list`` of ``areas.joined``): "31 were from Nottinghamshire,
Leicestershire or Derbyshire" is for the three, not for the first. A list of the nations
joined by "or" names no country. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Forty people were held. Of those, 31 were from Nottinghamshire, Leicestershire or "
            "Derbyshire.",
            [(40, None), (31, "Nottinghamshire, Leicestershire or Derbyshire")],
            id="from-three-counties",
        ),
        pytest.param(
            "Forty people were held. Of those, 12 lived in Hull or Goole.",
            [(40, None), (12, "Hull or Goole")],
            id="two-towns",
        ),
        # near misses: "and" keeps "and"; nations joined by "or" name no country
        pytest.param(
            "Forty people were held. Of those, 31 were from Leeds, Hull and York.",
            [(40, None), (31, "Leeds, Hull and York")],
            id="near-miss-and",
        ),
        pytest.param(
            "Victims from England or Wales lost £300 on average.",
            [(300, "England or Wales")],
            id="near-miss-nations-with-or",
        ),
    ],
)
def test_places_listed_with_or(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
