"""A territorial body closing its sentence as the speaker (", Merseyside Fire and Rescue
Service said.") speaks for every figure of the sentence, also the one a yardstick break
keeps out of its clause (rule ``closing-speaker``, :mod:`pressfacts.statistics.closing_bodies`),
before a place led in from the paragraph before; a fire and rescue service named without
"Service" ("South Yorkshire Fire and Rescue") stands for its place (``named_bodies``
rule ``fire-and-rescue``). Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Patrols are being stepped up in Wigan.\n\nSo far this year, crews have attended "
            "210 fires, compared with 180 in the same period last year, Greater Manchester "
            "Fire and Rescue Service said.",
            [(210, "Greater Manchester"), (180, "Greater Manchester")],
            id="service-closes-a-comparison",
        ),
        pytest.param(
            "Patrols are being stepped up in Hastings.\n\nOfficers made 96 arrests, compared "
            "with 71 a year earlier, Sussex Police said.",
            [(96, "Sussex"), (71, "Sussex")],
            id="force-closes-a-comparison",
        ),
        pytest.param(
            "Wardens are patrolling in Skegness.\n\nCrews were called to 58 fires last "
            "month, up from 40, East Lindsey District Council said.",
            [(58, "East Lindsey"), (40, "East Lindsey")],
            id="council-closes-a-comparison",
        ),
        pytest.param(
            "Patrols are being stepped up in Rotherham.\n\nCrews attended 402 fires last "
            "year, South Yorkshire Fire and Rescue said.",
            [(402, "South Yorkshire")],
            id="fire-and-rescue-without-service",
        ),
        pytest.param(
            "Patrols are being stepped up in Hull.\n\nHumberside Fire & Rescue attended 88 "
            "fires last month.",
            [(88, "Humberside")],
            id="fire-and-rescue-ampersand-opens",
        ),
        # near misses: a place the first clause names stays the figure's; a national body
        # closing the sentence has no area of its own; a speaker that opens the sentence is
        # not a closing one
        pytest.param(
            "Crews attended 210 fires in Bolton, compared with 180 a year earlier, Greater "
            "Manchester Fire and Rescue Service said.",
            # the yardstick keeps the place of the count it is compared with
            # (``yardstick-under-speaker``), not the closing speaker's area
            [(210, "Bolton"), (180, "Bolton")],
            id="near-miss-a-place-in-the-clause",
        ),
        pytest.param(
            "Patrols are being stepped up in Barnsley.\n\nOfficers made 96 arrests, compared "
            "with 71 a year earlier, the Home Office said.",
            [(96, "Barnsley"), (71, "Barnsley")],
            id="near-miss-a-national-body",
        ),
    ],
)
def test_a_closing_territorial_speaker_speaks_for_the_sentence(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
