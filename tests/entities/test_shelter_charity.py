"""The housing charity Shelter is named by its one word, written with its capital
(``resources/charities.jsonl`` ``charity:shelter``, an everyday word of
``word_names.EVERYDAY_WORD_NAMES``). Every sentence is invented for the test; the near
misses are the everyday word and longer names that begin with it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

Found = list[tuple[str, str, str]]
OrganisationsOf = Callable[[Language, str], Found]
"""The ``organisations`` fixture (tests/entities/conftest.py)."""

CASES: list[tuple[str, Found]] = [
    pytest.param(
        "Renters can get free advice from Shelter, which runs a helpline.",
        [("Shelter", "CHARITY", "charity:shelter")],
        id="advice-from-shelter",
    ),
    pytest.param(
        "Figures gathered by Shelter show the number of evictions rose.",
        [("Shelter", "CHARITY", "charity:shelter")],
        id="gathered-by",
    ),
    pytest.param(
        "Shelter Cymru said more renters had called its advice line.",
        [("Shelter Cymru", "CHARITY", "charity:shelter-cymru")],
        id="welsh-branch-its-own",
    ),
    # near misses: the everyday word, and a longer name opening with it
    pytest.param("The council found emergency shelter for 40 families.", [], id="lower-case"),
    pytest.param("Volunteers run the Shelter Garden Project in Hull.", [], id="longer-name"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_shelter_charity(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
