"""A count led by "including" that opens a list of places, each with its own count, is a
part of the count before, its noun left unsaid (elided rule ``including_place_list``):
"2,115 assaults in 2025, including 312 in Staffordshire, 148 in Shropshire and 57 in
Herefordshire". Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 5, 4)
Y2025 = ("2025-01-01", "2025-12-31")

ROWS = [
    pytest.param(
        "The trust's crews reported 1,930 assaults in 2025, including 402 in Cumbria, 211 in "
        "Lancashire and 96 in Merseyside.",
        [(1930.0, "assaults", Y2025), (402.0, "assaults", Y2025), (211.0, "assaults", Y2025),
         (96.0, "assaults", Y2025)],
        id="three-counties",
    ),
    pytest.param(
        "Firefighters faced 64 attacks in 2025, including nine in Grimsby and four in "
        "Scunthorpe.",
        [(64.0, "attacks", Y2025), (9.0, "attacks", Y2025), (4.0, "attacks", Y2025)],
        id="number-words",
    ),
    pytest.param(
        "Officers made 310 arrests in 2025, including 45 in the Wirral, 38 in St Helens and 12 "
        "in Knowsley.",
        [(310.0, "arrests", Y2025), (45.0, "arrests", Y2025), (38.0, "arrests", Y2025),
         (12.0, "arrests", Y2025)],
        id="the-place",
    ),
    # near misses: one place alone (a place may open a new count); a noun after the next
    # count
    pytest.param(
        "Officers made 310 arrests in 2025, including 45 in Warrington.",
        [(310.0, "arrests", Y2025)],
        id="one-place",
    ),
    pytest.param(
        "Officers made 310 arrests in 2025, including 45 in Warrington and 12 children.",
        [(310.0, "arrests", Y2025), (12.0, "children", Y2025)],
        id="no-second-place",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_including_place_list(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
