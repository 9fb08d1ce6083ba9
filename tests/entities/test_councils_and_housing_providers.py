"""Council names of a city and district or "City of … Council" (rule ``council``) are found
whole, and housing providers named "… Housing Group/Society/Partnership" or "… Community
Housing" (rule ``housing-provider``) are organisations. Sentences invented;
near misses are the same words in lower case or with no name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Officers and Lichfield City and District Council agreed the plan.",
        [
            (
                "Lichfield City and District Council",
                "ORG",
                "org:lichfield-city-and-district-council",
            )
        ],
    ),
    (
        "The City of Bradford Council backed the order.",
        [("City of Bradford Council", "ORG", "org:city-of-bradford-council")],
    ),
    (
        "Staff from Mossley Community Housing and Orchard Housing Society took part.",
        [
            ("Mossley Community Housing", "ORG", "org:mossley-community-housing"),
            ("Orchard Housing Society", "ORG", "org:orchard-housing-society"),
        ],
    ),
    # near misses: a housing group and a city council with no name
    ("Officers met the housing group and the city and district council.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_councils_and_housing_providers(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
