"""A known given name opening its sentence, then a relative clause about one person in
commas, then a verb of saying or "spoke" or "told", is a person ("Mai, who was found in
Leeds, spoke at the launch"; person rule ``given_who_then_speaks``). Every sentence is
invented; near misses find no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mai, who was trafficked to Bradford when she was 15, spoke at the event in York.",
         {"Mai"}),
        ("The report was launched on Monday. Tomas, who had worked in a nail bar for two "
         "years, told the audience he was never paid.", {"Tomas"}),
        ('Ana, who is now at college in Derby, said: "I want other girls to know."', {"Ana"}),
        ("Duc, who has since been granted leave to remain, added that he was afraid.",
         {"Duc"}),
        # near misses: no verb of saying, a plural relative (a club), no known given name,
        # not opening a sentence
        ("Mai, who was trafficked at 15, now runs a cafe in Hull.", set()),
        ("Chelsea, who were beaten on Saturday, said they would appeal.", set()),
        ("Kent, who was once a mining county, said nothing.", set()),
        ("In May, who was in charge said nothing.", set()),
    ],
)  # fmt: skip
def test_given_who_then_speaks(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected
