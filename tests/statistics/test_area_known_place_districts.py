"""A district rule never reads the start of a longer gazetteer place as a district of its
own: "Cheshire West and Chester" is the borough, not the ``compass_ward`` "Cheshire West".
Sentences invented; near misses keep the town's part where no longer place holds it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS: list[tuple[str, list[tuple[float, str | None]]]] = [
    ("In Cheshire West and Chester, 70% said they felt safe.", [(70, "Cheshire West and Chester")]),
    (
        "Officers in Cheshire West and Chester made 45 arrests in May.",
        [(45, "Cheshire West and Chester")],
    ),
    (
        "Burglaries fell by 12% across Cheshire West and Chester last year.",
        [(12, "Cheshire West and Chester")],
    ),
]

NEAR_MISSES: list[tuple[str, list[tuple[float, str | None]]]] = [
    ("In Batley West, 52 homes were visited in May.", [(52, "Batley West")]),
    (
        "In Bath and North East Somerset, 70% said they felt safe.",
        [(70, "Bath and North East Somerset")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS + NEAR_MISSES)
def test_known_place_not_a_district(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
