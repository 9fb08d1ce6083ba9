"""A change told again for a place with the measure named again ("Across the Humber
region, the cost rose by 4%") speaks of the figures just stated and takes their period
(back-reference rule ``it_changed``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 6)
Y2024 = ("2024-01-01", "2024-12-31")

ROWS = [
    pytest.param(
        "The cost of farm theft in Devon fell by 9% last year to £1.2m. Across the South "
        "West region, the cost fell by 3% to £7.4m.",
        {9: Y2024, 1200000: Y2024, 3: Y2024, 7400000: Y2024},
        id="across-the-region-the-cost",
    ),
    pytest.param(
        "Losses to romance fraud in Kent rose by 14% last year. In Medway, the total rose by 22%.",
        {14: Y2024, 22: Y2024},
        id="in-a-town-the-total",
    ),
    pytest.param(
        "More knife offences were recorded on Briggate than on any other street in Leeds "
        "last year. Across the force area, knife crime fell by 6% to 4,912 offences.",
        {6: Y2024, 4912: Y2024},
        id="across-the-force-area-a-measure-of-two-words",
    ),
    # near misses: the measure named again with no place opening it; a cost of its own span
    pytest.param(
        "The cost of farm theft in Devon fell by 9% last year. The cost rose by 3%.",
        {9: Y2024, 3: None},
        id="no-place-opening",
    ),
    pytest.param(
        "The cost of farm theft in Devon fell by 9% last year. In Somerset, the cost rose "
        "by 3% in 2022.",
        {9: Y2024, 3: ("2022-01-01", "2022-12-31")},
        id="a-span-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_place_change_again(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
