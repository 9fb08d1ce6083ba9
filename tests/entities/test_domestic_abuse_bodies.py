"""Domestic abuse bodies of the gazetteer: the Domestic Abuse Commissioner's office in the
forms releases name it (``organisations.jsonl``) and First Light, a domestic abuse charity
(``charities.jsonl``, matched by case only). Sentences invented; near misses are the
ordinary phrase and the bare title of a post."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

ROWS = [
    pytest.param(
        "The council has asked the Office of the Domestic Abuse Commissioner to look again.",
        {("ORG", "Office of the Domestic Abuse Commissioner")},
        id="office-of-the",
    ),
    pytest.param(
        "A report by the Domestic Abuse Commissioner's Office was published on Monday.",
        {("ORG", "Domestic Abuse Commissioner's Office")},
        id="possessive-office",
    ),
    pytest.param(
        "Help is available from First Light, which supports survivors in Devon.",
        {("CHARITY", "First Light")},
        id="first-light",
    ),
    # near misses: the phrase in lower case
    pytest.param("Officers arrived at first light and searched the house.", set(), id="phrase"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_domestic_abuse_bodies(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: set[tuple[str, str]]
) -> None:
    """The organisations found, by type and the words of their mention."""
    assert {(label, words) for words, label, _ in organisations(nlp, text)} == expected
