"""A title whose organisation is written by its gazetteer abbreviation drops it, as it drops
the full name: "head of the NWCU" -> "Head", the unit an affiliation (sentences invented
for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "name", "titles", "affiliations"),
    [
        ("Inspector Ruth Dale, head of the NWCU, said the figures were a concern.",
         "Ruth Dale", ["Head", "Inspector"], ["force:national-wildlife-crime-unit"]),
        ("Sam Leigh, the NWCU's intelligence manager, said it.",
         "Sam Leigh", ["Intelligence Manager"], ["force:national-wildlife-crime-unit"]),
        # near miss: an acronym no gazetteer entry holds stays in the title
        ("Sam Leigh, head of the RWCT, said it.", "Sam Leigh", ["Head of the RWCT"], []),
    ],
)  # fmt: skip
def test_abbreviated_owner_titles(
    nlp: Language, text: str, name: str, titles: list[str], affiliations: list[str]
) -> None:
    info = people(nlp, text)[name]
    assert (sorted(info.titles), info.affiliations) == (titles, affiliations)
