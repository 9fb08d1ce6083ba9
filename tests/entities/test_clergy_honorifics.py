"""Clergy honorifics before a name ("the Rev Canon Peter Baldwin", "Father Michael
Doyle", "Imam Yusuf Khan", "Rabbi Sarah Levy") are no part of the name and no title, as
"Dr" and "Sir" are not: the name is the person's own. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_person_rules import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Rev Canon Alan Pryor led a short blessing.", {"Alan Pryor": []}),
        ("Father Declan Moore said: “We will pray for them.”", {"Declan Moore": []}),
        ("Fr Declan Moore said: “We will pray for them.”", {"Declan Moore": []}),
        ("Imam Bilal Haq said: “The community is united.”", {"Bilal Haq": []}),
        ("Rabbi Naomi Stern said: “The community is united.”", {"Naomi Stern": []}),
        ("Pastor Femi Adebayo said: “The community is united.”", {"Femi Adebayo": []}),
        # near miss: a relation after "his", not an honorific before a name
        ("His father, Colin Ruddock, said: “He was kind.”", {"Colin Ruddock": []}),
    ],
)
def test_clergy_honorific_is_no_part_of_the_name(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected
