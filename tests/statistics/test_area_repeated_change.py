"""A figure stated again for a district keeps the first statement's area only when it is
the same kind of figure (``repeated_figures`` rule ``same_change_restated``): a change of a
district is no restatement of a level of the area with the same value ("One in four
victims was a man. Reports in Maidstone rose by a quarter"), and a level no restatement of
a change. Sentences invented for these tests, with near misses where the district's figure
is the same statistic stated again and keeps the area."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

CASES: list[tuple[str, list[tuple[float, str | None]]]] = [
    (
        "Kent Police recorded 2,140 stalking offences last year. One in four victims was a "
        "man. Reports in Maidstone rose by a quarter over the same period.",
        [(2140, "Kent"), (25, "Kent"), (25, "Maidstone")],
    ),
    (
        "Sussex Police recorded 1,980 harassment offences last year, and 30% of them were "
        "online. Reports in Hastings went up by 30% over the same period.",
        [(1980, "Sussex"), (30, "Sussex"), (30, "Hastings")],
    ),
    (
        "Greater Manchester Police said harassment reports rose by 12% last year. In Salford, "
        "12% of the reports involved a former partner.",
        [(12, "Greater Manchester"), (12, "Salford")],
    ),
    # near misses: the same count stated again for a district is one statistic
    (
        "Officers arrested three men across Dyfed-Powys last week. Three men were later "
        "charged in Aberystwyth.",
        [(3, "Dyfed-Powys"), (3, "Dyfed-Powys")],
    ),
    (
        "Reports across Kent rose by 15% last year. Reports in Maidstone rose by 15% too.",
        [(15, "Kent"), (15, "Kent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_area_repeated_change(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
