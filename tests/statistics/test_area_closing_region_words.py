"""Back-pointing words that close a figure's sentence ("… in connection with bin fires in
the city.") give the city or town named before, not the area of the force the clause
names (``region_areas.CLOSING_REGION_WORDS``, rule ``closing_region_words`` of the area
rule ``own-region-words``). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Car fires rose in Sheffield last year. South Yorkshire Police has arrested 14 people,"
        " including six boys aged 14 to 16, in connection with car fires in the city.",
        [(14.0, "Sheffield"), (6.0, "Sheffield")],
        id="force-then-in-the-city",
    ),
    pytest.param(
        "Shop thefts rose in Exeter. Devon and Cornwall Police has arrested 40 people, most of"
        " them teenagers, for shoplifting in the city.",
        [(40.0, "Exeter")],
        id="a-gloss-between",
    ),
    # near misses: a place named after the figure; the city centre; no back-pointing words
    pytest.param(
        "Shop thefts rose in Exeter. Devon and Cornwall Police has arrested 40 people in"
        " Plymouth for shoplifting in the city.",
        [(40.0, "Plymouth")],
        id="a-place-after-the-figure",
    ),
    pytest.param(
        "Shop thefts rose in Exeter. Devon and Cornwall Police has arrested 40 people for"
        " shoplifting, officers said.",
        [(40.0, "Devon and Cornwall")],
        id="no-back-pointing-words",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_closing_region_words(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
