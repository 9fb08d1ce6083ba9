"""An event named with its date right after it is dated there, not referred back to:
"during the operation in June" is June, "during the campaign last month" last month
(rule ``the_operation`` stops before a month, a number or "last/this <unit>"); "during
the operation in Gwynedd" still refers back to the operation dated before. Sentences
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 7, 2)
CASES: list[tuple[str, tuple[str, str] | None]] = [
    (
        "Officers made 41 arrests in Gwynedd during the operation in June.",
        ("2025-06-01", "2025-06-30"),
    ),
    ("Officers made 41 arrests during the campaign last month.", ("2025-06-01", "2025-06-30")),
    (
        "Officers made 41 arrests during the crackdown in March 2025.",
        ("2025-03-01", "2025-03-31"),
    ),
    # near miss: a place after the event, which was dated before
    (
        "The operation ran from 1 to 7 June. Officers made 41 arrests during the operation in "
        "Gwynedd.",
        ("2025-06-01", "2025-06-07"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_event_dated_where_it_is_named(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: tuple[str, str] | None
) -> None:
    assert periods_of(nlp, text, P)[41] == expected
