"""A part picked out by "including" right after a count's back-pointing words ("across the
town", "in the county") is of the place those words point back to, as the whole is (rule
``included-after-region``, ``own_places.INCLUDED_AFTER_REGION``, within the area rule
``own-region-words``), not of the body named before it. Every sentence is invented for the
test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers went to Wisbech on Monday. Staff from Cambridgeshire Police visited 19 "
            "businesses across the town, including 11 car washes and five nail bars.",
            [(19, "Wisbech"), (11, "Wisbech"), (5, "Wisbech")],
            id="across-the-town-including-a-list",
        ),
        pytest.param(
            "Inspectors worked in Hereford last month. Staff from West Mercia Police checked "
            "40 takeaways across the city, including 12 nail bars.",
            [(40, "Hereford"), (12, "Hereford")],
            id="across-the-city-including-one",
        ),
        pytest.param(  # near miss: a place of its own after "including"
            "Officers went to Wisbech on Monday. Staff from Cambridgeshire Police visited 19 "
            "businesses across the town, including 11 shops in Chatteris.",
            [(19, "Wisbech"), (11, "Chatteris")],
            id="including-a-place-of-its-own",
        ),
        pytest.param(  # near miss: no back-pointing words before "including"
            "Officers went to Wisbech on Monday. Staff from Cambridgeshire Police visited 19 "
            "businesses, including 11 car washes.",
            [(19, "Cambridgeshire"), (11, "Cambridgeshire")],
            id="no-region-words",
        ),
    ],
)
def test_an_included_part_takes_the_region_words_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
