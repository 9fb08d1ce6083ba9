"""Rule ``own_month_to_come`` (:func:`pressfacts.statistics.period_rules.resolve_bare_month`,
:func:`pressfacts.statistics.period_future.said_to_come`): the month of P named with no year
runs to P ("made 40 arrests in March"), but is the whole month when its sentence says before
it that it is to come ("officers will patrol the routes during March"). Sentences invented
for the test; near misses: a past tense, and a future word only after the month.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 3, 12)
WHOLE = ("2025-03-01", "2025-03-31")
TO_P = ("2025-03-01", "2025-03-12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "More than 30 extra officers will patrol the tram stops during March.",
            {30: WHOLE},
            id="will-patrol-during",
        ),
        pytest.param(
            "The force is set to hold 12 drop-in sessions in March.",
            {12: WHOLE},
            id="set-to",
        ),
        pytest.param(
            "Officers will carry out 200 licence checks throughout March.",
            {200: WHOLE},
            id="throughout",
        ),
        # near misses: a past tense; a future word after the month only
        pytest.param(
            "Officers have carried out 200 licence checks during March.",
            {200: TO_P},
            id="past-tense",
        ),
        pytest.param(
            "Officers made 40 arrests in March and will make more in April.",
            {40: TO_P},
            id="future-after",
        ),
    ],
)
def test_own_month_to_come(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
