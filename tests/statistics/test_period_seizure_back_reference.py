"""What a seizure just stated held takes its span (back-reference rule
``the_activity_went_on``): "The haul included 1,250 fake vapes" after "seized … last
week". Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.test_period_context import periods_of

_SEIZED = "Officers seized 2,600 fake goods in raids on shops in Leeds in March 2025. "
_MARCH = ("2025-03-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_SEIZED + "The haul included 640 fake vapes.", {2600: _MARCH, 640: _MARCH}),
        (_SEIZED + "The seizures included 75 fake handbags.", {2600: _MARCH, 75: _MARCH}),
        (_SEIZED + "The raids also uncovered 12 knives.", {2600: _MARCH, 12: _MARCH}),
        (_SEIZED + "The searches, carried out with the council, found £3,400 in cash.",
         {2600: _MARCH, 3400: _MARCH}),
        # near misses: a haul in the present, and one with a span of its own
        (_SEIZED + "The haul is worth £90,000.", {2600: _MARCH, 90000: None}),
        (_SEIZED + "The raids in 2024 uncovered 30 knives.",
         {2600: _MARCH, 30: ("2024-01-01", "2024-12-31")}),
    ],
)  # fmt: skip
def test_seizure_back_reference(nlp: Language, text: str, expected: dict[int, object]) -> None:
    assert periods_of(nlp, text, dt.date(2025, 5, 10)) == expected
