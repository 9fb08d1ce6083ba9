"""An age after a name is one to three digits and its own comma: the first digits of a
figure with a thousands separator are no age, so "as Operation Herbert, 1,940 reports"
makes no person of "Herbert" (``name_age_address`` and ``given_name_age`` in the person
rules). Every sentence is invented; near misses are real ages that still make a person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

NOT_PEOPLE: list[tuple[str, str]] = [
    ("Where forces promote the scheme as Operation Herbert, 1,940 reports were made.", "Herbert"),
    ("In the north, known locally as Project Maddox, 2,400 forms were filled in.", "Maddox"),
    ("Across Harold, 3,120 homes were visited by officers.", "Harold"),
]

PEOPLE: list[tuple[str, str]] = [
    ("Daniel Moss, 45, of Bramford Road, was jailed for six years.", "Daniel Moss"),
    ("Kayla, 15, said she had been scared to go out.", "Kayla"),
    ("Sergeant Tom Ward, 41, of Kent Police, said the crash was avoidable.", "Tom Ward"),
]


@pytest.mark.parametrize(("text", "name"), NOT_PEOPLE)
def test_thousands_figure_after_a_name_is_no_age(nlp: Language, text: str, name: str) -> None:
    assert name not in people(nlp, text)


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_a_real_age_still_makes_a_person(nlp: Language, text: str, name: str) -> None:
    assert name in people(nlp, text)
