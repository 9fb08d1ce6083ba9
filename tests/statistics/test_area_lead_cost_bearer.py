"""A place that bears what the lead counts states the document's area (``LEAD_COST_BEARER``).

"Rural theft cost the UK an estimated £46.2m": the place the cost falls on is the scope
of the release, so a later figure whose sentence names no place takes it, as after "in"
or "across" a place. Sentences written for these tests; near misses keep no such area.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

CASES: list[tuple[str, list[tuple[float, str | None]]]] = [
    (
        "Tractor theft cost the UK £9.4m last year, the insurer said. GPS kits made up "
        "£2.1m of claims.",
        [(9400000, "UK"), (2100000, "UK")],
    ),
    (
        "Fly-tipping on farmland is costing Scotland about £3m a year. Councils cleared "
        "14,000 dumps in 2024.",
        [(3000000, "Scotland"), (14000, "Scotland")],
    ),
    (
        "Dog attacks on sheep cost Wales £1.2m in 2025, a survey found. Farmers lost 2,300 ewes.",
        [(1200000, "Wales"), (2300, "Wales")],
    ),
    (
        "The cost to England of wildlife crime reached £18m in 2024. Police logged 3,900 reports.",
        [(18000000, "England"), (3900, "England")],
    ),
]

NEAR_MISSES: list[tuple[str, list[tuple[float, str | None]]]] = [
    # a place that is no cost's bearer ("cost" of something else, a place of a part) gives
    # the lead no scope
    (
        "The insurer said thefts cost farmers £9.4m, with a farm near Dumfries losing 40 "
        "ewes. Claims rose by 12%.",
        [(9400000, None), (40, "Dumfries"), (12, None)],
    ),
    (
        "The cost of quad bike thefts reached £3m, the insurer said. It paid 610 claims.",
        [(3000000, None), (610, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_area_lead_cost_bearer(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sorted(areas(nlp, text)) == sorted(expected)
