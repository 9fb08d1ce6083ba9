"""A yardstick's count followed by "in the whole of" or "in the course of" and a financial
year ("compared with 250 in the whole of 2024/25") is the earlier half of the comparison
(rule ``compared_count_whole_of`` of ``period_links.COMPARATOR_BEFORE``, with
``WHOLE_OF``), as "compared with 250 in 2024/25" is: a share of the counted thing after
it keeps the main count's period, not the yardstick's. Before, the financial year after
"the whole of" was read as a main period and the share took it. Every sentence is
invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 19)
FY24 = ("2024-04-01", "2025-03-31")
FY25 = ("2025-04-01", "2026-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over 2025/26 to the end of January, the van treated 310 people, compared with 250"
            " in the whole of 2024/25. About half of the people were women.",
            {310: ("2025-04-01", "2026-01-31"), 250: FY24, 50: ("2025-04-01", "2026-01-31")},
        ),
        (
            "In 2025/26, the team recorded 84 referrals, up from 60 in the course of 2024/25."
            " A quarter of the referrals came from schools.",
            {84: FY25, 60: FY24, 25: FY25},
        ),
        # near misses: the yardstick with no "whole of" (as before); no comparator words
        (
            "In 2025/26, the team recorded 84 referrals, up from 60 in 2024/25. A quarter of"
            " the referrals came from schools.",
            {84: FY25, 60: FY24, 25: FY25},
        ),
        (
            "The team recorded 84 referrals in 2025/26. A quarter of the referrals came from"
            " schools in the whole of 2024/25.",
            {84: FY25, 25: FY24},
        ),
    ],
)
def test_compared_count_whole_of(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
