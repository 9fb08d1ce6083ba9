"""A share told in the past tense whose whole is a count of events ("were the victims in
nearly half of cases") narrates the release's lead span as that count would (rule
``share_of_event_count`` of ``period_narrative.NARRATIVE_CARRY``). Every sentence is invented
for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 7)
LEAD = "Cumbria Constabulary logged 804 assaults on staff in 2025. "
Y2025 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            LEAD + "Officers were the victims in nearly half of cases.",
            {804: Y2025, 50: Y2025},
            id="half-of-cases",
        ),
        pytest.param(
            LEAD + "Door staff were involved in 35% of incidents.",
            {804: Y2025, 35: Y2025},
            id="percent-of-incidents",
        ),
        # near misses: the present tense; a whole that is no count of events
        pytest.param(
            LEAD + "Officers are the victims in nearly half of cases.",
            {804: Y2025, 50: None},
            id="present-tense",
        ),
        pytest.param(
            LEAD + "Officers were the victims in nearly half of cases nationally.",
            {804: Y2025, 50: None},
            id="a-whole-of-its-own",
        ),
        pytest.param(
            LEAD + "Officers were the victims on nearly half of shifts.",
            {804: Y2025, 50: None},
            id="shifts-are-no-events",
        ),
    ],
)
def test_a_share_of_events_narrates_the_lead_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
