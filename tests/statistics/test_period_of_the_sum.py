"""A sentence opening on the sum of money just stated, shared out by a figure of money ("Of
the funding, £60,000 will go to …": rule ``of_the_sum``), takes the span of the sum before
it. Sentences invented; near misses state no money after the opening."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

FY = ("2025-04-01", "2026-03-31")
FY24 = ("2024-04-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The commissioner has announced £300,000 in 2025/26 for the scheme. Of the "
            "funding, £80,000 will go to a local charity.",
            {300000: FY, 80000: FY},
            id="of-the-funding",
        ),
        pytest.param(
            "The council set aside £1.2m for 2024/25. Of this money, up to £200,000 will pay "
            "for refuge places.",
            {1200000: FY24, 200000: FY24},
            id="of-this-money-up-to",
        ),
        pytest.param(
            "The commissioner has announced £300,000 in 2025/26 for the scheme. Demand rose "
            "by 20% over the past three years, the force said. The new staff start in May. "
            "Officers also visited 40 schools last year. Of the funding, £80,000 will go to a "
            "local charity.",
            {
                300000: FY,
                20: ("2022-10-01", "2025-09-30"),
                40: ("2024-01-01", "2024-12-31"),
                80000: FY,
            },
            id="sum-stated-further-back",
        ),
        # near miss: the opening shares out no money (a count of its own, undated)
        pytest.param(
            "The council set aside £1.2m for 2024/25. Of the funding, most goes to staff, and "
            "12 advisers are employed.",
            {1200000: FY24, 12: None},
            id="no-money-after-opening",
        ),
    ],
)
def test_a_share_of_the_sum_takes_its_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, dt.date(2025, 10, 2)) == expected
