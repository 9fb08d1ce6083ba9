"""Measured times of shape ``average-time`` (``measured_times.py``): a qualifier between an
average's verb or "of" and its time (wording ``qualified-level``), and a period between an
average's new level and "from" its old one (:data:`~pressfacts.statistics.measured_times.
_LEVEL_PERIOD`, wording ``level-period-from``). Sentences invented for the test."""

from __future__ import annotations

import pytest

from pressfacts.statistics.figures import candidate_figures

READ_ROWS = [
    pytest.param(
        "Callers to Gwent Police waited an average of just under six minutes in March.",
        [(6, "minutes", None)],
        id="of-just-under",
    ),
    pytest.param(
        "In Suffolk the average wait for an ambulance was more than 40 minutes last winter.",
        [(40, "minutes", None)],
        id="was-more-than",
    ),
    pytest.param(
        "The median time to charge was around 30 days in Dorset.",
        [(30, "days", None)],
        id="median-was-around",
    ),
    pytest.param(
        "The average time to answer fell to 95 seconds in June, from 140 seconds a year earlier.",
        [(95, "seconds", None), (140, "seconds", None)],
        id="level-period-from",
    ),
    pytest.param(
        "The average wait has fallen to eight minutes over the summer, from 13 minutes in spring.",
        [(8, "minutes", None), (13, "minutes", None)],
        id="level-over-period-from",
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ_ROWS)
def test_qualified_and_dated_averages_are_figures(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(v, u, c) for _, _, v, u, c in candidate_figures(text)] == expected


NEAR_MISSES = [
    pytest.param(
        "The average wait was under ten minutes, the target in Essex.", [], id="under-threshold"
    ),
    pytest.param(
        "Handlers took an average of about 300 calls within 5 minutes.",
        [300],
        id="count-then-threshold",
    ),
    pytest.param(
        "The average fell to 7 minutes at 3 stations, from 12 minutes.",
        [7, 3],
        id="figure-in-the-gap",
    ),
    pytest.param("Please wait more than 20 minutes before calling back.", [], id="no-average"),
]


@pytest.mark.parametrize(("text", "values"), NEAR_MISSES)
def test_thresholds_and_spans_stay_out(text: str, values: list[float]) -> None:
    assert [v for _, _, v, _, _ in candidate_figures(text)] == values
