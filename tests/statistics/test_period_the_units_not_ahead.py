"""A span still to come is none "over the year" points back to in a sentence with no word
of the future (``period_refers._ahead``, guard ``the_units_not_ahead`` of the period rule
``the_units``): the year-long span stated before it stands. Every sentence is invented for
the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 11, 3)
FY = ("2025-04-01", "2026-03-31")
NEXT = ("2027-01-01", "2027-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The panel heard 870 appeals in 2025/26.\n\nA further 90 hearings are planned for "
            "2027.\n\nThe number of appeals upheld fell by 9% over the year.",
            {870: FY, 90: NEXT, 9: FY},
            id="past-change-after-a-plan",
        ),
        pytest.param(
            "The charity answered 5,400 calls in 2025/26.\n\nIt hopes to open 12 new centres "
            "in 2027.\n\nVolunteers gave 3,100 hours over the year.",
            {5400: FY, 12: NEXT, 3100: FY},
            id="past-count-after-a-hope",
        ),
        # near misses: the sentence tells of the future, so the plan's year stands
        pytest.param(
            "The panel heard 870 appeals in 2025/26.\n\nA further 90 hearings are planned for "
            "2027.\n\nThe panel will train 40 members over the year.",
            {870: FY, 90: NEXT, 40: NEXT},
            id="future-sentence",
        ),
        pytest.param(
            "The panel heard 870 appeals in 2025/26.\n\nA further 90 hearings are planned for "
            "2027, and 40 courses are due to run over the year.",
            {870: FY, 90: NEXT, 40: NEXT},
            id="future-same-sentence",
        ),
    ],
)
def test_period_the_units_not_ahead(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == {float(k): v for k, v in expected.items()}
