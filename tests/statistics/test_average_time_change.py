"""A time an average fell or rose by is a measured figure, the average's change (rules
``average-time-fall`` and ``average-time-rise`` of ``measured_times.MEASURED_TIMES``), not
a duration set aside. Found by held-out 409 ("The average number of days from report to
charge fell by more than 100 days"). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 6, 12)
"""The publication date of every text of this file."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Lincoln, the average time from first report to charge fell by 47 days in 2024.",
            [(47, "days", "decrease")],
            id="average-fell-by-days",
        ),
        pytest.param(
            "The median wait for a trial in Carlisle has come down by six weeks since 2023.",
            [(6, "weeks", "decrease")],
            id="median-come-down-by-weeks",
        ),
        pytest.param(
            "Average ambulance handover times at Blackpool rose sharply by 11 minutes last winter.",
            [(11, "minutes", "increase")],
            id="average-rose-sharply-by-minutes",
        ),
        pytest.param(
            "The average wait for an ISVA in Wrexham increased by almost three months in 2024.",
            [(3, "months", "increase")],
            id="average-increased-by-qualified",
        ),
        pytest.param(
            "Average waiting times for a first appointment in Leeds were reduced by four weeks "
            "in 2024.",
            [(4, "weeks", "decrease")],
            id="average-were-reduced-by",
        ),
        pytest.param(
            "The median time to charge in Hull shortened by 20 days in 2024.",
            [(20, "days", "decrease")],
            id="median-shortened-by",
        ),
        # near misses: no average before the verb; "within" (a threshold)
        pytest.param(
            "Burglaries in Lincoln fell by 47 in 2024, and the trial took six weeks.",
            [(47, "burglaries", "decrease")],
            id="no-average-duration-stays",
        ),
        pytest.param(
            "Officers in Carlisle reached 90% of emergency calls within 15 minutes in 2024.",
            [(90, "percent", None)],
            id="threshold-within",
        ),
    ],
)
def test_average_time_change(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
