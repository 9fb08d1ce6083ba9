"""The gazetteer's national football policing body (UK Football Policing Unit, a police
body: FORCE, with its abbreviation) and the title of its head, with the unit's name taken
off as an organisation's is; sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf, people

UKFPU = "force:uk-football-policing-unit"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arrest figures are gathered by the UK Football Policing Unit every season.",
            [("UK Football Policing Unit", "FORCE", UKFPU)],
        ),
        (
            "The United Kingdom Football Policing Unit (UKFPU) published the figures.",
            [
                ("United Kingdom Football Policing Unit", "FORCE", UKFPU),
                ("UKFPU", "FORCE", UKFPU),
            ],
        ),
        # near miss: a force's own football unit is an internal unit, no entity
        ("Officers from the force's football policing unit attended the match.", []),
    ],
)
def test_football_policing_unit(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected


def test_head_of_the_unit(nlp: Language) -> None:
    text = (
        "The head of the UK Football Policing Unit, Inspector Mark Dobbs, said 40 fans "
        "had breached their orders."
    )
    found = people(nlp, text)["Mark Dobbs"]
    assert set(found.titles) == {"Head", "Inspector"}
    assert UKFPU in found.affiliations
