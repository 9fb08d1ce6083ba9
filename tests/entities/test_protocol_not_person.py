"""``resources/organisation_head_words.txt``: "Protocol" makes a capitalised phrase a scheme or
form label, never a person ("the Banking Protocol", "the Herbert Protocol"); a person named
beside one is still found. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    ("Branch staff called officers under the Banking Protocol, the bank said.", []),
    ("Families are urged to fill in the Herbert Protocol form.", []),
    ("The Cardiff Protocol was signed by the councils.", []),
    # near miss: a person named beside the scheme is still a person
    (
        "Detective Constable Megan Hollins said staff used the Banking Protocol.",
        ["Megan Hollins"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_protocol_is_no_person(nlp: Language, text: str, expected: list[str]) -> None:
    assert sorted(people(nlp, text)) == expected
