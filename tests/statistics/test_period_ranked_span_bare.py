"""A span ranked straight before "since" ("the busiest quarter since it opened", "its
quietest year since 2019") is a yardstick, not the figure's period: the figure keeps the
period its sentence states (rule part ``ranked_span_bare`` of ``superlative_since``,
``period_superlatives._RANKED_SPAN``). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 8, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Between April and June 2025, the advice line took 1,840 calls, the busiest quarter "
            "since it opened.",
            {1840: ("2025-04-01", "2025-06-30")},
            id="busiest-quarter-since-it-opened",
        ),
        pytest.param(
            "In 2024 the refuge housed 212 women, its busiest year since the service began.",
            {212: ("2024-01-01", "2024-12-31")},
            id="busiest-year-since-the-service-began",
        ),
        pytest.param(
            "In July 2025 the team answered 95 calls, the quietest month since we started.",
            {95: ("2025-07-01", "2025-07-31")},
            id="quietest-month-since-we-started",
        ),
        # near misses: "since" opening its own clause after the ranking; "since" with no
        # ranked span before it
        pytest.param(
            "It was the busiest quarter, and since it opened the line has taken 9,400 calls.",
            {9400: None},
            id="near-miss-since-after-a-comma",
        ),
        pytest.param(
            "Since the service began in 2021, the refuge has housed 640 women.",
            {640: ("2021-01-01", "2025-08-14")},
            id="near-miss-since-alone",
        ),
    ],
)
def test_a_ranked_span_before_since_is_a_yardstick(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
