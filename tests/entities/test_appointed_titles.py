"""A person appointed to a title ("… has been sworn in as the new Chief Constable of …")
is found and holds that title (``appointed_titles``); sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

Role = tuple[str, str | None, str | None]


def people(nlp: Language, text: str) -> dict[str, list[Role]]:
    """Each person's name -> (title, organisation, area) of their roles."""
    info = nlp(text)._.entity_info
    return {
        entity.name: [(r.title, r.organisation, r.area) for r in entity.roles]
        for entity in info.values()
        if entity.type == "PERSON"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Amy Rowe has been sworn in as the new Chief Constable of Dorset Police.",
            {"Amy Rowe": [("Chief Constable", "force:dorset-police", None)]},
            id="sworn-in-as-the-new",
        ),
        pytest.param(
            "Peter Lowe was appointed head of the rural crime team last week.",
            {"Peter Lowe": [("Head of Rural Crime Team", None, None)]},
            id="appointed-without-as",
        ),
        pytest.param(
            "Dan Hill, 44, was promoted to the rank of Detective Superintendent in May.",
            {"Dan Hill": [("Detective Superintendent", None, None)]},
            id="promoted-to-the-rank-of",
        ),
        pytest.param(  # near miss: what follows the verb is no title
            "Ann Bell was named as the best volunteer of the year.",
            {"Ann Bell": []},
            id="named-as-no-title",
        ),
        pytest.param(  # near miss: no appointing verb
            "Ann Bell was jailed for six years.",
            {"Ann Bell": []},
            id="no-appointment",
        ),
    ],
)
def test_an_appointment_gives_its_title(
    nlp: Language, text: str, expected: dict[str, list[Role]]
) -> None:
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param(
            "Cumbria's Police and Crime Commissioner has set aside £300,000 for school "
            "talks.\n\nPeter Dunmore said the money would reach every secondary school.",
            "Peter Dunmore",
            [("Police and Crime Commissioner", None, "Cumbria")],
            id="office-paragraph-before",
        ),
        pytest.param(
            "Norfolk's Chief Fire Officer has written to every school in the county. "
            "Ann Pryce said pupils would be offered a free workshop.",
            "Ann Pryce",
            [("Chief Fire Officer", None, "Norfolk")],
            id="office-sentence-before",
        ),
        # near misses: the office named with its holder; a titled person; no saying
        pytest.param(
            "Cumbria's Police and Crime Commissioner, Peter Dunmore, has set aside £300,000."
            "\n\nJo Hart said the money was welcome.",
            "Jo Hart",
            [],
            id="office-with-its-holder",
        ),
        pytest.param(
            "Cumbria's Police and Crime Commissioner has set aside £300,000 for talks.\n\n"
            "Jo Hart was injured in a crash in 2024.",
            "Jo Hart",
            [],
            id="no-verb-of-saying",
        ),
        pytest.param(
            "The council's plan is to open 12 new crossings.\n\nJo Hart said she was pleased.",
            "Jo Hart",
            [],
            id="no-office",
        ),
    ],
)
def test_an_office_before_a_bare_name_is_its_title(
    nlp: Language, text: str, name: str, expected: list[Role]
) -> None:
    assert people(nlp, text).get(name) == expected
