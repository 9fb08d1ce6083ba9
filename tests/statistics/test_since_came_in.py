"""A law, ban or order that "came in" before its month ("since the injunction came in last
May", "since the new rules came in in March"): from that month to P, as "came into force"
is read (``since_start_month``); not "came in" with no month after it, nor a thing that
"came in" outside a "since" span."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since the order came in last March, Cleveland Police has seized 214 cars.",
            {214: ("2024-03-01", "2025-09-16")},
        ),
        (
            "Officers in Leeds have stopped 88 drivers since the new byelaw came in last October.",
            {88: ("2024-10-01", "2025-09-16")},
        ),
        (
            "Kent Police has issued 57 warnings since the curfew came in in June.",
            {57: ("2025-06-01", "2025-09-16")},
        ),
        # near misses: no "since" (the month alone), no month after "came in"
        (
            "The first 31 reports came in last March, Cleveland Police said.",
            {31: ("2024-03-01", "2024-03-31")},
        ),
        (
            "Since the order came in, Cleveland Police has seized 214 cars in March.",
            {214: ("2025-03-01", "2025-03-31")},
        ),
    ],
)
def test_since_a_law_came_in(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
