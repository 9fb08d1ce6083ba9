"""A knight or dame named again by honorific and given name ("Dame Helen", "Sir Peter") is
the person introduced before with that honorific and given name (rule
``honorific_given_name`` of ``honorific_given.HONORIFIC_GIVEN_FORMS``), not a new person
named by the given name alone. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The commissioner, Dame Helen Rattray, spoke. "It matters," Dame Helen said.',
            [
                ("Dame Helen Rattray", "person:helen-rattray"),
                ("Dame Helen", "person:helen-rattray"),
            ],
        ),
        (
            'The chief executive, Sir Alan Pike, spoke first. "We act," Sir Alan said.',
            [("Sir Alan Pike", "person:alan-pike"), ("Sir Alan", "person:alan-pike")],
        ),
        (  # near miss: no one introduced with that honorific and given name
            '"It matters," Dame Helen said.',
            [("Dame Helen", "person:helen")],
        ),
        (  # near miss: another honorific
            'Sir Alan Pike spoke, and Dame Alan Reid agreed. "We act," Dame Alan said.',
            [
                ("Sir Alan Pike", "person:alan-pike"),
                ("Dame Alan Reid", "person:alan-reid"),
                ("Dame Alan", "person:alan-reid"),
            ],
        ),
    ],
)
def test_honorific_given_name(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """Each case: a text and its person mentions with their entity ids."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.id_) for s in spans if s.label_ == "PERSON"] == expected
