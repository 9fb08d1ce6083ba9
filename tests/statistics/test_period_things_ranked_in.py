"""A sentence opening on the things just counted, ranked by place, with the place's figures
in a "where" clause, takes the period of the figures stated before (back-reference rule
``things_ranked_in`` of ``back_reference_openings.OPENINGS``). Sentences invented for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 7, 3)
Q2 = ("2025-04-01", "2025-06-30")

ROWS = [
    pytest.param(
        "Gwent Police received 48,200 calls to 101 between April and June.\n\n"
        "Waits were longest in Newport, where 3,150 callers gave up.",
        {48200.0: Q2, 3150.0: Q2},
        id="longest-in",
    ),
    pytest.param(
        "The force answered 12,900 calls between April and June.\n\n"
        "Abandoned calls were highest in the Fife division, where 840 callers hung up.",
        {12900.0: Q2, 840.0: Q2},
        id="highest-in-division",
    ),
    pytest.param(
        "Officers made 310 arrests between April and June.\n\n"
        "Burglary arrests were lowest across Conwy and Denbighshire, where 12 arrests were made.",
        {310.0: Q2, 12.0: Q2},
        id="lowest-across",
    ),
    # near misses: no ranking; no "where" clause of figures; a period of its own
    pytest.param(
        "Gwent Police received 48,200 calls to 101 between April and June.\n\n"
        "Staff were based in Newport, where 3,150 callers were helped by text.",
        {48200.0: Q2, 3150.0: None},
        id="no-ranking",
    ),
    pytest.param(
        "Gwent Police received 48,200 calls to 101 between April and June.\n\n"
        "Waits were longest in Newport. Some 3,150 callers are now offered a call back.",
        {48200.0: Q2, 3150.0: None},
        id="no-where",
    ),
    pytest.param(
        "Gwent Police received 48,200 calls to 101 between April and June.\n\n"
        "Waits were longest in Newport, where 3,150 callers gave up in 2024.",
        {48200.0: Q2, 3150.0: ("2024-01-01", "2024-12-31")},
        id="own-period",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_things_ranked_in_take_the_period_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
