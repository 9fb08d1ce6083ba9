"""A start told by a pronoun for the thing named before ("since it opened last October",
"since they launched the patrols in May"): from that month to P (``since_start_month``),
as "since the scheme launched last March" is."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 7, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Southampton, 41 people have used the safe space since it opened last October.",
            {41: ("2024-10-01", "2025-07-08")},
        ),
        (
            "Officers in Cumbria have made 64 arrests since they launched the weekend patrols "
            "last November.",
            {64: ("2024-11-01", "2025-07-08")},
        ),
        (
            "The Norwich hub has had 90 visitors since it was set up last June.",
            {90: ("2024-06-01", "2025-07-08")},  # "last June": the June of the year before P's
        ),
        (
            "Since we started the scheme last March, door staff in Exeter have helped 230 people.",
            {230: ("2024-03-01", "2025-07-08")},
        ),
        # near misses: a plain "last <month>" is that month; a start with no date is not read
        (
            "In Southampton, 41 people used the safe space last October.",
            {41: ("2024-10-01", "2024-10-31")},
        ),
        (
            "Since it opened, the safe space in Leeds has helped 120 people.",
            {120: None},
        ),
    ],
)
def test_since_a_pronoun_start(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
