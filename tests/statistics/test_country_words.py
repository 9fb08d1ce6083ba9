"""Words that point to the nation of the area named last ("across the country",
"nationally", "nationwide"): the figure's area is that nation, not the town."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]
"""The ``areas`` fixture (tests/statistics/conftest.py)."""

ROWS = [
    pytest.param(
        "Officers in Dundee seized 48 knives. The charity works with 900 schools across the "
        "country.",
        [(48, "Dundee"), (900, "Scotland")],
        id="across-the-country",
    ),
    pytest.param(
        "Leeds recorded 310 burglaries in May. Nationally, burglaries fell by 4%.",
        [(310, "Leeds"), (4, "England")],
        id="nationally",
    ),
    pytest.param(
        "Cardiff saw 75 arrests. The campaign reached 2,000 drivers nationwide.",
        [(75, "Cardiff"), (2000, "Wales")],
        id="nationwide",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_country_words(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
