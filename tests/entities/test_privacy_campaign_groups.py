"""Civil liberties and privacy campaign groups in the gazetteer (Big Brother Watch, Open
Rights Group, Privacy International) as CHARITY, and a title before their possessive drops
the group's name ("Big Brother Watch's head of research" → "Head of Research"); the
lower-case words in running text name nothing. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP
from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Figures obtained by Big Brother Watch show 9,000 faces were scanned.",
            [("Big Brother Watch", "CHARITY")],
        ),
        (
            "Open Rights Group and Privacy International wrote to the force.",
            [("Open Rights Group", "CHARITY"), ("Privacy International", "CHARITY")],
        ),
        # near misses: the ordinary words are no campaign group
        ("Residents set up a big brother watch on the estate.", []),
        ("The open rights group met on Tuesday.", []),
    ],
)
def test_privacy_campaign_group(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "CHARITY"] == found


def test_possessive_title_drops_the_group(nlp: Language) -> None:
    found = people(
        nlp,
        "Big Brother Watch's director of investigations, Tamsin Rooke, said: "
        '"Nobody consented to this."',
    )
    assert found["Tamsin Rooke"].titles == ["Director of Investigations"]
