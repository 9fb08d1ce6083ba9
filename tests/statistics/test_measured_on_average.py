"""A time after an opening "On average," and its subject's verb of time ("On average,
forces took 11 working days to log a complaint") is a measured average, a figure
(``_AVERAGE_BEFORE`` in ``measured_times``); without the average it stays a duration.
A time after "an improvement of" is a measured time's decrease (shape
``time-improvement``). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 9, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On average, forces took 11 working days to log a complaint in 2024.",
            [(11, "working days")],
        ),
        (
            "On average, the force took 40 days to finalise an appeal last year.",
            [(40, "days")],
        ),
        (
            "On average, victims in Leeds waited 14 weeks for a trial date last year.",
            [(14, "weeks")],
        ),
        # near misses: a count of its own after the verb; no average; an average after
        # the time
        ("On average, officers took 40 calls a day last year.", [(40, "calls")]),
        ("The force took 40 days to finalise the appeal.", []),
        ("Officers took 40 days off last year, on average.", []),
    ],
)
def test_on_average_opening_gives_a_time(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, P)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The average wait for a hearing was 41 weeks last year, an improvement of six "
            "weeks on 2023.",
            [(41, "weeks", None), (6, "weeks", "decrease")],
        ),
        (
            "The force answered calls in an average of nine seconds, an improvement of "
            "two seconds.",
            [(9, "seconds", None), (2, "seconds", "decrease")],
        ),
        # near misses: no time after "an improvement of"; a time with no improvement
        ("The force made 40 arrests, an improvement of two on last year.", [(40, "arrests", None)]),
        ("The review took two days in May.", []),
    ],
)
def test_an_improvement_of_a_time_is_a_decrease(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    doc = nlp.make_doc(text)
    doc._.published = P
    found = [(float(f.value), f.unit, f.change) for f in nlp(doc)._.statistics]
    assert found == expected
