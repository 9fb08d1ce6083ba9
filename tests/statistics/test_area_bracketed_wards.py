"""Wards listed with their counts in brackets after "X ward, with N, followed by" are the
areas of those counts (district rule ``bracketed_wards``,
pressfacts.statistics.district_names). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Reports of damp were highest in Ashby Vale ward, with 92, followed by Elmfield (61) "
        "and Northgate (40).",
        [(92, "Ashby Vale"), (61, "Elmfield"), (40, "Northgate")],
        id="two-bracketed",
    ),
    pytest.param(
        "Noise complaints were highest in Kestrel Hill ward, with 210, followed by Brookside "
        "(150), Longmoor (98) and Fenby (41).",
        [(210, "Kestrel Hill"), (150, "Brookside"), (98, "Longmoor"), (41, "Fenby")],
        id="three-bracketed",
    ),
    # near miss: no ward named first, so the bracketed names are not read as wards
    pytest.param(
        "Reports of damp were highest in Ashby Vale, with 92, followed by Elmfield (61).",
        [(92, None), (61, None)],
        id="near-miss-no-ward",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_bracketed_wards(nlp: Language, areas: AreasOf, text: str, expected: list[object]) -> None:
    """(value, area) of each figure."""
    assert areas(nlp, text) == expected
