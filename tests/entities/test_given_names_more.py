"""The team's own given names (``resources/given_names_more.txt``) are read with the
dictionary's: a name it lacks ("Kwame", "Dev", "Chiamaka") makes a person where only a
known given name can ("Kwame Mensah said"); an unknown one still does not. Every sentence
is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.registry import word_lists
from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kwame Asante said the scheme had worked.", {"Kwame Asante"}),
        ("According to the coordinator, Dev Mistry, 40 families were helped.", {"Dev Mistry"}),
        ("Chiamaka Obi, 17, said she had been scared.", {"Chiamaka Obi"}),
        ("Mayor of Leicester Sadiq Hussain said the fund would help.", {"Sadiq Hussain"}),
        ("Sinead Byrne, 34, said she felt safer.", {"Sinead Byrne"}),
        ("Malgorzata Nowak said the scheme had worked.", {"Malgorzata Nowak"}),
        ("Ifrah Ali told the panel it had worked.", {"Ifrah Ali"}),
        ("Guto Hughes said the scheme had worked.", {"Guto Hughes"}),
        ("Tirion Parry, 15, said she felt safer.", {"Tirion Parry"}),
        ("Carwyn Jenkins, 41, of Tregaron, admitted the offence.", {"Carwyn Jenkins"}),
        ("Rhydian Pugh said the river had been netted.", {"Rhydian Pugh"}),
        # near miss: a given name in neither list
        ("Zorblax Asante said the scheme had worked.", set()),
    ],
)
def test_the_teams_given_names_are_read(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected


def test_word_lists_are_one_sorted_list() -> None:
    names = word_lists(["given_names", "given_names_more"])
    assert names == sorted(set(names))
    assert {"Kwame", "Dev", "Mary"} <= set(names)
