"""Domestic abuse bodies of the gazetteer: the Domestic Abuse Commissioner's office in the
forms releases name it (``organisations.jsonl``) and First Light, a domestic abuse charity
(``charities.jsonl``, matched by case only); Safe in Sussex, a domestic abuse charity, and
the Council of Europe, whose refuge standard releases cite (rule ``lower_case_first_word``
of :mod:`pressfacts.entities.gazetteer`: the words with their first in lower case are an
everyday phrase). Sentences invented; near misses are the ordinary phrase and the bare
title of a post."""

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
    pytest.param(
        "Victims in Crawley were referred to Safe in Sussex and Refuge.",
        {("CHARITY", "Safe in Sussex"), ("CHARITY", "Refuge")},
        id="safe-in-sussex",
    ),
    pytest.param(
        "Kent has fewer refuge places than the Council of Europe recommends.",
        {("ORG", "Council of Europe")},
        id="council-of-europe",
    ),
    pytest.param(
        "SAFE IN SUSSEX said the Council Of Europe standard was not met.",
        {("CHARITY", "SAFE IN SUSSEX"), ("ORG", "Council Of Europe")},
        id="other-capitals",
    ),
    # near misses: the phrase in lower case, its first word in lower case before a place
    pytest.param("Officers arrived at first light and searched the house.", set(), id="phrase"),
    pytest.param(
        "Residents said they felt safe in Sussex after the patrols.", set(), id="safe-in-place"
    ),
    pytest.param("A council of Europe's mayors met in Brussels.", set(), id="council-of-place"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_domestic_abuse_bodies(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: set[tuple[str, str]]
) -> None:
    """The organisations found, by type and the words of their mention."""
    assert {(label, words) for words, label, _ in organisations(nlp, text)} == expected
