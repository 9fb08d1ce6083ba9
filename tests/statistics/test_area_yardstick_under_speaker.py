"""A yardstick with its noun left out counts the same thing in the same place as the count
it is compared with, even when a territorial body closes the sentence as its speaker: the
speaker is who says the figures, not where they happened (area rule
``yardstick-under-speaker``, ``closing_bodies.yardstick_under_speaker``). Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Barnsley, officers seized 61 knives between April and June, compared with 40 "
            "in the same quarter last year, South Yorkshire Police said.",
            [(61, "Barnsley"), (40, "Barnsley")],
            id="opening-place-then-speaker",
        ),
        pytest.param(
            "Crews in Hull attended 88 fires in May, compared with 71 a year earlier, "
            "Humberside Fire and Rescue Service said.",
            [(88, "Hull"), (71, "Hull")],
            id="subject-place-then-fire-service",
        ),
        pytest.param(
            "Wardens in Exeter issued 230 fines in 2023, compared with 190 the year before, "
            "Devon County Council has said.",
            [(230, "Exeter"), (190, "Exeter")],
            id="council-has-said",
        ),
        pytest.param(  # near miss: the yardstick names its own place
            "In Barnsley, officers seized 61 knives between April and June, compared with 40 "
            "in Rotherham, South Yorkshire Police said.",
            [(61, "Barnsley"), (40, "Rotherham")],
            id="yardstick-of-another-place",
        ),
        pytest.param(  # near miss: no place but the speaker's, whose area both take
            "Officers made 40 arrests last year, compared with 35 the year before, Kent Police "
            "said.",
            [(40, "Kent"), (35, "Kent")],
            id="speaker-area-alone",
        ),
    ],
)
def test_yardstick_under_speaker(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
