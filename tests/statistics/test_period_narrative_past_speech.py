"""A count told in the past tense after the release's lead period takes that period though a
quoted paragraph stands between (rule ``narrative_past_speech``: speech does not count among
the sentences :data:`~pressfacts.statistics.period_narrative.NARRATIVE_REACH` allows, for a
count of events or a share).
Sentences written for these tests; the near misses (three sentences of narration between, a
count in the present, a sum of money) stay undated."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 4, 15)
MARCH = ("2025-03-01", "2025-03-31")
Q1 = ("2025-01-01", "2025-03-31")

ROWS: list[tuple[str, float, tuple[str, str] | None]] = [
    (
        "Officers made 310 arrests across Cardiff in March. Chief Inspector Dawn Pryor "
        'said: "This was hard work. We were out every night. I am proud of the team." '
        "Officers also issued 95 fines.",
        95,
        MARCH,
    ),
    (
        "Staff answered 2,400 calls between January and March.\n\n"
        '"Every call matters," said the centre manager. "Some callers were in danger. '
        'Others needed advice.\n\n"We listened to all of them."\n\n'
        "A further 310 calls were passed to police.",
        310,
        Q1,
    ),
    (
        "Officers made 310 arrests across Cardiff in March. Chief Inspector Dawn Pryor "
        'said: "This was hard work. We were out every night. I am proud of the team." '
        "Officers were assaulted in almost 4% of arrests.",
        4,
        MARCH,
    ),
    # near misses: three sentences of narration between; the present tense; a sum of money
    # (an investigation's haul more often than the span's count)
    (
        "Officers made 310 arrests across Cardiff in March. Chief Inspector Dawn Pryor "
        'said: "This was hard work. We were out every night. I am proud of the team." '
        "Officers seized £8,200 in cash.",
        8200,
        None,
    ),
    (
        "Officers made 310 arrests across Cardiff in March. Patrols covered the city "
        "centre. Shops were visited by officers. Bars were checked. The inspector said: "
        '"This was hard work." Officers also issued 95 fines.',
        95,
        None,
    ),
    (
        "Officers made 310 arrests across Cardiff in March. Chief Inspector Dawn Pryor "
        'said: "This was hard work. We were out every night. I am proud of the team." '
        "Officers issue 95 fines each month.",
        95,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "value", "period"), ROWS, ids=[str(r[1]) + r[0][-30:] for r in ROWS]
)
def test_narrative_past_speech(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, period: tuple[str, str] | None
) -> None:
    assert periods_of(nlp, text, P).get(value) == period
