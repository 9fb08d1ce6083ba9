"""School terms, halves of a month and spans counted from a holiday, in sentences: the
rules ``autumn_term``, ``term_so_far``, ``half_of_month`` and ``days_around_holiday``."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

AUTUMN = dt.date(2025, 11, 20)
SPRING = dt.date(2026, 2, 10)

ROWS = [
    # the autumn term: with a year, September to December; this one, so far
    ("Schools logged 84 incidents in the autumn term of 2024.", AUTUMN,
     [("in the autumn term of 2024", "2024-09-01", "2024-12-31")]),
    ("Wardens issued 31 fines this autumn term.", AUTUMN,
     [("this autumn term", "2025-09-01", "2025-11-20")]),
    ("Wardens issued 31 fines last autumn term.", SPRING,
     [("last autumn term", "2025-09-01", "2025-12-31")]),
    # a term so far: from 1 September while the autumn term runs
    ("Officers have visited 26 schools since the start of term.", AUTUMN,
     [("since the start of term", "2025-09-01", "2025-11-20")]),
    ("There have been 12 reports so far this term.", AUTUMN,
     [("so far this term", "2025-09-01", "2025-11-20")]),
    ("There have been 40 referrals since the start of the autumn term.", SPRING,
     [("since the start of the autumn term", "2025-09-01", "2026-02-10")]),
    # near misses: another term began when is unsaid; "the long term"; a half-term week
    ("Officers have visited 26 schools since the start of term.", SPRING, []),
    ("The scheme will cut thefts in the long term, with 30 more patrols.", AUTUMN, []),
    ("There were 9 fires during the autumn half-term.", AUTUMN, []),
    # halves of a month
    ("There were 52 thefts in the second half of October.", AUTUMN,
     [("the second half of October", "2025-10-16", "2025-10-31")]),
    ("There were 52 thefts in the first half of June 2024.", AUTUMN,
     [("the first half of June 2024", "2024-06-01", "2024-06-15")]),
    ("There were 52 thefts in the latter half of February 2024.", AUTUMN,
     [("the latter half of February 2024", "2024-02-16", "2024-02-29")]),
    # spans counted from a holiday, the latest begun by P
    ("Officers stopped 310 drivers in the week before Christmas.", SPRING,
     [("in the week before Christmas", "2025-12-18", "2025-12-24")]),
    ("Crews attended 47 fires in the 10 days leading up to Bonfire Night.", AUTUMN,
     [("in the 10 days leading up to Bonfire Night", "2025-10-26", "2025-11-04")]),
    ("Calls rose to 96 in the fortnight after Easter 2025.", AUTUMN,
     [("in the fortnight after Easter 2025", "2025-04-21", "2025-05-04")]),
    ("There were 15 assaults in the three nights following Boxing Day.", SPRING,
     [("in the three nights following Boxing Day", "2025-12-27", "2025-12-29")]),
    # near misses: how many days is unsaid
    ("Shops reported 30 thefts in the days before Christmas.", SPRING, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), ROWS)
def test_terms_halves_and_holiday_spans(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert dated_phrases(text, published) == expected
