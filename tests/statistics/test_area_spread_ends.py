"""The two ends of a spread of venues or places "from" one place "to" another ("staged 40
shows in school halls from Penrith to Barrow") tell how widely an event ran, not the scope
of its figures: the issuer's area stands (rules ``spread-ends`` and ``spread-start`` of
``place_role_leads.LEAD_ROLES``). Near misses: a journey "from" one place "to" another (no
venues), and a place after "from" with no far end, keep their place. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "value", "area"),
    [
        pytest.param(
            "Cumbria Police ran a road safety roadshow across Cumbria this spring. Officers "
            "staged 40 shows in school halls from Penrith to Barrow.",
            40,
            "Cumbria",
            id="school-halls",
        ),
        pytest.param(
            "Devon and Cornwall Police spoke to drivers across Devon this summer. The team "
            "held 28 events in villages from Tavistock to Honiton.",
            28,
            "Devon",
            id="villages",
        ),
        pytest.param(
            "North Wales Police ran a campaign across North Wales. Officers visited 65 "
            "colleges all the way from Holyhead to Wrexham.",
            65,
            "North Wales",
            id="all-the-way",
        ),
        # near misses: a journey, no far end
        pytest.param(
            "Cumbria Police ran a road safety roadshow across Cumbria this spring. Officers "
            "stopped 40 drivers travelling from Penrith to Kendal.",
            40,
            "Penrith",
            id="journey-no-venues",
        ),
        pytest.param(
            "Cumbria Police ran a road safety roadshow across Cumbria this spring. Officers "
            "spoke to 300 pupils at schools in Barrow.",
            300,
            "Barrow",
            id="no-spread",
        ),
    ],
)
def test_a_spread_of_venues_is_no_figures_area(
    nlp: Language, areas: AreasOf, text: str, value: float, area: str
) -> None:
    assert (value, area) in areas(nlp, text)
