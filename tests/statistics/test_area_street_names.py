"""A place's name that opens a street's name ("Leicester Square", "Oxford Street") is no
place: the figure takes the place the sentence names beside it, or the issuing body's.
Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Thefts in Camden, around Bristol Road and Leicester Square, fell by 12%.",
        [(12.0, "Camden")],
        id="streets-beside-a-borough",
    ),
    pytest.param(
        "Essex Police made 31 arrests on Chelmsford's Manchester Street and Oxford Avenue.",
        [(31.0, "Chelmsford")],
        id="streets-of-a-town",
    ),
    # near misses: a place's own streets (lower case), a place before a city centre
    pytest.param(
        "Officers made 14 arrests on Oxford streets last month.",
        [(14.0, "Oxford")],
        id="lower-case-streets",
    ),
    pytest.param(
        "Shoplifting in Leicester city centre rose by 9%.",
        [(9.0, "Leicester city centre")],
        id="a-city-centre",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_street_name_is_no_place(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
