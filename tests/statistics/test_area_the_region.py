""" "The region" after a country named last points back to the release's own area, not to
the country ("Across England and Wales, … Across the region, …"); after a town in the
release's area, to that area ("In Sunderland, … Police in the region …")."""

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
    # after a town the release's area holds, "the region" is that area: no town is a region
    pytest.param(
        "Northumbria Police charged 19 people in 2023. In Sunderland, 7 people were "
        "charged. Police in the region referred 31 victims for support.",
        [(19, "Northumbria"), (7, "Sunderland"), (31, "Northumbria")],
        id="after-a-town",
    ),
    pytest.param(
        "West Midlands Police made 15 arrests. Officers made 9 arrests in Birmingham and 4 in "
        "Coventry. Across the region, crews attended 187 fires.",
        [(15, "West Midlands"), (9, "Birmingham"), (4, "Coventry"), (187, "West Midlands")],
        id="after-towns-listed",
    ),
    pytest.param(  # near miss: a place outside the release's area keeps its own
        "Avon and Somerset Police made 15 arrests. In Cardiff, 7 people were charged. "
        "Police in the region referred 31 victims.",
        [(15, "Avon and Somerset"), (7, "Cardiff"), (31, "Cardiff")],
        id="after-a-town-elsewhere",
    ),
    pytest.param(  # near miss: a region named last stays
        "Cumbria Police made 15 arrests. Across the North West, 700 people were charged. "
        "Police in the region referred 310 victims.",
        [(15, "Cumbria"), (700, "North West"), (310, "North West")],
        id="after-a-region",
    ),
    # a region its own sentence names before the words (a regional body's name)
    pytest.param(
        "Durham Constabulary seized £90,000 in May. The North East Regional Organised Crime "
        "Unit said its teams made 64 arrests across the region.",
        [(90000, "Durham"), (64, "North East")],
        id="region-named-in-its-sentence",
    ),
    pytest.param(  # near miss: a town named in its sentence is no region
        "Durham Constabulary seized £90,000 in May. Officers in Durham made 64 arrests across "
        "the region.",
        [(90000, "Durham"), (64, "Durham")],
        id="town-named-in-its-sentence",
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
