"""Rule ``relative_post_after_name`` (``appointed_titles.RELATIVE_POST``): a relative clause
in commas right after a name that states a post ("who is the … lead for …") gives the
person that title, even when a title before the name found them ("Gwent Police's Chief
Constable, Amir Khan, who is …"). Near misses: a description with no title ("who is a
mother of two"), a past post ("who was the force's lead"), no article ("who is leading the
review"). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of

ROWS = [
    pytest.param(
        "Gwent Police's Chief Constable, Amir Khan, who is the National Police Chiefs'"
        ' Council lead for roads policing, said: "Speed kills."',
        "Amir Khan",
        ["Chief Constable", "Lead for Roads Policing"],
        id="possessive-title-then-relative-post",
    ),
    pytest.param(
        "The Home Secretary, Maria Dunmore, who is also the minister for crime prevention,"
        " said the law would change.",
        "Maria Dunmore",
        ["Home Secretary", "Minister for Crime Prevention"],
        id="title-comma-name-then-also",
    ),
    # near misses
    pytest.param(
        "Durham Constabulary's Chief Constable, Amir Khan, who is a keen cyclist, said the"
        " route was safe.",
        "Amir Khan",
        ["Chief Constable"],
        id="description-no-title",
    ),
    pytest.param(
        "Durham Constabulary's Chief Constable, Amir Khan, who was the force's lead for"
        " roads policing, said the route was safe.",
        "Amir Khan",
        ["Chief Constable"],
        id="past-post",
    ),
    pytest.param(
        "Durham Constabulary's Chief Constable, Amir Khan, who is leading the review, said"
        " the route was safe.",
        "Amir Khan",
        ["Chief Constable"],
        id="no-article",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_relative_post_after_name(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert titles_of(nlp, text, name) == sorted(expected)
