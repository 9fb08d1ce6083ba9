"""A plan's next clause opened by ", and" and a base-form verb with no figure ("will fund 9
advisers, up from 7, and keep the centre in Carlisle open") is a clause of its own: its
place is not the figures' before it (clause break ``PLAN_CLAUSE``, rule ``plan_clause``).
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cumbria Police and Crime Commissioner Jo Tarrant has set the budget. The money "
            "will fund 9 advisers, up from 7 last year, and keep the referral centre in "
            "Carlisle open at night.",
            [(9, "Cumbria"), (7, "Cumbria")],
        ),
        (
            "Norfolk Police and Crime Commissioner Sam Ayre has set the budget. The grant will "
            "pay for 12 nurses, and open a new clinic in King's Lynn next spring.",
            [(12, "Norfolk")],
        ),
        # near misses: the figure's own place, and a past verb (no plan)
        (
            "Cumbria Police and Crime Commissioner Jo Tarrant has set the budget. The grant "
            "will pay for 12 nurses in Carlisle, and keep the clinic open.",
            [(12, "Carlisle")],
        ),
        (
            "Cumbria Police and Crime Commissioner Jo Tarrant has set the budget. The grant "
            "paid for 12 nurses, and kept the clinic in Carlisle open.",
            [(12, "Carlisle")],
        ),
    ],
)
def test_a_plan_clause_keeps_its_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
