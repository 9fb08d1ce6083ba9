"""A named storm ("Storm Bryony", "Hurricane Lee") is no person, even when the word after
"Storm" is a given name (rule ``named_storm`` of ``pipeline/entities/names.py``); a person
whose surname is Storm is still one. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The Met Office said Storm Bryony brought gusts of 80mph to the coast.", []),
        ("Flooding caused by Storm Bryony, which hit on Friday, affected 200 homes.", []),
        ("After Hurricane Ivy, 40 people were rescued in Cornwall.", []),
        # near misses: a surname Storm, a person named after a storm sentence
        ("Council leader Amy Storm said the response was good.", ["Amy Storm"]),
        (
            'After Storm Bryony, Sergeant Rachel Hughes said: "We were ready."',
            ["Rachel Hughes"],
        ),
    ],
)
def test_named_storm_is_no_person(nlp: Language, text: str, people: list[str]) -> None:
    """Each case: a text and the person mentions found in it."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    found = [span.text for span in spans if span.label_ == "PERSON"]
    assert not any(word in name for name in found for word in ("Storm Bryony", "Hurricane"))
    assert all(any(person in name for name in found) for person in people)
    assert len(found) == len(people)
