"""Rule ``name_who_then_speaks``: a full name, a relative clause about one person, then a
verb of saying makes a person whatever the given name; near misses: a body ("which", or a
plural verb), no verb of saying. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tochukwu Eze, who has volunteered at the food bank for six years, said demand"
            " had doubled.",
            {"Tochukwu Eze"},
        ),
        (
            "Zebulon Ashcombe, who was hurt in the attack, told the court he still had nightmares.",
            {"Zebulon Ashcombe"},
        ),
        # near misses: a body; a plural verb; no verb of saying after the clause
        ("Brightwater Homes, which has 900 tenants, said rents would rise.", set()),
        ("Hartwell Foods, who have backed the scheme since 2020, said 40 people took part.", set()),
        ("Tochukwu Eze, who has volunteered for six years, now runs the food bank.", set()),
    ],
)
def test_name_who_then_speaks(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected
