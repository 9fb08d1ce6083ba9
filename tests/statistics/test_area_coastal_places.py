"""Harbour towns and coastal waters are places of ``places.txt`` (with their police area in
``place_within.txt``), so a coastal figure takes the harbour or estuary its clause names, not
the place named before it. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers checked 90 boats in 2025. Falmouth accounted for 40 of the checks, "
            "Padstow for 30 and Brixham for 20.",
            [(90, None), (40, "Falmouth"), (30, "Padstow"), (20, "Brixham")],
            id="harbour-towns-in-a-breakdown",
        ),
        pytest.param(
            "Lifeboat crews on the Solent launched 212 times in 2025.",
            [(212, "Solent")],
            id="coastal-water",
        ),
        pytest.param(
            "In Lancashire, coastguard teams were called out 58 times on Morecambe Bay in 2025.",
            [(58, "Morecambe Bay")],
            id="water-within-a-county",
        ),
        # surf beaches and lakes (places.txt's beach villages and lakes)
        pytest.param(
            "Lifeguards at Croyde and Saunton helped 310 swimmers in August.",
            [(310, "Croyde and Saunton")],
            id="surf-beaches",
        ),
        pytest.param(
            "Officers patrolling Ullswater spoke to 85 paddleboarders over the summer.",
            [(85, "Ullswater")],
            id="lake",
        ),
        pytest.param(
            "Volunteers rescued 19 people from Derwentwater and Coniston Water in 2025.",
            [(19, "Derwentwater and Coniston Water")],
            id="two-lakes",
        ),
        # natural harbours and the resorts on their shores (places.txt's harbour waters)
        pytest.param(
            "Marine officers checked 75 yachts on moorings in Chichester Harbour in 2025.",
            [(75, "Chichester Harbour")],
            id="harbour-water-not-its-town",
        ),
        pytest.param(
            "Officers stopped 30 boats in Langstone Harbour in 2025, and 12 in Portsmouth.",
            [(30, "Langstone Harbour"), (12, "Portsmouth")],
            id="harbour-then-town",
        ),
        pytest.param(
            "Swansea's lifeboats launched 140 times in 2025. Mumbles accounted for 85 of them.",
            [(140, "Swansea"), (85, "Mumbles")],
            id="resort-on-a-bay",
        ),
        # near misses: the harbour town named alone stays the town
        pytest.param(
            "Officers seized 11 outboard engines in Poole in 2025.",
            [(11, "Poole")],
            id="harbour-town-alone",
        ),
        # near miss: a harbour named in a sentence of its own, no figure after it there
        pytest.param(
            "Lyme Regis harbour reopened in May. Across Dorset, officers made 14 arrests in 2025.",
            [(14, "Dorset")],
            id="own-clause-place-wins",
        ),
    ],
)
def test_a_coastal_figure_takes_its_harbour_or_water(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
