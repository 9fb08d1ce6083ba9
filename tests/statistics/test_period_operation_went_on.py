"""What an operation named before went on to do takes the span of the sentence naming it,
past a closed span of other figures stated between (back-reference rule
``the_operation_went_on`` of ``back_reference_openings.OPERATION_WENT_ON``, pointing back
only to a sentence that names an operation: ``period_change_levels.NAMES_OPERATION``).
Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.test_period_context import periods_of

P = dt.date(2025, 6, 12)
_LEAD = (
    "Avon and Somerset Police have arrested 14 people since March in an operation against "
    "county lines.\n\n"
)
_LAST_YEAR = (
    "Officers recorded 380 drug reports in Weston-super-Mare in 2024, up 9% on 2023. Most "
    "came from the town centre.\n\n"
)
_SINCE_MARCH = ("2025-03-01", "2025-06-12")
_YEAR = ("2024-01-01", "2024-12-31")
_BEFORE = {14: _SINCE_MARCH, 380: _YEAR, 9: ("2023-01-01", "2024-12-31")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + _LAST_YEAR + "The operation, known as Operation Harrier, has so far seized "
            "22 knives.",
            {**_BEFORE, 22: _SINCE_MARCH},
        ),
        (
            _LEAD + _LAST_YEAR + "The operation has recovered £31,000 in cash.",
            {**_BEFORE, 31000: _SINCE_MARCH},
        ),
        (
            "Cumbria Police have stopped 60 vans since April in a crackdown on fly-tipping.\n\n"
            "Reports in Carlisle reached 510 last year.\n\nThe crackdown has seized 4 lorries.",
            {60: ("2025-04-01", "2025-06-12"), 510: _YEAR, 4: ("2025-04-01", "2025-06-12")},
        ),
        # near misses: an operation of its own, and patrols (the activity just dated)
        (_LEAD + _LAST_YEAR + "An operation in Bath recovered 5 knives.", {**_BEFORE, 5: None}),
        (
            _LEAD + _LAST_YEAR + "The patrols, run with the council, have seized 5 knives.",
            {**_BEFORE, 5: _YEAR},
        ),
    ],
)
def test_an_operation_went_on_over_its_own_span(
    nlp: Language, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
