"""Ministers' portfolio titles of two words joined by "and" are one title (the
``titles.jsonl`` entry ``crime-and-policing-minister``; sentences invented for these
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the portfolio of two words, in either order and either wording, is one title
        ("Crime and Policing Minister Nadia Stone said: \"Banning orders work.\"",
         {"Nadia Stone": ["Crime and Policing Minister"]}),
        ("Owen Mace, the Minister for Crime and Policing, said the law would change.",
         {"Owen Mace": ["Crime and Policing Minister"]}),
        ("The Policing and Crime Minister, Priya Lal, visited Derby.",
         {"Priya Lal": ["Crime and Policing Minister"]}),
        # near misses: one portfolio alone keeps its own title
        ("Policing Minister Tom Hale said the figures were welcome.",
         {"Tom Hale": ["Policing Minister"]}),
        ("Victims Minister Ruth Bale met the families.",
         {"Ruth Bale": ["Victims Minister"]}),
    ],
)  # fmt: skip
def test_two_word_portfolio_minister(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    found = {name: info.titles for name, info in people(nlp, text).items()}
    assert found == expected
