"""The National Vehicle Crime Intelligence Service (NaVCIS), the insurer-funded unit that
vehicle, freight and plant crime releases cite, is an ORG entry of the gazetteer
(``organisations.jsonl``), with its acronym, as heldout35 annotates it; a force's own
vehicle crime team is not an entity. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

NAVCIS = "org:national-vehicle-crime-intelligence-service"

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Figures from the National Vehicle Crime Intelligence Service show 900 lorry thefts.",
        [("National Vehicle Crime Intelligence Service", "ORG", NAVCIS)],
    ),
    (
        "Detectives worked with NaVCIS to trace the stolen excavator.",
        [("NaVCIS", "ORG", NAVCIS)],
    ),
    # near miss: a force's own team
    ("The force's vehicle crime team recovered the trailer on Tuesday.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_national_vehicle_crime_intelligence_service(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
