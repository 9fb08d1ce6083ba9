"""A chair of a committee or panel keeps only the chair as the title (``committee_tail``)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def titles_of(nlp: Language, text: str) -> dict[str, list[str]]:
    """Person name -> titles, for every person the pipeline finds in ``text``."""
    doc = nlp(text)
    return {info.name: info.titles for info in doc._.entity_info.values() if info.type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Councillor Priya Mand, chair of Leeds City Council's licensing committee, said: "
            '"We act fast."',
            "Priya Mand",
            ["Chair", "Councillor"],
        ),
        (
            'Owen Hale, vice-chair of the police and crime panel, said: "It is working."',
            "Owen Hale",
            ["Vice-chair"],
        ),
        (
            'Ruth Able, chairwoman of the regulatory sub-committee, said: "Rules are rules."',
            "Ruth Able",
            ["Chairwoman"],
        ),
        # near miss: a team's head is no chair of a committee: its title stays whole
        # (the unit's article goes: `unit_article`)
        (
            'Dana Moor, head of the licensing team, said: "Checks go on."',
            "Dana Moor",
            ["Head of Licensing Team"],
        ),
    ],
)
def test_a_committee_chair_is_chair(
    nlp: Language, text: str, name: str, expected: list[str]
) -> None:
    assert sorted(titles_of(nlp, text).get(name, [])) == sorted(expected)
