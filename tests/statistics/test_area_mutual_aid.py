"""The forces that sent officers to another force (mutual aid) are where the officers came
from, not the area of the figures (place role ``mutual-aid``,
``place_role_leads.MUTUAL_AID_BEFORE``): the figures stay the receiving force's. Every
sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Cleveland Police asked for help. A total of 210 officers came from Durham "
            "Constabulary, Northumbria Police and North Yorkshire Police, at a cost of £900,000.",
            [(210, "Cleveland"), (900000, "Cleveland")],
            id="officers-came-from-a-list-of-forces",
        ),
        pytest.param(
            "Sussex Police policed the march. The force drew in 140 officers from Kent Police "
            "through mutual aid.",
            [(140, "Sussex")],
            id="drew-in-officers-from-a-force",
        ),
        pytest.param(
            "Gwent Police policed the summit, with mutual aid from Dyfed-Powys Police costing "
            "£80,000.",
            [(80000, "Gwent")],
            id="mutual-aid-from",
        ),
        # near misses: the force's own officers at work; a place, not a force, after "from"
        pytest.param(
            "Kent Police published figures. Officers from Kent Police arrested 12 people.",
            [(12, "Kent")],
            id="own-officers-at-work",
        ),
        pytest.param(
            "Most of the 90 officers came from Leeds.",
            [(90, "Leeds")],
            id="a-place-not-a-force",
        ),
    ],
)
def test_mutual_aid(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
