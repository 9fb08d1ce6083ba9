"""A person's year of a course or a career ("most of them in their first year", "who were in
their first year at university") is no period (``period_people_stages``: guards
``partitive_people_stage`` and ``course_stage`` of the rule ``first_units_launched``), so the
clause's own span still dates the figure; a thing's first year after its launch is still
read. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 11, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Detectives said that between October 2024 and March 2025 the gang recruited 38 "
            "apprentices, most of them in their first year, to open new accounts.",
            {38: ("2024-10-01", "2025-03-31")},
            id="partitive-most-of-them",
        ),
        pytest.param(
            "Between January and June the charity trained 40 volunteers, many of whom were "
            "in their first year.",
            {40: ("2026-01-01", "2026-06-30")},
            id="partitive-of-whom-were",
        ),
        pytest.param(
            "In 2025 the helpline took 220 calls from nurses who were in their first year.",
            {220: ("2025-01-01", "2025-12-31")},
            id="partitive-who-were",
        ),
        pytest.param(
            "Between April and July officers spoke to 95 pupils in their first year at "
            "secondary school in Swindon.",
            {95: ("2026-04-01", "2026-07-31")},
            id="course-at-school",
        ),
        pytest.param(
            "In 2024 the scheme trained 16 cadets in their first two years of service.",
            {16: ("2024-01-01", "2024-12-31")},
            id="course-first-two-years-of-service",
        ),
        # near misses: a thing's first year after its launch is still a span
        pytest.param(
            "The advice line launched in April 2024. In its first year, it helped 310 people.",
            {310: ("2024-04-01", "2025-03-31")},
            id="thing-its-first-year",
        ),
        pytest.param(
            "The two hubs opened in May 2023. In their first year, they saw 480 people.",
            {480: ("2023-05-01", "2024-04-30")},
            id="things-their-first-year",
        ),
    ],
)
def test_a_persons_year_of_a_course_is_no_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
