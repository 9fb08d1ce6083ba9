"""A described person named by "called" or "named" and a given name ("a shop assistant
called Megan told the charity", "one caller named Dev") is a person, the given name alone
enough (the person rule ``described_called_given``). Every sentence is invented; near
misses find no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A shop assistant called Megan told the charity she had been threatened.", {"Megan"}),
        ("One caller named Dev said he had been punched at the till in Luton.", {"Dev"}),
        ("A young woman called Aisha was followed home from the bus station.", {"Aisha"}),
        ("Another victim named Carys waited 14 months for the case to reach court.",
         {"Carys"}),
        ("A care worker called Graham was attacked on his rounds in Hexham.", {"Graham"}),
        ("One pensioner called Maureen lost £4,000 to the fraudsters.", {"Maureen"}),
        # near misses: no person word before "called", no name after it, no given name
        ("A dog called Max was found tied to a lamppost in Grimsby.", set()),
        ("A worker called the police when the man returned to the shop.", set()),
        ("A scheme called Safe Haven opens in Rotherham next month.", set()),
        ("A customer called out to staff as the van drove off.", set()),
    ],
)  # fmt: skip
def test_described_called_given(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected
