"""A level in a clause of its own saying "now", after a clause break that follows the
period its sentence states for the clause before, keeps no span closed before P
(``held-now-clause``): "trained 1,150 staff in 2025/26, and almost 90% of schools now use
it"."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

AY = ("2025-09-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kent County Council trained 1,150 school staff in the 2025/26 academic year, "
            "and almost 90% of maintained schools in Kent now use its service.",
            {1150: AY, 90: None},
        ),
        (
            "The Hull charity answered 2,000 calls in 2025, and 30 volunteers currently "
            "staff its helpline.",
            {2000: Y25, 30: None},
        ),
        (
            "Derbyshire Constabulary trained 400 officers in 2025; 120 of its PCSOs now "
            "carry the kit as well.",
            {400: Y25, 120: None},
        ),
        # near misses: no "now" in the figure's clause, or no clause break, or "now"
        # another verb's (after a verb of saying or a modal)
        (
            "The Hull charity ran 300 workshops in 2025, and more than 80% of the pupils "
            "said they would now report a scam.",
            {300: Y25, 80: Y25},
        ),
        (
            "The Hull charity answered 2,000 calls in 2025, and 30 volunteers staffed its "
            "helpline.",
            {2000: Y25, 30: Y25},
        ),
        (
            "The Hull charity now says it answered 2,000 calls in 2025, and 30 volunteers "
            "staffed its helpline.",
            {2000: Y25, 30: Y25},
        ),
    ],
)
def test_a_now_clause_keeps_no_closed_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, dt.date(2026, 11, 5)) == expected
