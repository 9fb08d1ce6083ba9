"""A relative clause after an appositive title is what the person does, not part of the
title (cleaning step ``relative_tail``, :mod:`pressfacts.entities.relative_tails`): "a
consultant psychiatrist who advised the panel" -> "Consultant Psychiatrist", where it had
been "Consultant Psychiatrist Who". Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.entities.relative_tails import without_relative_tail
from tests.entities.conftest import people

CASES: list[tuple[str, dict[str, list[str]]]] = [
    (
        'Dr Amir Khan, a consultant psychiatrist who advised the panel, said: "It is hard."',
        {"Amir Khan": ["Consultant Psychiatrist"]},
    ),
    (
        "Jane Hollis, a senior social worker who works with the youth offending team, said: "
        '"We see it every week."',
        {"Jane Hollis": ["Senior Social Worker"]},
    ),
    (
        '"Nobody listened," said Tom Reid, a youth worker who runs the project in Luton.',
        {"Tom Reid": ["Youth Worker"]},
    ),
    (
        'Mia Lowe, a clinical psychologist whose team assesses the children, said: "It helps."',
        {"Mia Lowe": ["Clinical Psychologist"]},
    ),
    # near misses: the clause opens the phrase, "Who" is part of a name, or a word that
    # describes a person ("a volunteer who …") rather than naming a post
    (
        'Ravi Mehta, a volunteer who mentors boys on the scheme, said: "They listen."',
        {"Ravi Mehta": []},
    ),
    (
        '"It changed me," said Leon Harris, who is now a youth worker in Brixton.',
        {"Leon Harris": ["Youth Worker"]},
    ),
    (
        'Ann Bell, head of Who Cares? Trust, said: "It is hard."',
        {"Ann Bell": ["Head of Who Cares? Trust"]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_relative_tail_titles(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    found = people(nlp, text)
    assert {name: info.titles for name, info in found.items()} == expected


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        ("consultant psychiatrist who advised the panel", "consultant psychiatrist"),
        ("youth worker, who runs the project", "youth worker"),
        ("consultant psychiatrist who", "consultant psychiatrist"),
        ("head of Who Cares? Trust", "head of Who Cares? Trust"),
        ("volunteer who runs the Crewe unit", "volunteer who runs the Crewe unit"),
        ("who is now a youth worker", "who is now a youth worker"),
        ("somebody whoever", "somebody whoever"),
    ],
)
def test_without_relative_tail(phrase: str, title: str) -> None:
    assert without_relative_tail(phrase) == title
