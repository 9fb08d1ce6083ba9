"""Two titles joined by "and" whose second has an owner pointing back ("and the council's
director of …": rule ``joined_anaphoric_owner``), and a community safety partnership told
by its appositive found again later (rule ``named-again``). Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

_SHEFFIELD = "Safer Sheffield, the city's community safety partnership, has published a review. "


def _titles(nlp: Language, text: str) -> dict[str, list[str]]:
    doc = nlp(text)
    return {i.name: sorted(i.titles) for i in doc._.entity_info.values() if i.type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Ann Cole, chair of the Wirral Community Safety Partnership and the council's head "
            'of housing, said: "It works."',
            "Ann Cole",
            ["Chair", "Head of Housing"],
        ),
        (
            _SHEFFIELD + "Rob Lane, chair of Safer Sheffield and the council's director of "
            'public health, said: "We will act."',
            "Rob Lane",
            ["Chair", "Director of Public Health"],
        ),
        # near miss: an owner after "of" inside one title is the rule ``anaphoric_owner``'s
        (
            'Kay Hunt, chair of the council\'s licensing committee, said: "It works."',
            "Kay Hunt",
            ["Chair"],
        ),
    ],
)
def test_joined_anaphoric_owner(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert _titles(nlp, text)[name] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_SHEFFIELD + "Safer Sheffield said 40 cases were reopened.", ["Safer Sheffield"] * 2),
        # near miss: a longer capitalised name holding it is another name
        (_SHEFFIELD + "Safer Sheffield Week begins on Monday.", ["Safer Sheffield"]),
    ],
)
def test_partnership_named_again(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[str]
) -> None:
    found = organisations(nlp, text)
    assert [name for name, _, id_ in found if id_ == "org:safer-sheffield"] == expected
