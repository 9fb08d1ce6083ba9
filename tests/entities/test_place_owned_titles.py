"""A place as the possessive owner of a title in an appositive ("Jane Mudd, Gwent's
police and crime commissioner, said") is the role's area, as it is when the title comes
before the name; a named owner that is no place ("Helpwell's service manager") is no
area. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.findings import RoleFinding
from tests.entities.test_person_rules import roles

ROWS = {
    "commissioner_after_name": (
        "Nia Powell, Dyfed-Powys's police and crime commissioner, welcomed the report.",
        {"Nia Powell": [RoleFinding("Police and Crime Commissioner", None, "Dyfed-Powys")]},
    ),
    "rank_after_name": (
        "Tom Rigg, Cumbria’s assistant chief constable, said: “We are ready.”",
        {"Tom Rigg": [RoleFinding("Assistant Chief Constable", None, "Cumbria")]},
    ),
    "region_owner": (
        "Lena Ward, North Wales’ chief constable, said: “We are ready.”",
        {"Lena Ward": [RoleFinding("Chief Constable", None, "North Wales")]},
    ),
    "unknown_service_owner": (
        "Alys Ferne, Helpwell’s service manager, said: “We are ready.”",
        {"Alys Ferne": [RoleFinding("Service Manager", None, None)]},
    ),
}


@pytest.mark.parametrize(("text", "expected"), ROWS.values(), ids=list(ROWS))
def test_place_owned_title_area(
    nlp: Language, text: str, expected: dict[str, list[RoleFinding]]
) -> None:
    assert roles(nlp, text) == expected


TENURE_ROWS = {
    "new_before_rank": (
        "Dorset Police’s new chief constable, Sam Ibbot, said: “We start today.”",
        {"Sam Ibbot": [RoleFinding("Chief Constable", "force:dorset-police", None)]},
    ),
    "former_before_title": (
        "The NSPCC’s former chief executive, Orla Kean, said: “It matters.”",
        {"Orla Kean": [RoleFinding("Chief Executive", "charity:nspcc", None)]},
    ),
}


@pytest.mark.parametrize(("text", "expected"), TENURE_ROWS.values(), ids=list(TENURE_ROWS))
def test_tenure_word_keeps_the_owner(
    nlp: Language, text: str, expected: dict[str, list[RoleFinding]]
) -> None:
    """A word of tenure ("new", "former") between the owner's possessive and the title
    is no part of the title, and the owner still owns it."""
    assert roles(nlp, text) == expected
