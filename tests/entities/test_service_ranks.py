"""An armed-forces or Salvation Army rank before a known given name and a family name
("said Major Ruth Adeyemi") is the person's title, not the first word of the name (rule
``service_rank_before_name`` of ``service_ranks.SERVICE_RANKS``); the written form is an
alias. Everyday uses of the same words are no people. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "name", "titles", "alias"),
    [
        (
            '"Nobody is turned away," said Major Ruth Adeyemi, the charity\'s director of'
            " homelessness services.",
            "Ruth Adeyemi",
            ["Major", "Director of Homelessness Services"],
            "Major Ruth Adeyemi",
        ),
        (
            '"We opened the hall at midnight," said Captain Gareth Morgan, who runs the'
            " Salvation Army church in Merthyr.",
            "Gareth Morgan",
            ["Captain"],
            "Captain Gareth Morgan",
        ),
        (
            'Major Fiona Blake, who leads the centre in Hull, said: "Every bed was full."',
            "Fiona Blake",
            ["Major"],
            "Major Fiona Blake",
        ),
    ],
)
def test_service_rank_before_name(
    nlp: Language, text: str, name: str, titles: list[str], alias: str
) -> None:
    """Each case: a text, the person's name, all of their titles and the ranked alias."""
    found = people(nlp, text)
    assert name in found, sorted(found)
    assert sorted(found[name].titles) == sorted(titles)
    assert alias in found[name].aliases


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a rank word before no given name, or in a unit's name
        "Detectives from the Major Crimes Team said three men were held.",
        "The Major Investigation Team charged two men on Friday.",
        "A Major Incident was declared at the port on Tuesday, the council said.",
    ],
)
def test_rank_words_that_name_no_one(nlp: Language, text: str) -> None:
    """No person is made of a rank word and the words after it."""
    assert not [
        name
        for name in people(nlp, text)
        if name.split()[0] in {"Crimes", "Investigation", "Incident", "Major"}
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Major Fiona Blake, who leads the centre, said: "Every bed was full." Major Blake'
            " said 40 people had stayed.",
            {"Fiona Blake"},
        ),
        (  # near miss: no one of that family name was given the rank
            'Fiona Blake, who leads the centre, said: "Every bed was full." Major Hurst said'
            " 40 people had stayed.",
            {"Fiona Blake", "Major Hurst"},
        ),
    ],
)
def test_rank_and_family_name(nlp: Language, text: str, expected: set[str]) -> None:
    """ "Major Blake" after "Major Fiona Blake" is her; a ranked family name no one has is
    left as found."""
    assert set(people(nlp, text)) == expected


def test_rank_kept_when_no_given_name_follows(nlp: Language) -> None:
    """Near miss: "Major Tiverton" (no given name after the rank) is left as it was found."""
    found = people(nlp, '"It was a long night," said Major Tiverton Ashby of the shelter.')
    assert "Tiverton Ashby" not in found
