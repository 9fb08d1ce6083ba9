"""Two or more capitalised words, an age and a home town in commas are a person, whatever
the given name ("Kwame Mensah, 27, of Lewisham": rule ``name_age_then_home``); a place or
a list of figures by place is not. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tafadzwa Moyo, 19, from Luton, was charged with robbery.", {"Tafadzwa Moyo"}),
        ("Olusegun Adeyemi, 31, of Peckham, admitted the offence.", {"Olusegun Adeyemi"}),
        ("Obiageli Eze, 44, of Harrow, was fined £400.", {"Obiageli Eze"}),
        # near misses: figures by place, no home town after the age
        ("Thefts rose in West Yorkshire, 40, and South Yorkshire, 25.", set()),
        ("The total for Kent, 12, of which 4 were in Dover, was small.", set()),
        ("Tafadzwa Moyo, 19, was charged with robbery.", set()),
    ],
)  # fmt: skip
def test_name_age_then_home(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected
