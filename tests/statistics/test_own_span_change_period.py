"""Rule ``own_span_change`` (:data:`pressfacts.statistics.period_comparisons.OWN_SPAN_CHANGE`):
a change whose sentence states an undated span of its own ("Staff there wore cameras for
six months and assaults fell by a third") measures that span, not the two-period comparison
an earlier paragraph made; its period stays unknown. Sentences invented for the test; near
misses: a change over "the same period" (the year before it), a span after the change
("almost doubled in just six months", which later sentences may date), and no span at all."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 4)
EARLIER = "Thefts rose to 2,140 in the year to March 2025, up 9% on the previous year.\n\n"
COMPARED = ("2023-04-01", "2025-03-31")
YEAR = ("2024-04-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            EARLIER + "Staff in the pilot shops wore cameras for six months and assaults fell "
            "by a third.",
            {2140: YEAR, 9: COMPARED, 33.3: None},
            id="for-six-months",
        ),
        pytest.param(
            EARLIER + "Over eight weeks of the lighting trial, thefts in the car park fell by 40%.",
            {2140: YEAR, 9: COMPARED, 40: None},
            id="over-eight-weeks",
        ),
        # near misses: the same period as before; a span after the change; no span at all
        pytest.param(
            EARLIER + "Assaults on staff fell by 12% over the same period.",
            {2140: YEAR, 9: COMPARED, 12: YEAR},
            id="same-period",
        ),
        pytest.param(
            EARLIER + "Assaults on staff have almost doubled in just six months.",
            {2140: YEAR, 9: COMPARED, 2: COMPARED},
            id="span-after-the-change",
        ),
        pytest.param(
            EARLIER + "Assaults on staff fell by 12%.",
            {2140: YEAR, 9: COMPARED, 12: COMPARED},
            id="no-span",
        ),
    ],
)
def test_own_span_change_takes_no_comparison(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
