"""The town of the yard or plant where seized goods were destroyed is no release's scope
(lead role ``disposal-site``, ``seat_sites.DISPOSAL_SITE_BEFORE``): the figures of the
crushing's own clause are counted there, but the later figures take the area of the body
that seized the goods. Every sentence is invented for the test; the near misses are goods
seized (not destroyed) at a yard, goods taken to a mere "yard", and a crushing with no yard
or plant named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "More than 250 seized off-road bikes were crushed at a scrapyard in Bootle on "
            "Tuesday by Merseyside Police. Officers made 64 arrests linked to the bikes in 2025.",
            [(250, "Bootle"), (64, "Merseyside")],
            id="crushed-at-a-scrapyard-in",
        ),
        pytest.param(
            "Around 600 bikes seized by Northumbria Police were shredded at a scrap metal "
            "yard in Blyth on Thursday. Officers arrested 25 riders in 2025.",
            [(600, "Blyth"), (25, "Northumbria")],
            id="shredded-at-a-scrap-metal-yard-in",
        ),
        pytest.param(
            "Some 90 illegal e-scooters seized by Cleveland Police were broken up at a "
            "recycling plant in Stockton-on-Tees on Friday. A further 45 riders were "
            "reported for having no insurance in the last three months.",
            [(90, "Stockton-on-Tees"), (45, "Cleveland")],
            id="broken-up-at-a-recycling-plant-in",
        ),
        pytest.param(
            "About 300 bikes seized by Merseyside Police were destroyed at a specialist "
            "facility in Knowsley on Monday. Officers arrested 120 people in 2025.",
            [(300, "Knowsley"), (120, "Merseyside")],
            id="destroyed-at-a-facility-in",
        ),
        pytest.param(
            "Some 180 seized motorbikes were taken to a scrapyard in Huyton on Thursday to be "
            "crushed by Merseyside Police. Officers made 52 arrests in 2025.",
            [(180, "Huyton"), (52, "Merseyside")],
            id="taken-to-a-scrapyard-in",
        ),
        pytest.param(
            "Nearly 60 e-scooters were towed to a breakers yard in Rotherham on Monday by South "
            "Yorkshire Police. Officers seized 210 e-scooters last year.",
            [(60, "Rotherham"), (210, "South Yorkshire")],
            id="towed-to-a-breakers-yard-in",
        ),
        pytest.param(  # near miss: taken to a yard that need not destroy anything
            "Some 35 stolen caravans were taken to a yard in Wigan on Friday by Greater "
            "Manchester Police. Officers made 11 arrests in 2025.",
            [(35, "Wigan"), (11, "Wigan")],
            id="taken-to-a-yard-near-miss",
        ),
        pytest.param(  # near miss: seized at a yard, not destroyed there
            "Officers seized 38 stolen bikes at a scrapyard in Bootle on Tuesday, Merseyside "
            "Police said. They made 12 arrests in 2025.",
            [(38, "Bootle"), (12, "Bootle")],
            id="seized-at-a-yard",
        ),
    ],
)
def test_a_disposal_site_is_no_release_scope(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
