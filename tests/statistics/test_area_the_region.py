""" "The region" after a country named last points back to the release's own area, not to
the country ("Across England and Wales, … Across the region, …")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Thames Valley Police made 40 arrests in a week of action. Across England and Wales, "
        "forces made 2,100 arrests. Officers across the region seized 62 vehicles.",
        [(40, "Thames Valley"), (2100, "England and Wales"), (62, "Thames Valley")],
        id="across-the-region",
    ),
    pytest.param(
        "Northumbria Police charged 19 people in 2023. Across the UK, 9,800 people were "
        "charged. Police in the region referred 310 victims for support.",
        [(19, "Northumbria"), (9800, "UK"), (310, "Northumbria")],
        id="in-the-region",
    ),
    pytest.param(  # near miss: "the region" after a place of its own keeps that place
        "Northumbria Police charged 19 people in 2023. In Sunderland, 7 people were "
        "charged. Police in the region referred 31 victims for support.",
        [(19, "Northumbria"), (7, "Sunderland"), (31, "Sunderland")],
        id="after-a-town",
    ),
    pytest.param(  # near miss: no back-pointing words: the country's own figures
        "Northumbria Police charged 19 people in 2023. Across the UK, 9,800 people were "
        "charged, and 310 victims were referred for support.",
        [(19, "Northumbria"), (9800, "UK"), (310, "UK")],
        id="no-region-words",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_region_after_a_country(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
