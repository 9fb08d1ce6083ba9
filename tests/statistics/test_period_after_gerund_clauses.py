"""A clause after " after" + a gerund + a figure ("jailed last week after admitting 14
burglaries … between May and July") dates the figure it holds by its own period, not the
main clause's nearer one (:data:`pressfacts.statistics.period_own_clauses.
AFTER_GERUND_FIGURE_CLAUSE`); with no period of its own, the figure keeps the main one.
Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A man was jailed last week after admitting 14 burglaries in Leeds and Bradford "
            "between May and July.",
            {14: ("2025-05-01", "2025-07-31")},
            id="admitting-burglaries",
        ),
        pytest.param(
            "A courier was banned yesterday after carrying more than 40 parcels of cannabis "
            "across Kent in September.",
            {40: ("2025-09-01", "2025-09-30")},
            id="carrying-qualified",
        ),
        pytest.param(
            "Two riders were fined this month after causing three crashes in Swindon "
            "in the summer of 2024.",
            {2: ("2025-11-01", "2025-11-12"), 3: ("2024-06-01", "2024-08-31")},
            id="main-count-keeps-its-own",
        ),
        # near misses: no period after the gerund (the main one stands); no figure after
        # the gerund; no gerund after "after"
        pytest.param(
            "Officers arrested 12 men last month after searching 30 houses.",
            {12: ("2025-10-01", "2025-10-31"), 30: ("2025-10-01", "2025-10-31")},
            id="no-period-of-its-own",
        ),
        pytest.param(
            "Officers seized 25 bikes last month after a raid on a unit in Luton in June.",
            {25: ("2025-10-01", "2025-10-31")},
            id="after-event-no-gerund",
        ),
    ],
)
def test_an_after_gerund_clause_dates_its_figure(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
