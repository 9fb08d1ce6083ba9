"""Refugee and migrant charities named in people-smuggling and trafficking releases are
CHARITY gazetteer entries; names that are ordinary phrases ("Migrant Help", "Refugee
Action") match only as capitalised. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_organisation_rules import OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The scheme will work alongside Migrant Help at the port.",
         [("Migrant Help", "CHARITY", "charity:migrant-help")]),
        ("The Refugee Council said the figures were worrying.",
         [("Refugee Council", "CHARITY", "charity:refugee-council")]),
        ("The Scottish Refugee Council supported 300 people.",
         [("Scottish Refugee Council", "CHARITY", "charity:scottish-refugee-council")]),
        ("Staff from Refugee Action and Care4Calais attended.",
         [("Refugee Action", "CHARITY", "charity:refugee-action"),
          ("Care4Calais", "CHARITY", "charity:care4calais")]),
        ("The JCWI called for an inquiry.",
         [("JCWI", "CHARITY", "charity:joint-council-for-the-welfare-of-immigrants")]),
        # near misses: the ordinary phrases in lower case
        ("A migrant help desk opened at the port.", []),
        ("She called for refugee action from the council.", []),
    ],
)  # fmt: skip
def test_refugee_charities(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: object
) -> None:
    assert organisations(nlp, text) == expected
