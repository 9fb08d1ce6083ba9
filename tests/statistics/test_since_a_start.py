"""A thing named with "a"/"an" whose start "since" dates ("since a pilot began at HMP
Leeds last October", "since an amnesty was launched in March"): from that month to P, as
"since the pilot began …" is read (``since_start_month``, article rule ``since_a_start``);
not a capital after "a" (a name), nor a start with no month after it."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since a pilot began at HMP Leeds last October, mentors have supported 64 men.",
            {64: ("2024-10-01", "2025-09-16")},
        ),
        (
            "Since an amnesty was launched in March, Essex Police has collected 212 knives.",
            {212: ("2025-03-01", "2025-09-16")},
        ),
        (
            "Since a new curfew came into force last December, officers have made 37 arrests.",
            {37: ("2024-12-01", "2025-09-16")},
        ),
        # near misses: no "since" (the month alone), no month after the start
        (
            "A pilot began at HMP Leeds last October and mentors supported 64 men.",
            {64: ("2024-10-01", "2024-10-31")},
        ),
        (
            "Since a pilot began, mentors have supported 64 men in October.",
            {64: ("2024-10-01", "2024-10-31")},
        ),
    ],
)
def test_since_a_thing_started(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
