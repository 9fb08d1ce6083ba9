"""A sentence opening on the sum just stated with the budget it comes from set off by
commas dates the figures before it ("The money, from the Commissioner's budget for
2026/27, will …": rule ``sum_source_trailer`` of ``back_reference_openings.SUM_SOURCE``).
Near misses: no aside, or an aside with no period, date nothing. Every sentence is invented
for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.back_reference_openings import trails
from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 20)
FY = ("2026-04-01", "2027-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The commissioner has awarded £85,000 to a knife crime project in Luton. "
            "The money, from the Commissioner's budget for 2026/27, will pay for youth workers.",
            {85000: FY},
            id="the-money-from-a-budget",
        ),
        pytest.param(
            "The council has agreed £40,000 for six extra wardens. The funding, which comes "
            "from its community safety grant for 2026/27, starts in June.",
            {40000: FY, 6: FY},
            id="the-funding-which-comes-from",
        ),
        # near misses: no aside with a period
        pytest.param(
            "The commissioner has awarded £85,000 to a knife crime project in Luton. "
            "The money will come from the budget for 2026/27.",
            {85000: None},
            id="no-aside",
        ),
        pytest.param(
            "The commissioner has awarded £85,000 to a knife crime project in Luton. "
            "The money, from the Home Office, will pay for youth workers in 2026/27.",
            {85000: None},
            id="aside-without-a-period",
        ),
    ],
)
def test_a_sum_source_aside_dates_the_sum(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("sentence", "at", "bare", "dates"),
    [
        ("The money, from the PCC's budget for 2026/27, will pay for it.", 34, False, True),
        ("The figures cover April 2024 to March 2025.", 18, True, True),
        ("The figures cover April 2024 to March 2025, with 40 arrests.", 18, False, False),
        ("The money, from the Home Office, will pay for it in 2026/27.", 52, False, False),
    ],
)
def test_trails(sentence: str, at: int, bare: bool, dates: bool) -> None:
    assert trails(sentence, at, lambda: bare) is dates
