"""The noun "hold" of a ship or aircraft ("found in hold luggage", "stowed in the hold") is
no verb of holding in the present (``period_now.HOLD_AS_NOUN``, rule ``hold_as_noun``):
a share of the figures just stated keeps their span. The verb still makes a level
undated ("3,870 people hold a certificate": ``held-present-state``). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

Y24 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers at Luton seized £612,000 in 2024. Nearly two thirds of the total was "
            "found in hold luggage.",
            {612000: Y24, 66.7: Y24},
            id="hold-luggage",
        ),
        pytest.param(
            "Border Force searched 410 lorries at Holyhead in 2024. Around a third of them "
            "had goods in the hold that were not declared.",
            {410: Y24, 33.3: Y24},
            id="in-the-hold",
        ),
        # near misses: the verb of holding in the present
        pytest.param(
            "In Cornwall, 3,870 people hold a shotgun certificate, while Plymouth has 1,240.",
            {3870: None, 1240: None},
            id="verb-hold",
        ),
        pytest.param(
            "Officers at Luton seized £612,000 in 2024. Nearly two thirds of passengers "
            "now hold e-tickets.",
            {612000: Y24, 66.7: None},
            id="verb-hold-now",
        ),
    ],
)
def test_hold_as_a_noun_keeps_the_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, dt.date(2025, 10, 2)) == expected
