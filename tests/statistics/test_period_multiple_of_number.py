"""A multiple of a yardstick's count named by a noun, not a figure ("nearly double the
number in the first quarter of 2023"), makes its period the comparison's earlier half
(``period_links.COMPARATOR_BEFORE``): the multiple spans from it to the period reported,
though another comparison stands earlier in its sentence.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 13)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        pytest.param(
            "The service took 930 calls between January and March. That is 14% more than "
            "in the same months of 2025, when 815 calls were taken, and almost twice the "
            "number in the first quarter of 2022.",
            2,
            ("2022-01-01", "2026-03-31"),
            id="after-another-comparison",
        ),
        pytest.param(
            "Wardens issued 610 fines in 2025, treble the total recorded in 2021.",
            3,
            ("2021-01-01", "2025-12-31"),
            id="treble-the-total-recorded",
        ),
        # near misses: the first comparison's change keeps its span; its level its year
        pytest.param(
            "The service took 930 calls between January and March. That is 14% more than "
            "in the same months of 2025, when 815 calls were taken, and almost twice the "
            "number in the first quarter of 2022.",
            14,
            ("2025-01-01", "2026-03-31"),
            id="the-first-change-keeps-its-span",
        ),
        pytest.param(
            "The service took 930 calls between January and March. That is 14% more than "
            "in the same months of 2025, when 815 calls were taken, and almost twice the "
            "number in the first quarter of 2022.",
            815,
            ("2025-01-01", "2025-03-31"),
            id="the-yardstick-level",
        ),
    ],
)
def test_multiple_of_a_yardstick_number(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, expected: tuple[str, str]
) -> None:
    assert periods_of(nlp, text, P)[value] == expected
