"""Rule ``according_appositive`` (:mod:`pressfacts.entities.according_appositives`): after
"according to <name>", a description in commas opened by an article, before the main
clause, is the person's title. Sentences invented for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("According to Ruth Okonjo, the deputy mayor for policing, the bins work.",
         {"Ruth Okonjo": ["Deputy Mayor for Policing"]}),
        ("According to Ruth Okonjo, the charity's chief executive, demand has doubled.",
         {"Ruth Okonjo": ["Chief Executive"]}),
        ("Demand has doubled, according to Ruth Okonjo, the charity's chief executive.",
         {"Ruth Okonjo": ["Chief Executive"]}),
        # near misses: the main clause right after the name; a description with no article
        # is left (it cannot be told from a clause)
        ("According to Ruth Okonjo, officers made 40 arrests, and 12 were charged.",
         {"Ruth Okonjo": []}),
        ("According to Ruth Okonjo, chief executive of the charity, demand has doubled.",
         {"Ruth Okonjo": []}),
    ],
)  # fmt: skip
def test_a_description_after_according_to(
    nlp: Language, text: str, titles: dict[str, list[str]]
) -> None:
    assert {name: info.titles for name, info in people(nlp, text).items()} == titles
