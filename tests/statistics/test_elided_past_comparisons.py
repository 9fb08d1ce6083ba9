"""A count with its noun left out takes the noun of the last count of the sentence before
(``elided_subjects.elided_subject``), past a sentence between them that only compares or
divides that count (yardsticks, percentages, multiples: ``DocumentState.compared_only``).

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The line took 1,210 calls in September. That was 12% more than in August. "
            "A further 86 were passed to police.",
            [(1210, "calls"), (12, "percent"), (86, "calls")],
            id="past-a-change",
        ),
        pytest.param(
            "Officers seized 340 knives in 2024. Nearly half were kitchen knives. In Hull "
            "alone there were 61.",
            [(340, "knives"), (50, "percent"), (61, "knives")],
            id="past-a-share",
        ),
        # near misses: a sentence with a count of its own between them; two sentences
        # of comparisons between them
        pytest.param(
            "The line took 1,210 calls in September. It also sent 400 letters. A further "
            "86 were passed to police.",
            [(1210, "calls"), (400, "letters"), (86, "letters")],
            id="a-count-between",
        ),
        pytest.param(
            "The line took 1,210 calls in September. That was 12% more than in August. "
            "It was also 20% more than in July. A further 86 were passed to police.",
            [(1210, "calls"), (12, "percent"), (20, "percent")],
            id="two-sentences-between",
        ),
    ],
)
def test_elided_count_past_comparisons(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _p in unit_periods_of(nlp, text, P)] == expected
