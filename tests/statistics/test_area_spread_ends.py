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
        # rule spread-across: the breadth the spread covers between its noun and "from"
        pytest.param(
            "Age Cymru worked with 9,400 older people in Wales last year. It runs 85 projects "
            "across the country, from Anglesey to Monmouthshire.",
            85,
            "Wales",
            id="spread-across",
        ),
        pytest.param(
            "Cumbria Police ran a road safety roadshow across Cumbria this spring. Staff at "
            "branches throughout the county, from Penrith to Barrow, gave out 600 leaflets.",
            600,
            "Cumbria",
            id="spread-throughout",
        ),
        # a name with "of" inside it at the first end
        pytest.param(
            "Devon and Cornwall Police spoke to drivers across Cornwall this summer. The team "
            "visited 31 schools from the Isles of Scilly to Bude.",
            31,
            "Cornwall",
            id="name-with-of",
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
