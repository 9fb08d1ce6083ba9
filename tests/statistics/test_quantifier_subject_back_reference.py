"""A sentence opening on a bare quantifier as the subject of a verb of the past ("Most
happened overnight, …") speaks of the things just counted: its figures take their span
(rule ``quantifier_subject`` of ``back_reference_openings.OPENINGS``). Every sentence is
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 22)
LEAD = "There were 214 burglaries in Bolton between May and July. "
MAY_JULY = ("2026-05-01", "2026-07-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            LEAD + "Most happened at night, and in nearly half of cases the door had been "
            "left unlocked.",
            {214: MAY_JULY, 50: MAY_JULY},
            id="most-happened-then-share",
        ),
        pytest.param(
            LEAD + "Almost all were reported within a day, and 40% led to an arrest.",
            {214: MAY_JULY, 40: MAY_JULY},
            id="almost-all-were-then-share",
        ),
        # near misses: a quantifier with a noun of its own; no quantifier opening
        pytest.param(
            LEAD + "Most forces recorded a fall of 12%.",
            {214: MAY_JULY, 12: None},
            id="quantifier-with-its-own-noun",
        ),
        pytest.param(
            LEAD + "Officers said in nearly half of cases the door had been left unlocked.",
            {214: MAY_JULY, 50: None},
            id="no-quantifier-opening",
        ),
    ],
)
def test_quantifier_subject_back_reference(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
