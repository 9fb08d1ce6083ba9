"""Market towns and ports of rural Wales and Norfolk are places of their own
(``places.txt``, within their police area in ``place_within.txt``): a figure "near
Llandeilo" or "at Milford Haven" takes the town, not the force area. Near miss: a figure
whose sentence names no town takes the force area. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Four quad bikes were stolen from farms near Llandeilo last month.",
            [(4, "Llandeilo")],
            id="near-a-town",
        ),
        pytest.param(
            "Dyfed-Powys Police said 19 trailers were stolen in Machynlleth.",
            [(19, "Machynlleth")],
            id="town-over-force",
        ),
        pytest.param(
            "Officers stopped 64 vehicles at Milford Haven, Dyfed-Powys Police said.",
            [(64, "Milford Haven")],
            id="port-town",
        ),
        pytest.param(
            "Thieves took 23 GPS units from farms near Swaffham.",
            [(23, "Swaffham")],
            id="norfolk-market-town",
        ),
        # near miss: no town named
        pytest.param(
            "Dyfed-Powys Police recorded 57 thefts of farm machinery.",
            [(57, "Dyfed-Powys")],
            id="no-town",
        ),
    ],
)
def test_area_rural_market_towns(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
