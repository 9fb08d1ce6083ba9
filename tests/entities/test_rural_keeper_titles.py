"""The gamekeepers and rangers of poaching and rural crime releases hold job titles, before
a name or in an apposition (entries ``gamekeeper``, ``head-gamekeeper``,
``countryside-ranger`` and ``park-ranger`` of ``resources/titles.jsonl``). Every sentence
is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of

ROWS = [
    pytest.param(
        "Police were called after gamekeeper Ewan Fairlie reported shots near Brechin.",
        "Ewan Fairlie",
        ["Gamekeeper"],
        id="gamekeeper-before-name",
    ),
    pytest.param(
        '"They left the gate open," said Rhodri Bevan, a gamekeeper in Powys.',
        "Rhodri Bevan",
        ["Gamekeeper"],
        id="a-gamekeeper-in-a-county",
    ),
    pytest.param(
        'Head gamekeeper Alun Rees said: "We lose a stag a month."',
        "Alun Rees",
        ["Head Gamekeeper"],
        id="head-gamekeeper",
    ),
    pytest.param(
        'Countryside ranger Beth Morley said: "The lamps were seen at 3am."',
        "Beth Morley",
        ["Countryside Ranger"],
        id="countryside-ranger",
    ),
    pytest.param(
        "Park ranger Josh Amadi found the carcass near Richmond Gate.",
        "Josh Amadi",
        ["Park Ranger"],
        id="park-ranger",
    ),
    # near miss: a gamekeeper named as someone else's, not a post of the person named
    pytest.param(
        'Sian Pugh said: "I rang the gamekeeper straight away."',
        "Sian Pugh",
        [],
        id="the-gamekeeper-in-a-quote",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_rural_keeper_titles(nlp: Language, text: str, name: str, expected: list[str]) -> None:
    assert titles_of(nlp, text, name) == expected
