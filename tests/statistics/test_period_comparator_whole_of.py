"""Rule `comparator_whole_of` (:data:`~pressfacts.statistics.period_links.WHOLE_OF`): "the
whole of" or "the course of" between a multiple's words ("double the number … in") and its
yardstick period keeps the period the yardstick, so the change covers both periods; a
period opened by "the whole of" with no multiple before it is the figure's own. Sentences
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 8, 20)

ROWS = [
    pytest.param(
        "The unit has trained 318 teachers since May, more than double the number trained in"
        " the whole of last year.",
        {318: ("2025-05-01", "2025-08-20"), 2: ("2024-01-01", "2025-08-20")},
        id="double-the-number-whole-of-last-year",
    ),
    pytest.param(
        "The charity took 940 calls so far this year, twice the number taken in the course"
        " of 2024.",
        {940: ("2025-01-01", "2025-08-20"), 2: ("2024-01-01", "2025-08-20")},
        id="twice-course-of",
    ),
    # near misses: no multiple before "the whole of"; "than in the whole of", whose count
    # after the period is the yardstick's own
    pytest.param(
        "Officers have obtained 21 closure orders this year, more than in the whole of"
        " 2024/25, when they obtained 17.",
        {21: ("2025-01-01", "2025-08-20"), 17: ("2024-04-01", "2025-03-31")},
        id="than-in-the-whole-of-when",
    ),
    pytest.param(
        "Officers made 61 arrests in the whole of last year.",
        {61: ("2024-01-01", "2024-12-31")},
        id="own-period",
    ),
    pytest.param(
        "In the whole of 2024, the team seized 17 knives and 3 guns.",
        {17: ("2024-01-01", "2024-12-31"), 3: ("2024-01-01", "2024-12-31")},
        id="lead-in",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_comparator_whole_of(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
