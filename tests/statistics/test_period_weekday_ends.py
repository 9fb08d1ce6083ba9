"""A span of days or weeks that ends on a weekday with no date (rule ``span_to_weekday``:
"in the week to Sunday", "the fortnight ending Friday") and the early hours of a weekday
(rule ``early_hours_of_weekday``, read as "on Sunday" is). P is a Monday. Every sentence
is invented for the test, with near misses each rule must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 2)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Essex Police made 202 arrests in the week to Sunday.",
            {202: ("2026-02-23", "2026-03-01")},
        ),
        (
            "Officers in Suffolk seized 31 vehicles in the fortnight ending Friday.",
            {31: ("2026-02-14", "2026-02-27")},
        ),
        (
            "Sussex Police stopped 415 drivers in the two weeks to last Saturday.",
            {415: ("2026-02-15", "2026-02-28")},
        ),
        (
            "In the 10 days to Sunday, crews in Dorset attended 64 grass fires.",
            {64: ("2026-02-20", "2026-03-01")},
        ),
        (  # early hours of a weekday, told in the past: that day
            "Gwent Police arrested 12 people in the early hours of Sunday morning.",
            {12: ("2026-03-01", "2026-03-01")},
        ),
        (
            "During the early hours of Saturday, officers in Bath seized 8 bikes.",
            {8: ("2026-02-28", "2026-02-28")},
        ),
        # near misses: a dated day after the weekday is the day rules' ("the week to
        # Sunday 1 February" is no span to the Sunday by P); a span of months or years
        # ends on no weekday; the early hours of a dated day are that day
        (
            "Kent Police made 77 arrests in the week to Sunday 1 February.",
            {77: ("2026-01-26", "2026-02-01")},
        ),
        (
            "Norfolk Police recorded 140 thefts in the year to Sunday.",
            {140: None},
        ),
        (
            "Avon Police made 207 arrests in the early hours of Saturday 21 February.",
            {207: ("2026-02-21", "2026-02-21")},
        ),
    ],
)
def test_span_to_weekday_and_early_hours(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert {k: v for k, v in periods_of(nlp, text, P).items() if k in expected} == expected
