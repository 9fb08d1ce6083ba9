"""A count whose own verb is a perfect with the adverb "since" ("six people have since been
cautioned") runs from the start of the period carried to it to the publication date (rule
``since-then-perfect``, ``period_now.SINCE_THEN``); a relative aside or a verb without
"since" keeps the period. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 1, 27)
SUMMER = ("2025-06-01", "2025-08-31")
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Last summer, bailiffs seized 23 nets on the Usk, and nine men have since been fined.",
            {23: SUMMER, 9: ("2025-06-01", "2026-01-27")},
            id="same-sentence",
        ),
        pytest.param(
            "In 2024, 31 setts were damaged in Shropshire. Eleven of the owners have since "
            "been prosecuted.",
            {31: Y2024, 11: ("2024-01-01", "2026-01-27")},
            id="next-sentence",
        ),
        # near misses: a relative aside; no "since"
        pytest.param(
            "In 2024, 14 wardens, who have since retired, made 52 seizures.",
            {14: Y2024, 52: Y2024},
            id="near-miss-relative-aside",
        ),
        pytest.param(
            "Last summer, bailiffs seized 23 nets on the Usk, and nine men were fined.",
            {23: SUMMER, 9: SUMMER},
            id="near-miss-no-since",
        ),
    ],
)
def test_a_count_since_then(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert {k: v for k, v in periods_of(nlp, text, P).items() if k in expected} == expected
