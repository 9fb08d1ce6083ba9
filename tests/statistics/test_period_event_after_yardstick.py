"""A count set against a bare yardstick in a sentence naming an event, with the event
dated in the sentence after, is counted over the event (rule ``event_after_yardstick``,
:func:`pressfacts.statistics.period_events.event_after_yardstick`). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_events import event_after_yardstick
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 6)

ROWS = [
    pytest.param(
        "Norfolk Police arrested 188 people on suspicion of drink driving during its summer "
        "campaign, a rise of a fifth on last year. The campaign, which ran from 1 June to "
        "31 August, also saw 40 drug drivers arrested.",
        188,
        ("2025-06-01", "2025-08-31"),
        id="campaign-dated-in-a-relative-clause-after",
    ),
    pytest.param(
        "Officers in Hull seized 52 knives during a week of action, 20 more than in 2024. "
        "The operation ran from 13 to 19 October.",
        52,
        ("2025-10-13", "2025-10-19"),
        id="week-of-action-then-the-operation-ran",
    ),
    # near miss: no event named in the figure's sentence
    pytest.param(
        "Norfolk Police arrested 188 people for drink driving, a rise of a fifth on last "
        "year. Officers also ran a campaign. The campaign ran from 1 June to 31 August.",
        188,
        None,
        id="no-event-named",
    ),
]


@pytest.mark.parametrize(("text", "value", "period"), ROWS)
def test_event_after_yardstick(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, period: tuple[str, str] | None
) -> None:
    assert periods_of(nlp, text, P)[value] == period


def test_an_event_dated_before_the_yardstick_is_not_the_counts() -> None:
    """The function itself: an event that starts before the yardstick ends is no span the
    count was measured over."""
    yardstick = PeriodFinding(0, 4, dt.date(2025, 1, 1), dt.date(2025, 12, 31), "explicit")
    event = PeriodFinding(60, 80, dt.date(2024, 10, 13), dt.date(2024, 10, 19), "explicit")
    later = PeriodFinding(60, 80, dt.date(2026, 10, 12), dt.date(2026, 10, 18), "explicit")
    sentence = "Officers seized 52 knives during a week of action, 20 more than in 2025."
    assert event_after_yardstick(sentence, event, yardstick) is None
    assert event_after_yardstick(sentence, later, yardstick) == later
    assert event_after_yardstick("Officers seized 52 knives.", later, yardstick) is None
