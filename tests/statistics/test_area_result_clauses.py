"""A count in a clause of result after a figure ("…, leading to four arrests", "…, which
resulted in 12 charges") takes that figure's area, not the force an aside of the sentence
names (area rule ``result-clause``, :mod:`pressfacts.statistics.result_clauses`). Every
sentence is invented for the test; near misses name a place after the count, open no
clause of result, or have no figure before it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Trams were busy in Sheffield. Sergeant Amy Cole, of South Yorkshire Police's transport"
        " team, said officers rode on 60 trams in the city last weekend, leading to five"
        " arrests.",
        [(60.0, "Sheffield"), (5.0, "Sheffield")],
        id="leading-to",
    ),
    pytest.param(
        "PC Dan Hill, of West Midlands Police's rail team, said officers made 42 checks at"
        " stations in Coventry, which resulted in 12 charges.",
        [(42.0, "Coventry"), (12.0, "Coventry")],
        id="which-resulted-in",
    ),
    pytest.param(
        "Inspector Joy Vale, of Thames Valley Police's roads unit, said 30 stops were made in"
        " Reading on Friday, resulting in more than 20 fines.",
        [(30.0, "Reading"), (20.0, "Reading")],
        id="resulting-in-more-than",
    ),
    # near misses: a place after the count; no clause of result; no figure before it
    pytest.param(
        "PC Dan Hill, of West Midlands Police's rail team, said officers made 42 checks at"
        " stations in Coventry, leading to 12 charges in Solihull.",
        [(42.0, "Coventry"), (12.0, "Solihull")],
        id="place-after-the-count",
    ),
    pytest.param(
        "PC Dan Hill, of West Midlands Police's rail team, said officers made 42 checks at"
        " stations in Coventry, and West Midlands Police charged 12 men.",
        [(42.0, "Coventry"), (12.0, "West Midlands")],
        id="no-clause-of-result",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_result_clauses(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
