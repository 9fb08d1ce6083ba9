"""A "there were" count with its noun left out, after a lead-in and the span it covers set
off by commas ("During half-term, between 27 and 31 October, there were a further 86."):
more of the count of the sentence before, its noun (``elided_subjects._LEAD_IN``).

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
            "The line took 1,210 calls in September. During half-term, between 27 and 31 "
            "October, there were a further 86.",
            [(1210, "calls"), (86, "calls")],
            id="half-term-span",
        ),
        pytest.param(
            "Wardens issued 95 fines in August. Over the bank holiday weekend, from 23 to 25 "
            "August, there were another 17.",
            [(95, "fines"), (17, "fines")],
            id="bank-holiday-span",
        ),
        # near misses: a span with no lead-in before it stays as before; a noun of its own
        pytest.param(
            "Wardens issued 95 fines in August. During the weekend, between 23 and 25 "
            "August, there were 17 warnings.",
            [(95, "fines"), (17, "warnings")],
            id="a-noun-of-its-own",
        ),
    ],
)
def test_there_were_after_a_span(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _p in unit_periods_of(nlp, text, P)] == expected
