"""The Forced Marriage Unit, the joint Foreign Office and Home Office unit, is a gazetteer
ORG (abbreviation "FMU") and a national body of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES`: its own figures, where no
place is named, are the UK's; a head "of the Forced Marriage Unit" is a "Head" of that
organisation; a force's release that names the unit keeps the force's area. Sentences
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import _organisations, people
from tests.statistics.conftest import AreasOf

ORGANISATIONS = [
    pytest.param(
        "The Forced Marriage Unit gave advice in 910 cases last year.",
        [("Forced Marriage Unit", "ORG", "org:forced-marriage-unit")],
        id="full-name",
    ),
    pytest.param(
        "Schools referred 44 pupils to the FMU in the spring.",
        [("FMU", "ORG", "org:forced-marriage-unit")],
        id="abbreviation",
    ),
    # near miss: a force's own unit of another name is no gazetteer body
    pytest.param(
        "The force's Honour Based Abuse Unit opened 38 cases.",
        [],
        id="other-unit",
    ),
]

AREAS = [
    pytest.param(
        "The Forced Marriage Unit supported 760 victims in 2023, and one in four were boys.",
        [(760, "UK"), (25, "UK")],
        id="unit-own-figures",
    ),
    pytest.param(
        "The FMU handled 1,130 calls to its helpline between January and March.",
        [(1130, "UK")],
        id="abbreviation-own-figures",
    ),
    # near misses: a place named, a force's release naming the unit
    pytest.param(
        "The Forced Marriage Unit handled 212 cases in London last year.",
        [(212, "London")],
        id="place-named",
    ),
    pytest.param(
        "Lancashire Constabulary obtained 19 protection orders. The Forced Marriage Unit"
        " helped in three cases.",
        [(19, "Lancashire"), (3, "Lancashire")],
        id="force-release",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATIONS)
def test_forced_marriage_unit_is_an_org(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _organisations(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), AREAS)
def test_forced_marriage_unit_speaks_for_the_uk(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


def test_head_of_the_unit_is_head(nlp: Language) -> None:
    found = people(
        nlp, 'Ruth Adebayo, head of the Forced Marriage Unit, said: "Every case matters."'
    )
    assert found["Ruth Adebayo"].titles == ["Head"]
