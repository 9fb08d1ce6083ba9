"""A level a change started from, with its own period right after it ("…, up from 71% in
2024/25"), keeps that period even when an earlier sentence compared that same span with
the year before it (``period_levels.own_period_after``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_levels import own_period_after
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 12, 3)

ROWS = [
    pytest.param(
        "Norfolk's advisers saw 1,240 clients in 2024/25, a rise of 9% on the previous year. "
        "Satisfaction reached 88% between April and September, up from 80% in 2024/25.",
        {80.0: ("2024-04-01", "2025-03-31")},
        id="a-financial-year-compared-before",
    ),
    pytest.param(
        "Calls in Kent rose to 5,400 in 2024, 12% more than the year before. Answer rates "
        "improved to 91% in October, up from 84 per cent in 2024.",
        {84.0: ("2024-01-01", "2024-12-31")},
        id="a-calendar-year-compared-before",
    ),
    pytest.param(
        "Arrests in Hull fell to 310 in 2024/25, down 6% on the previous year. Charges were "
        "issued in 52% of cases this autumn, down from 57% of cases during 2024/25.",
        {57.0: ("2024-04-01", "2025-03-31")},
        id="a-level-with-its-noun-and-during",
    ),
    # the level's period stated after the later level: the comparison's earlier half
    pytest.param(
        "Referrals in Bath rose from 30% to 41%, in 2024 compared with the previous year.",
        {30.0: ("2023-01-01", "2023-12-31")},
        id="from-then-to-keeps-the-earlier-half",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_level_keeps_its_own_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected


def test_the_gap_is_the_level_and_in() -> None:
    from pressfacts.findings import PeriodFinding

    text = "up from 71% in 2024/25 and from 5% to 10%, in 2024"
    own = PeriodFinding(15, 22, dt.date(2024, 4, 1), dt.date(2025, 3, 31), "explicit")
    late = PeriodFinding(46, 50, dt.date(2024, 1, 1), dt.date(2024, 12, 31), "explicit")
    assert own_period_after(text, text.index("71%"), own)
    assert not own_period_after(text, text.index("5%"), late)
