"""The gazetteer's national rural crime police body (National Rural Crime Unit: FORCE,
with its abbreviation) and the rank of an officer named "of" it; sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf, people

NRCU = "force:national-rural-crime-unit"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stolen telehandlers were traced by the National Rural Crime Unit to a yard in Kent.",
            [("National Rural Crime Unit", "FORCE", NRCU)],
        ),
        (
            "The National Rural Crime Unit (NRCU) helped recover 30 quad bikes.",
            [("National Rural Crime Unit", "FORCE", NRCU), ("NRCU", "FORCE", NRCU)],
        ),
        # near misses: a force's own rural crime team or unit is an internal unit, no entity
        ("Officers from the force's rural crime unit seized two lurchers.", []),
        ("The Rural Crime Team recovered a stolen tractor near Thirsk.", []),
    ],
)
def test_rural_crime_units(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected


def test_an_officer_of_the_unit(nlp: Language) -> None:
    text = (
        "Detective Sergeant Aled Rhys, of the National Rural Crime Unit, said 12 tractors "
        "had been found at Felixstowe."
    )
    found = people(nlp, text)["Aled Rhys"]
    assert set(found.titles) == {"Detective Sergeant"}
    assert NRCU in found.affiliations
