"""Shares in brackets of a count of events the sentence opens on ("Most of the positive
roadside tests were for cannabis (64%), followed by cocaine (27%)") narrate the span of the
release's lead as the count would (rule ``bracketed_share_of_events``,
``period_narrative.BRACKETED_SHARE_OF_EVENTS``); they had been left undated. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 10)
SUMMER = ("2025-06-01", "2025-08-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers carried out 900 drug wipes between June and August. Most of the "
            "positive tests were for cannabis (61%), followed by cocaine (22%).",
            {900: SUMMER, 61: SUMMER, 22: SUMMER},
        ),
        (
            "Humberside Police made 420 arrests between June and August. The majority of "
            "the arrests were in Hull (58%).",
            {420: SUMMER, 58: SUMMER},
        ),
        # near misses: shares of a stock, a share not in brackets
        (
            "Officers carried out 900 drug wipes between June and August. Most of the "
            "staff were based in Leeds (60%).",
            {900: SUMMER, 60: None},
        ),
    ],
)
def test_bracketed_shares_of_events_take_the_lead_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
