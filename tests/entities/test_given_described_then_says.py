"""A known given name opening its sentence, then a person description in commas, then a
verb of saying, is a person ("Joan, a widow from Hull, said:"; person rule
``given_described_then_says``). Every sentence is invented; near misses find no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Megan, a 29-year-old mother from Crewe whose bank account was emptied, said: "I '
         'felt sick."', {"Megan"}),
        ('Dennis, a pensioner from Skegness, said the caller sounded official.', {"Dennis"}),
        ('The scam spread fast. Priya, a student in Leicester, said: "It looked real."',
         {"Priya"}),
        ('Gavin, a retired teacher who lost £4,000 to a fake broker, added that he was '
         'embarrassed.', {"Gavin"}),
        # near misses: no verb of saying, no person word, not opening a sentence
        ("Megan, a nurse from Crewe, lost her savings.", set()),
        ('Hope, a charity in Leeds, said it was busy.', set()),
        ('In May, a 29-year-old nurse from Crewe said she had been targeted.', set()),
        ('Kent, a county with many older residents, said nothing.', set()),
    ],
)  # fmt: skip
def test_given_described_then_says(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected
