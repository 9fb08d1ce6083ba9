"""A level in a clause of its own after ", and" whose "now" stands before it ("…, and there
are now more than 250 groups") tells how things stand at the release: it keeps no span the
clause before states and that closed before P (rule ``held-now-clause-before`` of
``period_now._now_clause``), as a level with "now" after it already did
(``held-now-clause``). Before, "was founded in 2003 …, and there are now 250 groups" dated
the groups 2003. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The food bank was set up in Grimsby in 2011 by local churches, and there are now"
            " more than 30 collection points across the town.",
            {30: None},
        ),
        (
            "The helpline opened in 2019, and it now takes about 400 calls.",
            {400: None},
        ),
        (
            "Volunteers handed out 900 meals in 2025; the project now runs 12 kitchens in Dundee.",
            {900: ("2025-01-01", "2025-12-31"), 12: None},
        ),
        # near misses: no "now" (the stated year is kept); the figure in the clause that
        # states the year, "now" in the clause after it
        (
            "The helpline opened in 2019, and it took about 400 calls.",
            {400: ("2019-01-01", "2019-12-31")},
        ),
        (
            "The helpline took 400 calls in 2019, and it now has a waiting list.",
            {400: ("2019-01-01", "2019-12-31")},
        ),
    ],
)
def test_now_before_a_level_in_its_own_clause(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
