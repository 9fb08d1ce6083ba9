"""An improvement stated with "by" ("improved by a quarter", "improves by 12%") is a change,
an increase of the measure improved (``statistic_cues.jsonl`` ``change-improvement-before``);
"an improvement of" a time stays the measured time's decrease (``measured_times``). Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2024, 3, 5)
"""The publication date of every text of this file."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Recoveries of stolen bikes in Leeds improved by a quarter in 2023.",
            [(25, "percent", "increase")],
            id="improved-by-words",
        ),
        pytest.param(
            "The detection rate in Derby improved by 12% last year.",
            [(12, "percent", "increase")],
            id="improved-by-percent",
        ),
        pytest.param(
            "The average wait in Leeds was 41 weeks last year, an improvement of six weeks.",
            [(41, "weeks", None), (6, "weeks", "decrease")],
            id="improvement-of-a-time",
        ),
        # near misses: an improvement with no "by", a level
        pytest.param(
            "The detection rate in Derby improved to 12% last year.",
            [(12, "percent", None)],
            id="improved-to",
        ),
        pytest.param(
            "Recoveries improved in Leeds, where 40% of bikes were found in 2023.",
            [(40, "percent", None)],
            id="improved-no-by",
        ),
    ],
)
def test_improvement_changes(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
