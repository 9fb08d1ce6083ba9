"""A count compared "during" an event "last year" after a short span stated in its
sentence is that span a year earlier, with up to three words between the count and "last
year", a possessive among them ("down from 12 during freshers' fortnight last year"; rule
part ``compared_event_last_year`` of ``compared_last_year``, ``period_table``). Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 8, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Between 1 and 21 July, officers in Exeter made 18 arrests, down from 25 during "
            "children's holidays last year.",
            {18: ("2025-07-01", "2025-07-21"), 25: ("2024-07-01", "2024-07-21")},
            id="possessive-holidays",
        ),
        pytest.param(
            "Between 3 and 16 March, the helpline in Hull took 240 calls, up from 198 during "
            "students' fortnight last year.",
            {240: ("2025-03-03", "2025-03-16"), 198: ("2024-03-03", "2024-03-16")},
            id="possessive",
        ),
        # near misses: "the whole of last year" (four words: the calendar year before P); no
        # count compared
        pytest.param(
            "Between 1 and 21 July, officers in Exeter made 18 arrests, compared with 25 in the "
            "whole of last year.",
            {18: ("2025-07-01", "2025-07-21"), 25: ("2024-01-01", "2024-12-31")},
            id="near-miss-whole-of-last-year",
        ),
        pytest.param(
            "Officers in Exeter made 18 arrests last year during the summer holidays.",
            {18: ("2024-01-01", "2024-12-31")},
            id="near-miss-no-comparison",
        ),
    ],
)
def test_a_count_compared_during_an_event_last_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
