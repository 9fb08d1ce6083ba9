"""A title set off by commas after the body a person is "of" belongs to that person (rule
``body_then_appositive`` of ``title_words.APPOSITIVE_BODY``): "Supt Jo Bell of Kent Police,
the force lead for volunteering, said". Sentences invented; the near misses set off a
relative clause, not a title, or name the body with no appositive."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "Superintendent Amal Reid of Essex Police, the force lead for citizens in policing, "
        "said the specials had helped.",
        "Amal Reid",
        ["Superintendent", "Lead for Citizens in Policing"],
        ["force:essex-police"],
        id="rank-body-appositive",
    ),
    pytest.param(
        "Inspector Tom Hale of Gwent Police, head of the rural crime team, said the thefts fell.",
        "Tom Hale",
        ["Inspector", "Head of Rural Crime Team"],
        ["force:gwent-police"],
        id="rank-body-bare-title",
    ),
    pytest.param(
        'Priya Nair of Avon and Somerset Police, the force\'s volunteer manager, said: "Yes."',
        "Priya Nair",
        ["Volunteer Manager"],
        ["force:avon-and-somerset-constabulary"],
        id="name-body-possessive-title",
    ),
    # near misses: a relative clause is no title; no appositive after the body
    pytest.param(
        'Insp Jo Bell of Kent Police, who leads the team, said: "Yes."',
        "Jo Bell",
        ["Inspector"],
        ["force:kent-police"],
        id="relative-clause",
    ),
    pytest.param(
        'Jo Bell of Kent Police said: "Yes."', "Jo Bell", [], ["force:kent-police"], id="no-title"
    ),
]


@pytest.mark.parametrize(("text", "name", "titles", "affiliations"), ROWS)
def test_body_then_appositive(
    nlp: Language, text: str, name: str, titles: list[str], affiliations: list[str]
) -> None:
    found = people(nlp, text)[name]
    assert found.titles == titles
    assert found.affiliations == affiliations
