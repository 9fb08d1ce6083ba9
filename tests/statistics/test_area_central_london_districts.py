"""District rules ``central_london_district`` and ``central_london_district_pair``
(:data:`~pressfacts.statistics.district_names.CENTRAL_LONDON_DISTRICTS`): a district of
central London named by its capitalised name after "in", "across", "of" … is a figure's
area ("violence in the West End", "a bar in Soho"), and so are two of them joined by "and"
("in Soho and Mayfair"); not the same words in lower case, nor a name that opens a longer
one ("Notting Hill Carnival", "Mayfair Avenue"). Sentences invented for the test."""

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
    # rule ``central_london_district_pair``: two of them joined
    pytest.param(
        "Officers seized 31 e-bikes in Covent Garden and Soho over the summer.",
        [(31, "Covent Garden and Soho")],
        id="pair",
    ),
    pytest.param(
        "There were 75 phone thefts across the West End and Mayfair last year.",
        [(75, "West End and Mayfair")],
        id="pair-with-the",
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
    pytest.param(
        "The Metropolitan Police made 18 arrests in Soho and Mayfair Avenue.",
        [(18, "London")],
        id="pair-opening-a-longer-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_central_london_districts(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
