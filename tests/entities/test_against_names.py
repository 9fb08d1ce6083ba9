"""A capitalised "Against" never belongs to a person's name (``non_name_words``): a group
named "X Against Y" set off by an appositive and a verb is no person; the national scams
initiative Friends Against Scams is a known ORG (``organisations.jsonl``). Every sentence
is invented; the near misses keep their people."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neighbours Against Fraud, the National Trading Standards initiative, has trained"
         " 900 people.", set()),
        ("Carers Against Scams, the Home Office initiative, has trained 900 people.", set()),
        ("Elders Against Fraud, the Age UK project, has visited 300 homes.", set()),
        ("Pensioners Against Rogues, the Crimestoppers scheme, has trained 900 people.", set()),
        # near misses: a person beside the group, or a name with no "Against"
        ("Ellen Marsh, the chair of Neighbours Against Fraud, said it was a good year.",
         {"Ellen Marsh"}),
        ("Agnes Fairley, a volunteer in Hull, has trained 900 people.", {"Agnes Fairley"}),
    ],
)  # fmt: skip
def test_against_is_no_name_word(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Friends Against Scams, the National Trading Standards initiative, trained 40 staff.",
        "Staff in Leeds joined Friends Against Scams last year.",
    ],
)
def test_friends_against_scams_is_an_org(
    nlp: Language, organisations: OrganisationsOf, text: str
) -> None:
    assert ("Friends Against Scams", "ORG", "org:friends-against-scams") in organisations(nlp, text)
