"""Two counts of different things joined by "and", with the place after the second, share
that place (rule ``shared-pair-place`` of ``list_count_places``): "searched 15 addresses and
four lock-ups in Gravesend" gives the 15 Gravesend, not the force's area. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers from Cumbria Police searched 15 homes and three garages in Workington "
            "during the raids.",
            [(15, "Workington"), (3, "Workington")],
            id="force-led-pair",
        ),
        pytest.param(
            "Detectives searched 22 addresses and four storage units in Wakefield, West "
            "Yorkshire Police said.",
            [(22, "Wakefield"), (4, "Wakefield")],
            id="pair-before-a-closing-speaker",
        ),
        pytest.param(
            "Gwent Police seized 30 bikes and two stolen scooters in Newport.",
            [(30, "Newport"), (2, "Newport")],
            id="force-subject-pair",
        ),
        # near misses: the first count has its own place, or the list goes on after the place
        pytest.param(
            "Officers from Cumbria Police visited 12 clubs in Kendal and nine clubs in Carlisle.",
            [(12, "Kendal"), (9, "Carlisle")],
            id="first-count-own-place",
        ),
        pytest.param(
            "Officers from Cumbria Police visited 12 clubs and nine pubs in Kendal, and six "
            "in Carlisle.",
            [(12, "Cumbria"), (9, "Kendal"), (6, "Carlisle")],
            id="list-goes-on",
        ),
    ],
)
def test_shared_pair_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
