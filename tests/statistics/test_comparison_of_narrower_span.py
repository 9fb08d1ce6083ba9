"""A change told over a running span ("this year"), then a level over a narrower span
within it and a comparison anchored on that narrower span, covers both narrower spans
(rules ``nested_span_restated``, :func:`pressfacts.statistics.period_choice.nested_spans`,
and ``comparison_of_narrower_span``,
:func:`pressfacts.statistics.period_comparisons.narrower_anchor`): "Burglaries in Hull rose
by 12% this year, to 840 between January and September, compared with the same period last
year" is January 2024 to September 2025. Found by held-out 389. Sentences invented for the
test; near misses have no comparison, or two spans that are not nested."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Burglaries in Hull rose by 12% this year, to 840 between January and September,"
            " compared with the same period last year.",
            {12: ("2024-01-01", "2025-09-30"), 840: ("2025-01-01", "2025-09-30")},
        ),
        (
            "Scam reports in Conwy fell by 8% so far this year, to 212 in the six months to"
            " June, compared with the same period in 2024.",
            {8: ("2024-01-01", "2025-06-30"), 212: ("2025-01-01", "2025-06-30")},
        ),
        # near misses: no comparison (the running span); two years apart (both levels')
        (
            "Burglaries in Hull rose by 12% this year, to 840 between January and September.",
            {12: ("2025-01-01", "2025-10-20"), 840: ("2025-01-01", "2025-09-30")},
        ),
        (
            "Thefts in Hull rose from 120 in 2023 to 410 in 2024, up 242%.",
            {120: ("2023-01-01", "2023-12-31"), 410: ("2024-01-01", "2024-12-31"),
             242: ("2023-01-01", "2024-12-31")},
        ),
    ],
)  # fmt: skip
def test_comparison_of_narrower_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
