"""A body named with its nation's adjective first stands for that nation as a figure's
place ("the Scottish Government will invest £2.5m": Scotland)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.nations import NATION_ADJECTIVES

AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]
"""The ``areas`` fixture (tests/statistics/conftest.py)."""

ROWS = [
    pytest.param(
        "Officers in Dundee made 40 arrests. The Scottish Government will invest £2.5 million "
        "in youth work.",
        [(40, "Dundee"), (2500000, "Scotland")],
        id="scottish-government",
    ),
    pytest.param(
        "Cardiff saw 75 arrests. The Welsh Government has given £400,000 to the scheme.",
        [(75, "Cardiff"), (400000, "Wales")],
        id="welsh-government",
    ),
]


def test_every_adjective_names_a_nation() -> None:
    assert set(NATION_ADJECTIVES.values()) <= {"Scotland", "Wales", "Northern Ireland"}


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_nation_adjectives(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
