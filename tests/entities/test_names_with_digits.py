"""A charity named by a word with digits after its letters ("SV2", "Voice4Victims") is a
name (``org_patterns._name_word``); a road ("M6", "A127": one letter) is not. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "The advisers are provided by the charity KV3, which works across Cheshire.",
        [("KV3", "CHARITY", "charity:kv3")],
    ),
    (
        "The charity Hope4Survivors has opened a new office.",
        [("Hope4Survivors", "CHARITY", "charity:hope4survivors")],
    ),
    # near misses: roads with a service or project head word
    ("Drivers on the M6 Service area were stopped.", []),
    ("The A127 Project was funded by the council.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_names_with_digits(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
