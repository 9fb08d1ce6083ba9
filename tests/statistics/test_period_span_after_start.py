""" "in the six months after the nurses started in April": N weeks or months after
something began in a month are those weeks or months from its first day (rule
``span_after_start``; sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2025, 11, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the six months after the nurses started in April, officers made 204 referrals.",
         [("In the six months after the nurses started in April", "2025-04-01", "2025-09-30")]),
        ("During the first 12 weeks since the hub opened in May 2024, it saw 310 people.",
         [("During the first 12 weeks since the hub opened in May 2024", "2024-05-01",
           "2024-07-23")]),
        ("Over the three months after the scheme was launched in June, 95 bikes were marked.",
         [("Over the three months after the scheme was launched in June", "2025-06-01",
           "2025-08-31")]),
        # near misses: no "in/during the" before the span; no verb of beginning; a span
        # not over by P is a pledge
        ("He was freed six months after he was jailed in April.", [("in April", "2025-04-01",
                                                                     "2025-04-30")]),
        ("In the six months after the verdict in April, 40 people called.",
         [("in April", "2025-04-01", "2025-04-30")]),
        ("In the six months after the unit started in October, it expects 300 calls.", []),
    ],
)  # fmt: skip
def test_span_after_start(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
