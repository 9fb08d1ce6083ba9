"""An event named by its noun alone after "since" ("since the floods") takes the month the
same noun was dated by before ("the October floods"): from that month's first day to the
publication date (rule ``since_event_noun``, in ``since_again``). Near misses: the noun with
a verb of its own, and the noun with no dated mention before, stay undated. Sentences
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 5)

ROWS = [
    pytest.param(
        "Most calls came after the October floods. Officers in Rotherham have made seven "
        "arrests since the floods.",
        {7.0: ("2025-10-01", "2026-03-05")},
        id="floods-dated-before",
    ),
    pytest.param(
        "Shops were looted in the August riots. Since the riots, 40 people have been jailed.",
        {40.0: ("2025-08-01", "2026-03-05")},
        id="riots-dated-before",
    ),
    pytest.param(
        "The February storms brought down 200 trees. Since the storms, the council has "
        "received 85 complaints about rogue tree surgeons.",
        {200.0: None, 85.0: ("2026-02-01", "2026-03-05")},
        id="storms-in-the-month-of-p",
    ),
    # near misses: no dated noun before, or a verb of its own
    pytest.param(
        "Officers in Rotherham have made 8 arrests since the floods.",
        {8.0: None},
        id="no-dated-noun-before",
    ),
    pytest.param(
        "Most calls came after the October floods. Since the storms, 12 arrests have been made.",
        {12.0: None},
        id="another-noun-dated-before",
    ),
    pytest.param(
        "Calls rose in the March lockdown. Contacts have risen by 41% since the pandemic.",
        {41.0: ("2020-03-01", "2026-03-05")},
        id="the-pandemic-is-no-such-event",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_since_an_event_named_again(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
