"""A described person set off by commas before a known given name is a person, the given
name alone enough: "One survivor, Tomas, who was trafficked …" (the person rule
``described_given_name``). Every sentence is invented; near misses find no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One survivor, Tomas, who was brought to the UK in a lorry, spoke to the charity.",
         {"Tomas"}),
        ("Another victim, Daniel, was forced to work in a car wash in Luton.", {"Daniel"}),
        ("Her son, Callum, was killed on the A49 in 2022.", {"Callum"}),
        ("A volunteer, Amira, has worked at the hub since it opened.", {"Amira"}),
        # near misses: no given name after the description
        ("One survivor, aged 30, was moved to a safe house.", set()),
        ("One victim, Kent Police said, was only 15.", set()),
        ("The victim, who cannot be named, was found in Dover.", set()),
    ],
)  # fmt: skip
def test_described_given_names(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected
