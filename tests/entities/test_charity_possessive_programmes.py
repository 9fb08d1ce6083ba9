"""Rule ``charity_possessive_owner`` with pattern ``charity-service-named-possessive``: a
named programme, project, scheme or service in lower case right after a known charity's
possessive is a CHARITY of its own (the contract's "a named service or campaign it runs");
after a place's, a force's or a council's possessive it is none. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "charities"),
    [
        pytest.param(
            "Extern's Second Chance Derry programme met 90 young people.",
            ["Extern", "Second Chance Derry"],
            id="charity-programme",
        ),
        pytest.param(
            "Catch22's Safe Ground project opened in Leicester in June.",
            ["Catch22", "Safe Ground"],
            id="charity-project",
        ),
        # near misses: a place's, a force's or a council's scheme; a generic service
        pytest.param(
            "Belfast's Safe Streets scheme began in May.", [], id="near-miss-place-possessive"
        ),
        pytest.param(
            "Extern staff said that Belfast's Safe Streets scheme began in May.",
            ["Extern"],
            id="near-miss-place-possessive-after-a-charity",
        ),
        pytest.param(
            "Kent Police's Safer Nights scheme ran in Dover.", [], id="near-miss-force-possessive"
        ),
        pytest.param(
            "Leeds City Council's Street Support service began in May.",
            [],
            id="near-miss-council-possessive",
        ),
        pytest.param(
            "Catch22's Youth Outreach service met 80 teenagers.",
            ["Catch22"],
            id="near-miss-generic-words",
        ),
    ],
)
def test_charity_possessive_programme(nlp: Language, text: str, charities: list[str]) -> None:
    """Each case: a text and the charity mentions found in it."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [span.text for span in spans if span.label_ == "CHARITY"] == charities
