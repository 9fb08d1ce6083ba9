"""A body that speaks between commas inside its sentence ("…, Kent Police has said, a rise
of 9% on …") says the figures on both sides of it; a place the sentence names before it
is where they are (rule ``speaker-aside``,
:data:`pressfacts.statistics.closing_bodies.ATTRIBUTED_ASIDE`), as a body closing its
sentence as its speaker yields (``closing-speaker``). Before, the figures after the aside
took the speaker's area, the place nearest them. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers in Brighton logged 212 thefts from cars in the summer, Sussex Police has"
            " said, a rise of 14% on the 186 logged a year before.",
            [(212, "Brighton"), (14, "Brighton"), (186, "Brighton")],
        ),
        (
            "Door staff in Newcastle made 64 referrals last month, Northumbria Police said,"
            " up from 41 in the same month of 2023.",
            [(64, "Newcastle"), (41, "Newcastle")],
        ),
        (
            "Patrols across Swindon seized 30 knives in 2023, the council says, double the"
            " number taken in 2022.",
            [(30, "Swindon"), (2, "Swindon")],
        ),
        # near misses: no place before the aside (the speaker's own area); the speaker
        # closing the sentence; the body opening what it says; a place after the aside
        (
            "Officers logged 212 thefts from cars in the summer, Sussex Police has said, a rise"
            " of 14% on the 186 logged a year before.",
            [(212, "Sussex"), (14, "Sussex"), (186, "Sussex")],
        ),
        (
            "Officers logged 212 thefts from cars in Hove, Sussex Police said.",
            [(212, "Hove")],
        ),
        (
            "Sussex Police said 212 thefts from cars were logged in the summer.",
            [(212, "Sussex")],
        ),
        (
            "Officers in Brighton logged 212 thefts, Sussex Police said, and 40 of them were in"
            " Hove.",
            [(212, "Brighton"), (40, "Hove")],
        ),
    ],
)
def test_speaker_aside(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
