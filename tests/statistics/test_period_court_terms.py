"""A term a court hands down is told of the hearing, not of the span of the offending
narrated before it: "Four other men received sentences of between two and six years"
takes no period of the lead (rule ``court_term_not_narrated`` of
``period_narrative.COURT_TERM``, which keeps ``narrative_count`` off it). Near misses: a
count of outcomes with no term, and what was done within the span, keep it. Every sentence
is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 10)
SPAN = ("2025-02-01", "2025-09-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The gang stole 84 catalytic converters between February and September 2025. "
            "Leader Dean Hurst was jailed for six years. Three other men received sentences of "
            "between 18 months and four years.",
            {84: SPAN, 3: None},
            id="sentences-of-between",
        ),
        pytest.param(
            "The gang stole 84 catalytic converters between February and September 2025. "
            "Two women were sentenced to 14 months each.",
            {84: SPAN, 2: None},
            id="sentenced-to-a-term",
        ),
        pytest.param(
            "The gang stole 84 catalytic converters between February and September 2025. "
            "Five men were jailed for a total of 22 years.",
            {84: SPAN, 5: None},
            id="jailed-for-a-total",
        ),
        # near misses: no term handed down, what was done in the span
        pytest.param(
            "Officers made 212 arrests between February and September 2025. "
            "Nineteen men were charged.",
            {212: SPAN, 19: SPAN},
            id="charged-no-term",
        ),
        pytest.param(
            "Officers made 212 arrests between February and September 2025. "
            "Officers also seized 40 knives.",
            {212: SPAN, 40: SPAN},
            id="seized-in-the-span",
        ),
    ],
)
def test_a_court_term_keeps_no_period_of_the_offending(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
