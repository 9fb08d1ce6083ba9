"""The rate of the figures just stated, told again for a place named with "region",
"area" or "county" after it, takes their period. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 4)
YEAR = ("2024-10-01", "2025-09-30")

ROWS = [
    pytest.param(
        "Forces recorded 48,900 knife offences across England and Wales in the 12 months "
        "to September. In the North East region the rate was 171 offences per 100,000 people.",
        {48900.0: YEAR, 171.0: YEAR},
        id="region",
    ),
    pytest.param(
        "Police logged 3,200 assaults on staff in the year ending September 2025. In the "
        "Gwent force area, the rate was 41 per 1,000 officers.",
        {3200.0: YEAR, 41.0: YEAR},
        id="force-area",
    ),
    pytest.param(
        "Officers recorded 930 burglaries in the year ending September 2025. Across Kent "
        "county the rate was 6 per 1,000 homes.",
        {930.0: YEAR, 6.0: YEAR},
        id="county",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_rate_for_a_named_region(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
