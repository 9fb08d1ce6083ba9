"""A figure whose noun is to be handed out, given out or held at a named ground or stadium
takes the venue as its area, as one placed there by a past passive does (rule
``venue_passive_plan`` of ``district_names._VENUE_VERB``: "to be" or "will be", a particle
"out" or "away", and "around" too). Near misses: a place of its own before the venue, and
a venue in a later clause of no figure. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Merseyside Police said fans lost £4,000. The commissioner paid for 3,000 "
            "leaflets to be handed out around Goodison Park before kick-off.",
            [(4000, "Merseyside"), (3000, "Goodison Park")],
            id="to-be-handed-out-around",
        ),
        pytest.param(
            "West Yorkshire Police said fans lost £4,000. The force said 2,000 wristbands "
            "will be given out at Elland Road on Saturday.",
            [(4000, "West Yorkshire"), (2000, "Elland Road")],
            id="will-be-given-out-at",
        ),
        # near misses: the figure's own place first; the venue in a clause of no figure
        pytest.param(
            "West Yorkshire Police said fans lost £4,000. The force said 2,000 leaflets will "
            "be handed out in Leeds before the match at Elland Road.",
            [(4000, "West Yorkshire"), (2000, "Leeds")],
            id="own-place-first",
        ),
        pytest.param(
            "West Yorkshire Police said fans lost £4,000. Officers made 12 arrests, and "
            "leaflets will be handed out at Elland Road.",
            [(4000, "West Yorkshire"), (12, "West Yorkshire")],
            id="venue-in-later-clause",
        ),
    ],
)
def test_venue_passive_plan(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
