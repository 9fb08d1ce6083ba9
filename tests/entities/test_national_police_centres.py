"""The National Business Crime Centre (NBCC), the police-led national centre that business
crime releases cite, is a FORCE entry of the gazetteer (``forces.jsonl``), as the NPCC is;
a business crime reduction partnership or a business improvement district is not. Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Working with the National Business Crime Centre, the trust trained 80 store managers.",
        [("National Business Crime Centre", "FORCE", "force:national-business-crime-centre")],
    ),
    (
        "Guidance from the NBCC was sent to every shop in the town.",
        [("NBCC", "FORCE", "force:national-business-crime-centre")],
    ),
    (
        "The National Business Crime Centre (NBCC) said reporting had improved.",
        [
            ("National Business Crime Centre", "FORCE", "force:national-business-crime-centre"),
            ("NBCC", "FORCE", "force:national-business-crime-centre"),
        ],
    ),
    # near miss: a business crime centre that is not the national one
    (
        "The new business crime centre in the town hall opened on Monday.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_national_business_crime_centre(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
