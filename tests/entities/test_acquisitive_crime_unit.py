"""Opal, the national policing intelligence unit for serious organised acquisitive crime, is
a police body in the force gazetteer (FORCE), by its one-word name as written and by its
long name; the gemstone in lower case and a person whose given name is Opal are not.
Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The gang was identified with intelligence from Opal and Kent Police.",
            [("Opal", "FORCE"), ("Kent Police", "FORCE")],
        ),
        (
            "Retailers have shared 300 reports with Opal since the spring.",
            [("Opal", "FORCE")],
        ),
        (
            "Opal, which links forces across England and Wales, mapped the thefts.",
            [("Opal", "FORCE")],
        ),
        (
            "The National Intelligence Unit for Serious Organised Acquisitive Crime "
            "tracked the van.",
            [("National Intelligence Unit for Serious Organised Acquisitive Crime", "FORCE")],
        ),
        # near misses: the gemstone in lower case; a person named Opal
        ("An opal ring and two watches were stolen from the jewellers.", []),
        (
            "Opal Brennan, 34, was charged with theft by Devon and Cornwall Police.",
            [("Devon and Cornwall Police", "FORCE")],
        ),
    ],
)
def test_acquisitive_crime_unit(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "FORCE"] == found


def test_person_named_opal_is_a_person(nlp: Language) -> None:
    doc = nlp("Opal Brennan, 34, was charged with theft by Devon and Cornwall Police.")
    labels = {s.text: s.label_ for s in doc.spans[ENTITY_SPAN_GROUP]}
    assert labels.get("Opal Brennan") == "PERSON"
    assert "Opal" not in labels
