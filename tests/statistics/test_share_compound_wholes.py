"""A count after a share takes the noun of the share's whole when that noun has two words
before it: rule ``share_of_compound_whole`` of
:func:`pressfacts.statistics.share_wholes.share_whole`, with near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 6, 2)
Y24 = ("2024-01-01", "2024-12-31")

ROWS = [
    (
        "Gwent Police logged 2,300 frauds in 2024. Cars were the most common bait. Nearly a "
        "third of the car sale frauds began online, and more than 400 involved a deposit.",
        [(2300, "frauds", Y24), (33.3, "percent", Y24), (400, "frauds", Y24)],
    ),
    (
        "Cumbria Constabulary logged 800 crimes in 2024. Almost half of all hate crime reports "
        "came from Carlisle, while Barrow recorded 212.",
        [(800, "crimes", Y24), (50, "percent", Y24), (212, "reports", Y24)],
    ),
    (
        "Dorset Police handled 950 calls in 2024. About a quarter of the online shopping "
        "complaints came from Poole, and 61 came from Weymouth.",
        [(950, "calls", Y24), (25, "percent", Y24), (61, "complaints", Y24)],
    ),
    # near misses: a one-word whole still read first (not the noun after its verb); a
    # whole with no plural noun gives nothing; a count with a noun of its own
    (
        "Gwent Police logged 2,300 frauds in 2024. Almost half of the cases involved "
        "cars, and 40 involved vans.",
        [(2300, "frauds", Y24), (50, "percent", Y24), (40, "cases", Y24)],
    ),
    (
        "Gwent Police logged 2,300 frauds in 2024. Almost half of the money went on "
        "patrols, and 40 involved vans.",
        [(2300, "frauds", Y24), (50, "percent", Y24)],
    ),
    (
        "Gwent Police logged 2,300 frauds in 2024. Nearly a third of the car sale frauds "
        "began online, and 40 officers were trained.",
        [(2300, "frauds", Y24), (33.3, "percent", Y24), (40, "officers", Y24)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_count_after_a_share_takes_its_compound_whole(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
