"""Back-pointing words right after a figure ("48 people across the region") take the
area they point back to even when its name holds "and" ("Yorkshire and the Humber", "Avon
and Somerset"), when the places gazetteer lists it as one place: a list of places named
before ("Norfolk and Suffolk") is none that back-pointing words name (rule
``own-area-with-and`` of the area rule ``own-region-words``,
``figure_areas._own_region_words``). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Courier fraud in Yorkshire and the Humber cost victims £2m in 2024, the region's"
        " organised crime unit said. Officers from West Yorkshire Police and Humberside Police"
        " called on 48 people across the region.",
        [(2000000.0, "Yorkshire and the Humber"), (48.0, "Yorkshire and the Humber")],
        id="region-after-listed-forces",
    ),
    pytest.param(
        "Van thefts in Avon and Somerset rose to 870 in 2024. Officers from Bristol and Bath"
        " neighbourhood teams recovered 36 vans across the area.",
        [(870.0, "Avon and Somerset"), (36.0, "Avon and Somerset")],
        id="area-after-listed-towns",
    ),
    # near misses: a list of places named before, not the release's own area (read as
    # before); no back-pointing words
    pytest.param(
        "Kent Police said burglaries rose in 2024. Thefts from vans rose in Dover and"
        " Folkestone. Officers seized 31 bikes across the area.",
        [(31.0, "Dover and Folkestone")],
        id="area-after-a-list-of-towns",
    ),
    pytest.param(
        "Thefts rose in Norfolk and Suffolk last year. Officers from the two forces seized 31"
        " vehicles across the county.",
        [(31.0, "Norfolk and Suffolk")],
        id="county-after-a-list-of-counties",
    ),
    pytest.param(
        "Courier fraud in Yorkshire and the Humber cost victims £2m in 2024. Officers from"
        " West Yorkshire Police and Humberside Police called on 48 people.",
        [(2000000.0, "Yorkshire and the Humber"), (48.0, "West Yorkshire and Humberside")],
        id="no-back-pointing-words",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_own_area_with_and(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
