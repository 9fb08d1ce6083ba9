"""A one-word organisation name right after a known given name is a person's surname
(``Gazetteer._surname``): "Nadia Brook" is no mention of the charity Brook. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Nadia Brook said the figures were worrying.", ["Nadia Brook"]),
        ("Inspector Nadia Brook said the figures were worrying.", ["Nadia Brook"]),
        # near misses: a determiner or no given name before the name
        ("The charity Brook said the figures were worrying.", []),
        ("Staff at Brook said the figures were worrying.", []),
    ],
)
def test_a_one_word_name_after_a_given_name_is_a_surname(
    nlp: Language, text: str, people: list[str]
) -> None:
    doc = nlp(text)
    found_people = sorted(i.name for i in doc._.entity_info.values() if i.type == "PERSON")
    assert found_people == people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nadia Brook said the figures were worrying.", []),
        ("The charity Brook said the figures were worrying.",
         [("Brook", "CHARITY", "charity:brook")]),
        ("The NSPCC said the figures were worrying.", [("NSPCC", "CHARITY", "charity:nspcc")]),
    ],
)  # fmt: skip
def test_the_organisation_is_found_only_where_no_given_name_stands_before(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
