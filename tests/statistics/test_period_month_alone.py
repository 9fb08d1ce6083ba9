"""A month before "alone" and a verb of count or share (``month_alone_subject``: "August
alone accounted for 410 of them") is the latest such month not after P; no month, a name
or the verb "may" is not; sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 10, 14)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Crews in Kent were called to 930 bin fires over the summer. August alone "
            "accounted for 410 of them.",
            P,
            {410: ("2026-08-01", "2026-08-31")},
            id="month-alone-accounted-for",
        ),
        pytest.param(
            "Officers recorded 2,140 thefts this year, and September alone saw 388 reports in "
            "Derby.",
            P,
            {388: ("2026-09-01", "2026-09-30")},
            id="month-alone-after-and",
        ),
        pytest.param(
            "Wiltshire Police logged 77 hare coursing calls last winter. January alone had 31.",
            dt.date(2026, 3, 2),
            {31: ("2026-01-01", "2026-01-31")},
            id="month-alone-had",
        ),
        # near miss: no month opens the clause
        pytest.param(
            "Teenagers alone accounted for 57 of the 140 arrests in Leeds.",
            P,
            {57: None},
            id="no-month-alone",
        ),
        # near miss: a person named like a month
        pytest.param(
            "April Jones alone had 12 complaints upheld against her.",
            P,
            {12: None},
            id="month-name-person",
        ),
        # near miss: the verb "may"
        pytest.param(
            "Some sites may alone have 15 reports.",
            P,
            {15: None},
            id="may-verb",
        ),
    ],
)
def test_month_alone_subject(
    nlp: Language, periods_of: PeriodsOf, text: str, published: dt.date, expected: object
) -> None:
    found = periods_of(nlp, text, published)
    assert {value: found.get(value) for value in expected} == expected
