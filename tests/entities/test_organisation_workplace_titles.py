"""A lower-case workplace noun right after an organisation's name, ending a title phrase
after "at/in/from/of/for", is the organisation's workplace, taken out with its name (rule
``organisation_workplace``, ``title_tails.ORGANISATION_WORKPLACE``): "a paramedic at the
Blue Cross hospital in Victoria" -> Paramedic (it had been no title, or "Social Worker
Centre"). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of

ROWS = [
    pytest.param(
        '"Most dogs settle," said Jo Hart, a social worker at the Blue Cross centre in Burford.',
        "Jo Hart",
        ["Social Worker"],
        id="centre-and-place-after-organisation",
    ),
    pytest.param(
        '"Bites heal slowly," said Ann Keyes, a paramedic at the PDSA hospital.',
        "Ann Keyes",
        ["Paramedic"],
        id="hospital-ends-the-phrase",
    ),
    pytest.param(
        '"Dogs need space," said Kim Roe, a support worker at the Dogs Trust rehoming centre '
        "in Evesham.",
        "Kim Roe",
        ["Support Worker"],
        id="modified-workplace-noun",
    ),
    pytest.param(
        '"We are full," said Jo Hart, manager of the Blue Cross centre in Burford.',
        "Jo Hart",
        ["Manager"],
        id="of-the-organisation-centre",
    ),
    pytest.param(
        '"It was a bad bite," said Ian Reed, a veterinary surgeon at the PDSA hospital in Leeds.',
        "Ian Reed",
        ["Veterinary Surgeon"],
        id="veterinary-surgeon",
    ),
    # near misses: the workplace noun is the title's own word, or no organisation stands before it
    pytest.param(
        '"Dogs need time," said Lee Fox, the Dogs Trust centre manager in Evesham.',
        "Lee Fox",
        ["Centre Manager"],
        id="workplace-noun-inside-the-title",
    ),
    pytest.param(
        '"We are full," said Rhian Pugh, a nurse at the Blue Cross hospital appeal.',
        "Rhian Pugh",
        [],
        id="workplace-noun-not-at-the-end",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_organisation_workplace_titles(
    nlp: Language, text: str, name: str, expected: list[str]
) -> None:
    assert titles_of(nlp, text, name) == expected
