"""Large reservoirs and inland resorts named alone ("throwlines at Ladybower", "call-outs
at Kielder Water") and the Pennines are places (``places.txt``, beside the lakes), each
within its county (``place_within.txt``). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kielder Water recorded 95 call-outs in 2023.",
            [(95, "Kielder Water")],
            id="reservoir-named-alone",
        ),
        pytest.param(
            "Rangers turned away 140 swimmers in the Pennines in 2023.",
            [(140, "Pennines")],
            id="upland-named-alone",
        ),
        pytest.param(
            "Lifeguards were posted at Rutland Water after 22 rescues in 2023.",
            [(22, "Rutland Water")],
            id="reservoir-named-after-a-county",
        ),
        pytest.param(
            "Derbyshire Police placed 6 throwlines at Matlock Bath and Ladybower in 2023.",
            [(6, "Matlock Bath and Ladybower")],
            id="resort-and-reservoir-joined",
        ),
        # near miss: an adjective of the upland is no place
        pytest.param(
            "Rangers turned away 60 swimmers at Pennine reservoirs in 2023.",
            [(60, None)],
            id="adjective-is-no-place",
        ),
    ],
)
def test_inland_waters_are_places(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
