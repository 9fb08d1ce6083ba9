"""The place of the event a span is counted from ("in the six weeks after the flooding in
Carlisle") is not the figures' area, nor the document's: they keep the issuing body's
(``event-site`` in :mod:`pressfacts.statistics.place_roles`). Every sentence is invented
for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Cumbria Police recorded 214 burglaries in the six weeks after the flooding in Carlisle "
        "on 3 March.",
        [(214.0, "Cumbria")],
        id="weeks-after",
    ),
    pytest.param(
        "West Yorkshire Police made 62 arrests in the days following the street disorder in "
        "Huddersfield. Officers also seized 18 vehicles.",
        [(62.0, "West Yorkshire"), (18.0, "West Yorkshire")],
        id="days-following-and-the-sentence-after",
    ),
    # near misses: a verb before the place (the scheme's own place); a place that is the scope
    pytest.param(
        "Kent Police said 85 people were referred in the months after the scheme launched in "
        "Maidstone.",
        [(85.0, "Maidstone")],
        id="a-verb-not-an-event-noun",
    ),
    pytest.param(
        "In the weeks after the storm, Essex Police recorded 40 thefts in Southend.",
        [(40.0, "Southend")],
        id="a-place-of-the-figure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_event_site_is_no_area(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
