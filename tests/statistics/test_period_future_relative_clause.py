"""A relative clause of what is to come (", which will …") is a clause of its own (rule
``future_relative_clause``, ``period_clauses.FUTURE_CLAUSE``): its date is the plan's, not
the date of the figure before it ("has given the team £40,000 for marking kits, which will
be handed out to 500 farms this summer": the summer is the 500's). Near misses: a relative
clause told in the past keeps the sentence's period for both figures, and ", and … will"
was a clause of its own already. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The commissioner has awarded £25,000 to the rural team, which will fit trackers "
            "to 300 quad bikes this autumn.",
            {25000.0: None, 300.0: ("2026-09-01", "2026-11-30")},
            id="which-will-this-autumn",
        ),
        pytest.param(
            "The insurer has paid for 60 alarms, which will also be installed on 20 farms "
            "in August.",
            {60.0: None, 20.0: ("2026-08-01", "2026-08-31")},
            id="which-will-also",
        ),
        # near misses: told in the past; an "and … will" clause
        pytest.param(
            "The charity spent £12,000 in 2025, which paid for 300 alarms.",
            {12000.0: ("2025-01-01", "2025-12-31"), 300.0: ("2025-01-01", "2025-12-31")},
            id="which-past",
        ),
        pytest.param(
            "Officers visited 45 farms in May, and all 45 will be visited again in December.",
            {45.0: ("2026-05-01", "2026-05-31")},
            id="and-will",
        ),
    ],
)
def test_future_relative_clause(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
