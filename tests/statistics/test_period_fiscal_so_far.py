"""A stated financial year with "so far" / "to date" after it runs from its 1 April to P
(``fiscal_year_so_far`` in ``period_parts``). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

P = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The unit logged 412 complaints in the 2025/26 financial year so far.",
         [("2025-04-01", "2025-11-20")]),
        ("Detectives have made 40 arrests during 2025-26 to date, the force said.",
         [("2025-04-01", "2025-11-20")]),
        ("The council has paid out £9,200 for 2025/2026 thus far.",
         [("2025-04-01", "2025-11-20")]),
        # a year already over by P: the whole of it
        ("The total for 2024/25 to date stood at 88 cases.",
         [("2024-04-01", "2025-03-31")]),
        # near misses: a financial year alone, and "so far as" (a manner): the whole year
        ("In 2025/26, the team took 90 reports.", [("2025-04-01", "2026-03-31")]),
        ("In 2024/25 so far as we know, the service made 30 referrals.",
         [("2024-04-01", "2025-03-31")]),
        # near miss: a year not begun by P: undated
        ("Funding of £50,000 in the 2026/27 financial year so far is pledged.", []),
    ],
)  # fmt: skip
def test_a_stated_financial_year_so_far(text: str, expected: object) -> None:
    assert [
        (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, P)
        if p.kind != UNRESOLVED
    ] == expected
