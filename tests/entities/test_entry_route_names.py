"""A rank followed by a capitalised programme name ("the Police Constable Degree
Apprenticeship", "the Detective Constable Direct Entry Scheme") names an entry route, not a
person: "Apprenticeship" and "Scheme" are organisation head words. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


def _people(nlp: Language, text: str) -> list[str]:
    return sorted(people(nlp, text))


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Of the 90 recruits, 51 joined through the Police Constable Degree Apprenticeship.", []),
        ("Ten officers came through the Detective Constable Direct Entry Scheme last year.", []),
        ("She trained on the Police Sergeant Leadership Apprenticeship in Hull.", []),
        # near misses: a rank before a real name is still a person
        (
            "Police Constable Rhys Vaughan joined through the apprenticeship route.",
            ["Rhys Vaughan"],
        ),
        ("Detective Constable Aisha Mensah said the scheme had helped.", ["Aisha Mensah"]),
    ],
)
def test_entry_routes_are_no_people(nlp: Language, text: str, people: list[str]) -> None:
    assert _people(nlp, text) == people
