"""A body that closes its sentence as the speaker (", Northumbria Police said.") is who says
it, not where it happened: a place the figure's clause names comes first
(``figure_areas.ATTRIBUTED_AFTER``); with no place in the clause the body's area stays the
figure's. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Reporting centres passed on 140 reports, half of them from Sunderland, "
            "Northumbria Police said.",
            [(140, "Northumbria"), (50, "Sunderland")],
            id="share-from-a-place-then-the-speaker",
        ),
        pytest.param(
            "Shops reported 75 thefts from Grimsby, Humberside Police has said.",
            [(75, "Grimsby")],
            id="count-from-a-place-has-said",
        ),
        pytest.param(  # near miss: no place in the clause, the speaker's area
            "Officers made 40 arrests last year, Kent Police said.",
            [(40, "Kent")],
            id="no-place-the-speaker-s-area",
        ),
        pytest.param(  # near miss: the body opens what it says
            "Kent Police said 40 of the reports came from schools.",
            [(40, "Kent")],
            id="body-opens-the-sentence",
        ),
    ],
)
def test_a_closing_speaker_yields_to_a_place_of_the_clause(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
