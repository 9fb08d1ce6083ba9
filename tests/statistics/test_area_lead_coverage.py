"""A lead body's coverage states the document's area (``LEAD_COVERAGE``).

"The X Helpline, which covers England and Wales, took …": the place the lead's body
covers is the scope of the release, so a later figure whose sentence names no place
takes it. Sentences written for these tests; near misses keep no such area.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

CASES: list[tuple[str, list[tuple[float, str | None]]]] = [
    (
        "The Harassment Advice Line, which covers England and Wales, took 5,210 calls last "
        "year, the Ashdown Trust said as its awareness week began. More than 60% of callers "
        "were women, and almost half said the person was an ex-partner.",
        [(5210, "England and Wales"), (60, "England and Wales"), (50, "England and Wales")],
    ),
    (
        "The Ashdown Trust's helpline, which covers Wales, took 900 calls in 2023. The trust "
        "trained 1,200 professionals in the same year.",
        [(900, "Wales"), (1200, "Wales")],
    ),
    (
        "The Safe Nights Trust, which serves Scotland, trained 900 bar staff in 2023. "
        "It also handed out 4,000 leaflets.",
        [(900, "Scotland"), (4000, "Scotland")],
    ),
]

NEAR_MISSES: list[tuple[str, list[tuple[float, str | None]]]] = [
    # "covers" the cost, not a place: no area from the lead
    (
        "The Safe Nights Trust said a grant covers the cost of 40 volunteers. "
        "It also handed out 4,000 leaflets.",
        [(40, None), (4000, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_area_lead_coverage(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sorted(areas(nlp, text)) == sorted(expected)
