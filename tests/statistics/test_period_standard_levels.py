"""Rule ``held-standard-level`` (``period_now.py``): a share or sum written right before a
noun of standard or target is a benchmark and keeps no period; the figures around it keep
theirs. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 10)

ROWS = [
    pytest.param(
        "Gwent Police answered 83% of 999 calls within 10 seconds in August, short of the "
        "90% standard set by the Home Office.",
        {83.0: ("2025-08-01", "2025-08-31"), 90.0: None},
        id="the-standard",
    ),
    pytest.param(
        "In 2024 the trust met a 95 per cent national target for the first time.",
        {95.0: None},
        id="national-target",
    ),
    pytest.param(
        "Between April and June the council missed its 75% benchmark, reaching 68%.",
        {75.0: None, 68.0: ("2025-04-01", "2025-06-30")},
        id="benchmark",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_standard_keeps_no_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


NEAR_MISSES = [
    pytest.param(
        "In July, 90% of standard calls were answered in Cumbria.",
        {90.0: ("2025-07-01", "2025-07-31")},
        id="noun-between",
    ),
    pytest.param(
        "Officers in Kent hit 40 targets in May.",
        {40.0: ("2025-05-01", "2025-05-31")},
        id="a-count-of-targets",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_other_figures_keep_their_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
