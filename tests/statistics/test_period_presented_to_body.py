"""A week named right after figures were put before a body ("according to figures
presented to the county's scrutiny committee this week") dates the telling, not what the
figures count: no period (rule ``presented_to_body``, ``period_told_bodies``, read by
``period_weeks.resolve_relative_week``). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 5, 15)  # a Thursday
THIS_WEEK = ("2025-05-12", "2025-05-15")
LAST_WEEK = ("2025-05-05", "2025-05-11")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 140 taxi drivers in Leeds have now done the safeguarding course, according to "
            "figures presented to the city's licensing committee this week.",
            {140: None},
            id="presented-to-committee",
        ),
        pytest.param(
            "Hampshire has 96 licensed door supervisors trained in first aid, figures reported "
            "to the police and crime panel last week show.",
            {96: None},
            id="reported-to-panel-last-week",
        ),
        pytest.param(
            "The figures submitted to councillors this week show 58 premises in Swansea have "
            "signed the pledge.",
            {58: None},
            id="submitted-to-councillors",
        ),
        pytest.param(
            "A report tabled to the health and wellbeing board this week said 312 women in "
            "Derby had used the service.",
            {312: None},
            id="tabled-to-board",
        ),
        # near misses: no verb of putting figures before a body; a body that is no
        # committee (the reports are the events); the week as a span of its own
        pytest.param(
            "Officers in Exeter made 14 arrests this week.",
            {14: THIS_WEEK},
            id="near-miss-no-verb",
        ),
        pytest.param(
            "Some 23 incidents were reported to police in Bath last week.",
            {23: LAST_WEEK},
            id="near-miss-reported-to-police",
        ),
    ],
)
def test_a_week_after_figures_put_before_a_body_dates_the_telling(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
