"""A sentence opening on a share of the things just counted ("In one in four searches, no
adult was present", ``back_reference_openings.SHARE_OPENS_IN``, rule ``share_opens_in``)
takes the period of the figures before it. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 8)
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police made 400 arrests in 2024. In one in five arrests, the suspect was drunk.",
            {400: Y2024, 20: Y2024},
            id="one-in-five-arrests",
        ),
        pytest.param(
            "Officers searched 250 cars in 2024. In 40% of the cases, nothing was found.",
            {250: Y2024, 40: Y2024},
            id="per-cent-of-the-cases",
        ),
        pytest.param(
            "Staff dealt with 900 calls in 2024. In nearly one in three calls, a child was at "
            "risk.",
            {900: Y2024, 33.3: Y2024},
            id="nearly-one-in-three-calls",
        ),
        # near misses: a whole of its own; a body's whole
        pytest.param(
            "Kent Police made 400 arrests in 2024. In one in five areas of the county, crime "
            "is falling.",
            {400: Y2024, 20: None},
            id="areas-of-the-county",
        ),
        pytest.param(
            "Kent Police made 400 arrests in 2024. In 40% of the force's stations, cells are old.",
            {400: Y2024, 40: None},
            id="a-bodys-whole",
        ),
    ],
)
def test_share_opening_in_takes_the_period_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
