"""City regions (the areas of combined authorities) are places of ``places.txt`` (with the
region or nation they lie in, in ``place_within.txt``), so a figure takes the whole city
region its sentence names, not the city inside the name. Every sentence is invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The charity said it had received 212 reports from the Liverpool City Region in 2025.",
            [(212, "Liverpool City Region")],
            id="liverpool-city-region",
        ),
        pytest.param(
            "Volunteers handed out 3,400 alarms across the Sheffield City Region last year.",
            [(3400, "Sheffield City Region")],
            id="sheffield-city-region",
        ),
        pytest.param(
            "Police Scotland recorded 640 thefts in the Glasgow City Region in 2025.",
            [(640, "Glasgow City Region")],
            id="glasgow-city-region-over-the-force",
        ),
        pytest.param(
            "The scheme reached 95 schools in the Cardiff Capital Region in 2025.",
            [(95, "Cardiff Capital Region")],
            id="capital-region",
        ),
        # near misses: the city alone stays the city
        pytest.param(
            "The charity said it had received 212 reports from Liverpool in 2025.",
            [(212, "Liverpool")],
            id="city-alone",
        ),
        pytest.param(
            "Police Scotland made 48 arrests in Glasgow in 2025.",
            [(48, "Glasgow")],
            id="glasgow-alone",
        ),
    ],
)
def test_a_city_region_figure_takes_the_city_region(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
