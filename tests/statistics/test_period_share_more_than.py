"""A count followed by ", <a share in words> more/fewer than <a yardstick period>" keeps
the period of the sentences before it; the yardstick dates only the change (rule
``share_more_than_yardstick`` of ``period_levels.YARDSTICK_GAP``). Every sentence is
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

LEAD = (
    "Kent Police recorded 4,200 thefts in the 12 months to June 2026, compared with 3,800 "
    "in the previous 12 months. "
)
LATER = ("2025-07-01", "2026-06-30")
BOTH = ("2024-07-01", "2026-06-30")


@pytest.mark.parametrize(
    ("sentence", "value", "expected", "change"),
    [
        pytest.param(
            "Bike thefts made up 510 of the total, almost a quarter more than a year earlier.",
            510,
            LATER,
            25.0,
            id="almost-a-quarter-more",
        ),
        pytest.param(
            "Shed break-ins made up 230 of them, a third fewer than a year before.",
            230,
            LATER,
            33.3,
            id="a-third-fewer",
        ),
        pytest.param(
            "Officers recorded 96 thefts from vans, nearly half more than a year earlier.",
            96,
            LATER,
            50.0,
            id="nearly-half-more",
        ),
        # near misses: a count's own comparison (already a yardstick gap)
        pytest.param(
            "Bike thefts made up 510 of the total, 120 more than a year earlier.",
            510,
            LATER,
            120.0,
            id="count-more-than",
        ),
        pytest.param(
            "Bike thefts made up 510 of the total, 25% more than a year earlier.",
            510,
            LATER,
            25.0,
            id="percent-more-than",
        ),
    ],
)
def test_a_share_more_than_a_yardstick_dates_only_the_change(
    nlp: Language,
    periods_of: PeriodsOf,
    sentence: str,
    value: float,
    expected: tuple[str, str],
    change: float,
) -> None:
    found = periods_of(nlp, LEAD + sentence, dt.date(2026, 7, 20))
    assert found[float(value)] == expected
    assert found[change] == BOTH


def test_a_qualified_length_of_time_is_no_share(nlp: Language, periods_of: PeriodsOf) -> None:
    """Near miss: "more than a year" with no share before it is no yardstick gap."""
    found = periods_of(
        nlp,
        "Surrey Police recorded 300 burglaries in 2025. Of those, 45 were solved more than a "
        "year after the offence.",
        dt.date(2026, 3, 2),
    )
    assert found[45.0] == ("2025-01-01", "2025-12-31")
