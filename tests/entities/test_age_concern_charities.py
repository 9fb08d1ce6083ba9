"""Age Concern, the name local older people's charities kept after the national charity
became Age UK, is a known charity (``charities.jsonl`` ``charity:age-concern``), so a
known place right after it names a local charity of its own (rule
``local-branch-place-after``). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "charities"),
    [
        (
            "The service is run by Age Concern Cheshire and funded by the council.",
            ["Age Concern Cheshire"],
        ),
        ("Volunteers from Age Concern Liverpool visited 40 homes.", ["Age Concern Liverpool"]),
        ("Age Concern said the scheme had helped hundreds.", ["Age Concern"]),
        # near misses: a place as a modifier of a unit; a lower-case phrase
        ("Staff at the Age Concern Leeds office agreed.", ["Age Concern"]),
        ("There is growing age concern among employers in Leeds.", []),
    ],
)
def test_age_concern_charities(nlp: Language, text: str, charities: list[str]) -> None:
    """Each case: a text and the charity mentions found in it."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [span.text for span in spans if span.label_ == "CHARITY"] == charities
