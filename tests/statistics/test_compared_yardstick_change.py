"""A share set beside a change for comparison is a change the same way (rule
``compared-yardstick-change``, pressfacts.statistics.changes). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 6, 10)

ROWS = [
    pytest.param(
        "Youth violence in the three estates fell by 21% in 2024, compared with 8% across "
        "Lancashire as a whole.",
        [(21, "percent", "decrease"), (8, "percent", "decrease")],
        id="compared-with-fall",
    ),
    pytest.param(
        "Cycle thefts in Oxford rose 12% last year, against just 3% nationally.",
        [(12, "percent", "increase"), (3, "percent", "increase")],
        id="against-rise",
    ),
    pytest.param(
        "Call-outs to the coast rose by 30% in 2024, compared to 9% inland.",
        [(30, "percent", "increase"), (9, "percent", "increase")],
        id="compared-to-rise",
    ),
    # near misses: no change before; a share of a whole; a count beside the change
    pytest.param(
        "In 2024, 17% of pupils in Hull were suspended, compared with 6% in York.",
        [(17, "percent", None), (6, "percent", None)],
        id="no-change-before",
    ),
    pytest.param(
        "Robberies in Hull rose by 12% in 2024, compared with 6% of thefts.",
        [(12, "percent", "increase"), (6, "percent", None)],
        id="share-of-whole",
    ),
    pytest.param(
        "Robberies in Hull rose by 12% in 2024, compared with 40 in 2023.",
        [(12, "percent", "increase"), (40, "robberies", None)],
        id="count-beside",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_compared_yardstick_change(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[object]
) -> None:
    """(value, unit, change) of each figure."""
    assert changes_of(nlp, text, P) == expected
