"""Where a gang was run from is its base, not the area of the figures it is charged with
("The group was run from addresses in Gravesend and Dartford": the place role
``gang-base`` of ``place_roles.PLACE_ROLE_RULES``). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group, which was run from addresses in Gravesend and Dartford, brought at "
         "least 230 people into the UK.", [(230, "UK")]),
        ("Essex Police said the network, operated from rented flats in Basildon, moved 40 "
         "people into the country.", [(40, "Essex")]),
        ("West Midlands Police said the gang was run out of rented houses in Walsall and "
         "sold 12 kilos of cocaine.", [(12, "West Midlands")]),
        # near misses: a place the figures are for
        ("Kent Police searched addresses in Gravesend and seized 26 phones.",
         [(26, "Gravesend")]),
        ("Essex Police said a gang operating in Basildon sold 40 kilos of cocaine.",
         [(40, "Basildon")]),
    ],
)  # fmt: skip
def test_area_gang_base(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
