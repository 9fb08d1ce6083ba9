"""A thing's life so far, its start stated before with a year relative to P.

"The scheme, which launched in October last year, …. Staff at 212 venues have been
trained since the scheme launched." runs from 1 October of the year before P to P:
``_LAUNCH`` (rule ``launched_relative_year``) reads "in October last year" and "in March
this year", and ``since_start_again`` falls back to the start stated before when no earlier
"since" names the thing. Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The scheme, which launched in October last year, is run with the council. Staff "
            "at 212 venues have been trained since the scheme launched.",
            {212.0: ("2024-10-01", "2025-11-27")},
            id="since-the-scheme-relative-year",
        ),
        pytest.param(
            "The helpline opened in March this year. Since it opened, it has taken 640 calls.",
            {640.0: ("2025-03-01", "2025-11-27")},
            id="since-it-this-year",
        ),
        pytest.param(
            "The hub opened in May 2023. Since the hub opened, 310 people have visited.",
            {310.0: ("2023-05-01", "2025-11-27")},
            id="since-the-hub-stated-year",
        ),
        pytest.param(
            "The project was set up in June last year. It has trained 88 staff since the "
            "project was set up.",
            {88.0: ("2024-06-01", "2025-11-27")},
            id="since-set-up",
        ),
        # near miss: no start stated before: undated
        pytest.param(
            "Staff at 212 venues have been trained since the scheme launched.",
            {212.0: None},
            id="no-start-stated",
        ),
    ],
)
def test_period_since_launch_relative(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
