"""What a day or week of action just dated saw or did takes its span (back-reference rule
``the_action_day_went_on`` of ``back_reference_openings.ACTION_DAY_WENT_ON``), past an
aside naming the operation it belongs to and with an irregular past ("saw", "found", "led
to"). Sentences invented for the test, with near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.test_period_context import periods_of

P = dt.date(2025, 9, 18)  # a Thursday
_LEAD = "Nine people were arrested on Tuesday when officers visited farms near Boston.\n\n"
_TUESDAY = ("2025-09-16", "2025-09-16")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "The day of action, part of the force's Operation Aster against labour "
            "exploitation, saw officers check 23 vehicles.",
            {9: _TUESDAY, 23: _TUESDAY},
        ),
        (
            _LEAD + "The day of action also found 14 workers living in caravans.",
            {9: _TUESDAY, 14: _TUESDAY},
        ),
        (
            "Officers made 31 arrests between 8 and 14 September in Grimsby.\n\n"
            "The week of action led to 12 charges.",
            {31: ("2025-09-08", "2025-09-14"), 12: ("2025-09-08", "2025-09-14")},
        ),
        # near misses: a day of action of its own, and one still to come
        (_LEAD + "A day of action saw officers check 23 vehicles.", {9: _TUESDAY, 23: None}),
        (
            _LEAD + "The day of action will return next spring with 23 officers.",
            {9: _TUESDAY, 23: None},
        ),
    ],
)
def test_a_day_of_action_went_on_over_its_span(
    nlp: Language, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
