"""Street Pastors, the Ascension Trust's national scheme, is a CHARITY when named alone with
both capitals (organisation pattern ``street-pastors-scheme``); a local group ("Exeter
Street Pastors") stays a charity of its own (organisation pattern ``street-pastors``).
Sentences invented; the near misses name street pastors in lower case, also opening a
sentence ("Street pastors, door staff and officers …": the volunteers, not the scheme)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Street Pastors volunteers helped 900 people in Leeds in 2024.",
        [("Street Pastors", "CHARITY", "charity:street-pastors")],
    ),
    (
        "Amal Reid, coordinator of Street Pastors in Hull, said the nights were busy.",
        [
            ("Amal Reid", "PERSON", "person:amal-reid"),
            ("Street Pastors", "CHARITY", "charity:street-pastors"),
        ],
    ),
    (
        "Volunteers from Exeter Street Pastors walked the route.",
        [("Exeter Street Pastors", "CHARITY", "charity:exeter-street-pastors")],
    ),
    # near miss: street pastors in lower case are the volunteers, not the scheme
    ("Local street pastors handed out water in Hull.", []),
    ("Street pastors, door staff and officers all see the night differently.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_street_pastors_movement(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_, span.id_) for span in spans] == expected
