"""A storm, flood or fire that came, dated after "since" with its irregular past verb,
starts a span to the publication date (rule ``since_event_struck``, read by
``since_event_day`` and the like): "since Storm Ivor struck on 9 January", "since the floods
hit in November". Near misses: the verb with no date after it, and "hit" as a target met,
stay as they were. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 10)

ROWS = [
    pytest.param(
        "Police have received 37 reports since Storm Ivor struck on 9 January.",
        {37.0: ("2026-01-09", "2026-03-10")},
        id="storm-struck-on-a-day",
    ),
    pytest.param(
        "Officers in Cumbria have made 12 arrests since the floods hit in November.",
        {12.0: ("2025-11-01", "2026-03-10")},
        id="floods-hit-in-a-month",
    ),
    pytest.param(
        "The charity has taken 400 calls since the river burst its banks on 4 March.",
        {400.0: ("2026-03-04", "2026-03-10")},
        id="river-burst-its-banks",
    ),
    pytest.param(
        "Reports of rogue roofers have risen by 20% since the fire broke out on 2 February.",
        {20.0: ("2026-02-02", "2026-03-10")},
        id="fire-broke-out",
    ),
    # near misses
    pytest.param(
        "Since the storm hit, volunteers have visited 40 homes.",
        {40.0: None},
        id="no-date-after-the-verb",
    ),
    pytest.param(
        "The team has hit 90% of its targets since 2022.",
        {90.0: ("2022-01-01", "2026-03-10")},
        id="hit-a-target-since-a-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_since_an_event_that_struck(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
