"""Rule ``added_count`` (:data:`pressfacts.statistics.period_comparisons.ADDED_COUNT`): a
count of things added ("Twenty more officers have joined the team") is a rise told by what
was added, comparing no two periods, so it takes none of the document's two-period
comparison stated later. Sentences invented for the test; near misses: "than" in the
sentence (a comparison), and "more" after a verb of doing ("made 40 more arrests").
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 4)
LATER = " Thefts fell by 18% between April and September compared with the same period last year."
COMPARED = ("2024-04-01", "2025-09-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Twenty more PCSOs have joined the Bolton team, taking it to 64 officers." + LATER,
            {20: None, 64: None, 18: COMPARED},
            id="more-have-joined",
        ),
        pytest.param(
            "Thirty-five extra officers have been recruited by the force." + LATER,
            {35: None, 18: COMPARED},
            id="extra-have-been-recruited",
        ),
        pytest.param(
            "Twelve additional wardens have now started on the estate." + LATER,
            {12: None, 18: COMPARED},
            id="additional-have-started",
        ),
        # near misses: "than" in the sentence; "more" after a verb of doing
        pytest.param(
            "Officers made 40 more arrests than in 2024." + LATER,
            {40: ("2024-01-01", "2024-12-31"), 18: COMPARED},
            id="than",
        ),
        pytest.param(
            "Officers made 40 more arrests." + LATER,
            {40: COMPARED, 18: COMPARED},
            id="made-more",
        ),
    ],
)
def test_added_count_takes_no_comparison(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
