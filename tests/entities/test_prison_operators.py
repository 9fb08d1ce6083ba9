"""The companies that run private prisons and escort contracts for the Ministry of Justice
(Sodexo, with its justice arm's name, G4S and Serco) are ORG entries of the gazetteer
(``organisations.jsonl``); a prison named by its place and a force's prison team are not
entities. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "The jail, run by Sodexo Justice Services, found 40 phones in March.",
        [("Sodexo Justice Services", "ORG", "org:sodexo")],
    ),
    (
        "Figures from the prison's operator, Sodexo, show 12 assaults on staff.",
        [("Sodexo", "ORG", "org:sodexo")],
    ),
    (
        "Serco and G4S both bid for the escort contract.",
        [("Serco", "ORG", "org:serco"), ("G4S", "ORG", "org:g4s")],
    ),
    # near miss: a force's own prison team
    ("The force's prison crime team charged nine visitors.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_prison_operators(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
