"""Church bodies and museums are organisations (rules ``church-diocese`` and ``museum`` of
``organisation_patterns.jsonl``): "the Diocese of Norwich", "Lichfield Diocese", "Imperial
War Museums", "the Museum of London". Sentences invented for the test, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_organisation_rules import OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The scheme is backed by the Diocese of Ely and the Archdiocese of Liverpool.",
            [
                ("Diocese of Ely", "ORG", "org:diocese-of-ely"),
                ("Archdiocese of Liverpool", "ORG", "org:archdiocese-of-liverpool"),
            ],
            id="diocese-of",
        ),
        pytest.param(
            "Officers met staff from the Diocese of St Albans and the Diocese of Bath and Wells.",
            [
                ("Diocese of St Albans", "ORG", "org:diocese-of-st-albans"),
                ("Diocese of Bath and Wells", "ORG", "org:diocese-of-bath-and-wells"),
            ],
            id="diocese-of-two-words",
        ),
        pytest.param(
            "Lichfield Diocese said the roof had been stripped twice.",
            [("Lichfield Diocese", "ORG", "org:lichfield-diocese")],
            id="place-diocese",
        ),
        pytest.param(
            "Plaques were lent by Imperial War Museums and the National Railway Museum.",
            [
                ("Imperial War Museums", "ORG", "org:imperial-war-museums"),
                ("National Railway Museum", "ORG", "org:national-railway-museum"),
            ],
            id="named-museums",
        ),
        pytest.param(
            "The Museum of London said bronze thefts were rare.",
            [("Museum of London", "ORG", "org:museum-of-london")],
            id="museum-of",
        ),
        # near misses: a street, the common nouns
        pytest.param("She walked down Museum Street to the church.", [], id="street"),
        pytest.param(
            "The museum said the diocese of the county would help.", [], id="common-nouns"
        ),
        pytest.param("Museum staff and Diocese officials met.", [], id="bare-heads"),
    ],
)
def test_church_bodies_and_museums_are_organisations(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
