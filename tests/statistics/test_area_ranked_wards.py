"""Wards a text ranks are the areas of their counts (district rule ``ranked_wards``,
pressfacts.statistics.district_names); only in a text ranking by ward. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "By ward, Ashby Vale had the most thefts last year, with 92, followed by Elmfield "
        "with 61 and Northgate with 40.",
        [(92, "Ashby Vale"), (61, "Elmfield"), (40, "Northgate")],
        id="ranked-wards",
    ),
    pytest.param(
        "By ward, Holme and Fenby recorded the most reports in 2023, with 310, followed by "
        "Castle and Priory with 204.",
        [(310, "Holme and Fenby"), (204, "Castle and Priory")],
        id="joined-ward-names",
    ),
    # near miss: shops ranked, no ward
    pytest.param(
        "Tesco recorded the most thefts last year, with 92, followed by Boots with 61.",
        [(92, None), (61, None)],
        id="not-by-ward",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_ranked_wards(nlp: Language, areas: AreasOf, text: str, expected: list[object]) -> None:
    """(value, area) of each figure."""
    assert areas(nlp, text) == expected
