"""District rule ``central_london_district`` (:data:`~pressfacts.statistics.district_names.
CENTRAL_LONDON_DISTRICTS`): a district of central London named by its capitalised name
after "in", "across", "of" … is a figure's area ("violence in the West End", "a bar in
Soho"); not the same words in lower case, nor a name that opens a longer one ("Notting
Hill Carnival"). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "The Metropolitan Police recorded 912 assaults in the West End last year.",
        [(912, "West End")],
        id="west-end",
    ),
    pytest.param(
        "Violence in the West End's night-time economy fell to 640 offences in 2024.",
        [(640, "West End")],
        id="west-end-possessive",
    ),
    pytest.param(
        "Officers carried out 45 licensing visits in Covent Garden in May.",
        [(45, "Covent Garden")],
        id="covent-garden",
    ),
    pytest.param(
        "The council heard of 12 assaults at a bar in Soho since January.",
        [(12, "Soho")],
        id="soho",
    ),
    # near misses: lower case; the name opening a longer name
    pytest.param(
        "Essex Police made 40 arrests at the west end of the high street last year.",
        [(40, "Essex")],
        id="lower-case",
    ),
    pytest.param(
        "The Metropolitan Police made 230 arrests at Notting Hill Carnival.",
        [(230, "London")],
        id="longer-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_central_london_districts(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
