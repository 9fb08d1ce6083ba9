""" ", and" + a subject opened by "the", "its", "their" or "our" (up to nine words) + its
past verb + a figure is a clause of its own (rule ``determined_subject``,
``clause_breaks.DETERMINED_SUBJECT``, read by the area and the period clause breaks): its
period and place are not the figure's before it. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf, UnitPeriodsOf

P = dt.date(2025, 6, 2)
FEB = ("2025-02-01", "2025-02-28")
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Leeds charity's helpline took 11,560 calls, and the waiting list for its "
            "outreach service reached 214 people in February.",
            [(11560, "calls", None), (214, "people", FEB)],
            id="the-long-subject",
        ),
        pytest.param(
            "The Hull charity's helpline took 9,400 calls, and its outreach workers made 310 "
            "visits in February.",
            [(9400, "calls", None), (310, "visits", FEB)],
            id="its-plural-subject",
        ),
        pytest.param(  # a subject of eight words, a place after it (held-out 301)
            "Thefts of lead from chapels in Gwynedd rose by 18% in the year to May 2025, and "
            "the cost of repairs to listed places of worship across Wales reached £410,000 in "
            "2024.",
            [(18, "percent", ("2024-06-01", "2025-05-31")), (410000, "pounds", Y2024)],
            id="the-eight-word-subject",
        ),
        # near misses: a period opening the sentence still dates both; no figure after the verb
        pytest.param(
            "In 2024, the Leeds charity's helpline took 11,560 calls, and the team made 214 "
            "visits.",
            [(11560, "calls", Y2024), (214, "visits", Y2024)],
            id="near-miss-opening-period",
        ),
        pytest.param(
            "The Leeds charity's helpline took 11,560 calls in February, and the team welcomed "
            "the news.",
            [(11560, "calls", FEB)],
            id="near-miss-no-figure-after",
        ),
    ],
)
def test_a_determined_subject_breaks_the_period_clause(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lancashire Constabulary's helpline took 11,560 calls, and the outreach team in "
            "Preston made 214 visits.",
            [(11560, "Lancashire"), (214, "Preston")],
            id="placed-subject-after-the",
        ),
        pytest.param(
            "In Burnley the helpline took 900 calls, and the team also made 214 visits.",
            [(900, "Burnley"), (214, "Burnley")],
            id="near-miss-opening-place",
        ),
    ],
)
def test_a_determined_subject_breaks_the_area_clause(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
