"""A given name that is also a place ("Tyrone", "Clare", "Chester") is a person's when an
age and an address follow the name ("Tyrone Clarke, 22, of Bentley"): rule
``age_vouches_place_name`` (``people._AGE_VOUCHED``); with a verb alone after it, a
place's name stays a place ("Kent Fire said"). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language


def people(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return sorted(i.name for i in doc._.entity_info.values() if i.type == "PERSON")


ROWS = [
    pytest.param(
        "Tyrone Clarke, 22, of Bentley, Doncaster, was jailed for seven years.",
        ["Tyrone Clarke"],
        id="tyrone",
    ),
    pytest.param(
        "Chester Owens, 41, of Mill Lane, Wrexham, admitted the offence.",
        ["Chester Owens"],
        id="chester",
    ),
    # near miss: a place before a body's word and a verb of saying
    pytest.param("Kent Fire said crews had attended the blaze.", [], id="kent-fire"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_age_vouches_place_name(nlp: Language, text: str, expected: list[str]) -> None:
    assert people(nlp, text) == expected
