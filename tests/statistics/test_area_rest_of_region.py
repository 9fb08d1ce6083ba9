"""What a place named before leaves of its county or region ("with 52 in the rest of the
county") is counted for that county or region, not the place (rule ``rest-of-region`` of
``region_areas.OWN_REGION_WORDS``, area rule ``own-region-words``). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Suffolk Police ran a drug-drive campaign in October. Officers arrested 70 drug "
        "drivers in Ipswich, with 41 in the rest of the county.",
        [(70.0, "Ipswich"), (41.0, "Suffolk")],
        id="rest-of-the-county",
    ),
    pytest.param(
        "Shop thefts rose across the North East last year. Police recorded 310 shop thefts "
        "in Gateshead, and 920 across the remainder of the region.",
        [(310.0, "Gateshead"), (920.0, "North East")],
        id="remainder-of-the-region",
    ),
    # near miss: a place of its own after the figure
    pytest.param(
        "Suffolk Police ran a drug-drive campaign in October. Officers arrested 70 drug "
        "drivers in Ipswich, with 41 in Lowestoft.",
        [(70.0, "Ipswich"), (41.0, "Lowestoft")],
        id="a-place-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_rest_of_region(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
