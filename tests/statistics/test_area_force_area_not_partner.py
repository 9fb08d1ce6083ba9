""" "Across the force area" names the area of the nearest force named before it that is not
a partner (rule ``force-area-not-partner`` of :mod:`pressfacts.statistics.place_phrases`): a
force named after "working with", "alongside" or a unit "shares with" is passed over. A
force doing the counting itself, or the only force named, still gives its area. Sentences
invented for the test, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police said officers from the traffic unit it shares with Essex Police "
            "seized 212 cars across the force area.",
            [(212, "Kent")],
            id="unit-shares-with",
        ),
        pytest.param(
            "Officers from Cheshire Constabulary, working with Merseyside Police, stopped "
            "940 vans across the force area.",
            [(940, "Cheshire")],
            id="working-with",
        ),
        pytest.param(
            "Durham Constabulary, alongside Cleveland Police, made 61 arrests across the "
            "whole force area.",
            [(61, "Durham")],
            id="alongside",
        ),
        pytest.param(
            "Officers from the unit Lancashire Police shared with Cumbria Constabulary seized "
            "85 cars across the force area.",
            [(85, "Lancashire")],
            id="shared-with",
        ),
        pytest.param(
            "Cumbria Police said officers from the collision unit the force runs with "
            "Lancashire Constabulary dealt with 212 drivers across the force area.",
            [(212, "Cumbria")],
            id="unit-runs-with",
        ),
        # near misses: the force that counts is the one named last, or the only one
        pytest.param(
            "Kent Police said officers from Essex Police seized 212 cars across the force area.",
            [(212, "Essex")],
            id="force-that-counts",
        ),
        pytest.param(
            "Officers working with Merseyside Police stopped 940 vans across the force area.",
            [(940, "Merseyside")],
            id="only-force-named",
        ),
    ],
)
def test_force_area_not_partner(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
