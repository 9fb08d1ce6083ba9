"""A title, its place or force of two or more words, then the name with no comma (rule
``title_place_then_name``): the whole place is the title's and the name is two words; a
known place before the name vouches for a given name the lexicon does not hold (rule
``place_vouched``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


def roles(nlp: Language, text: str) -> dict[str, list[tuple[str, str | None, str | None]]]:
    """Person name -> (title, organisation id, area) of each of its roles."""
    return {
        name: [(r.title, r.organisation, r.area) for r in info.roles]
        for name, info in people(nlp, text).items()
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police and Crime Commissioner for South Yorkshire Maya Pell said it had worked.",
            {"Maya Pell": [("Police and Crime Commissioner", None, "South Yorkshire")]},
        ),
        (
            "Police and Crime Commissioner for Avon and Somerset Owen Tarr said: “Good news.”",
            {"Owen Tarr": [("Police and Crime Commissioner", None, "Avon and Somerset")]},
        ),
        (
            "MP for Leeds North East Hanna Prior said the scheme was welcome.",
            {"Hanna Prior": [("Member of Parliament", None, "Leeds North East")]},
        ),
        (
            "Chief Constable of North Wales Police Ruth Alder said: “We acted.”",
            {"Ruth Alder": [("Chief Constable", "force:north-wales-police", None)]},
        ),
        # a one-word place and a middle initial still read as before
        (
            "Police and Crime Commissioner for Dorset Jo R. Bell said it had worked.",
            {"Jo R. Bell": [("Police and Crime Commissioner", None, "Dorset")]},
        ),
    ],
)
def test_a_place_of_two_words_before_the_name(
    nlp: Language, text: str, expected: dict[str, list[tuple[str, str | None, str | None]]]
) -> None:
    assert roles(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule place_vouched: a known place before the name vouches for a given name the
        # lexicon does not hold
        (
            "Mayor of Hackney Oyelola Adebanjo said the fines were issued.",
            {"Oyelola Adebanjo": [("Mayor", None, "Hackney")]},
        ),
        (
            "Police and Crime Commissioner for Cumbria Chidinma Karas said it had worked.",
            {"Chidinma Karas": [("Police and Crime Commissioner", None, "Cumbria")]},
        ),
        (
            "Mayor of Greater Manchester Tafadzwa Moyo said 40 homes were visited.",
            {"Tafadzwa Moyo": [("Mayor", None, "Greater Manchester")]},
        ),
        # near misses: no known place before the last two words, no name after the place
        ("Police and Crime Commissioner for South East Wales said it had worked.", {}),
        ("Mayor of Hackney Council Estates said the fines were issued.", {}),
    ],
)
def test_a_known_place_vouches_for_an_unknown_given_name(
    nlp: Language, text: str, expected: dict[str, list[tuple[str, str | None, str | None]]]
) -> None:
    assert roles(nlp, text) == expected
