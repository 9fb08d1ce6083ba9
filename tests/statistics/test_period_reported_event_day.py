"""A weekday after a verb of saying dates the telling ("said on Thursday"), but a passive
verb of the past between the two makes it the day of the event told (rule
``reported_event_day``, ``period_weekday_events.REPORTED_EVENT_VERB``): "said two men were
arrested in Goole on Monday" is that Monday. Near misses: the weekday right after the
verb of saying, an announcement's day, a court day. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sergeant Ola Nwosu said three men were arrested in Selby on Monday.",
            {3.0: ("2026-02-23", "2026-02-23")},
            id="passive-then-weekday",
        ),
        pytest.param(
            "The force said four quad bikes had been stolen from a farm in Thirsk on Saturday.",
            {4.0: ("2026-02-21", "2026-02-21")},
            id="pluperfect-passive",
        ),
        pytest.param(
            "Inspector Ruth Kemp told the BBC that 12 sheep were found dead on Friday.",
            {12.0: ("2026-02-20", "2026-02-20")},
            id="told-that",
        ),
        # near misses: the day of the telling, of an announcement, of a hearing
        pytest.param(
            "The force said on Tuesday that 40 drivers were stopped.",
            {40.0: None},
            id="said-on-weekday",
        ),
        pytest.param(
            "The commissioner announced 15 grants for farm security on Monday.",
            {15.0: None},
            id="announced-on-weekday",
        ),
        pytest.param(
            "Police said two men were sentenced at York Crown Court on Monday.",
            {2.0: None},
            id="court-day",
        ),
    ],
)
def test_reported_event_day(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
