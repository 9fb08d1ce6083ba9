"""A count in a clause after a change's yardstick date ("fell to 240, from 310 in 2024, and
85 robberies were recorded") takes the period the yardstick is compared with, not the
yardstick's (rule ``count_after_level_yardstick``,
:func:`pressfacts.statistics.period_yardstick_mains.level_yardstick_before`); sentences
invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 18)
Y2025 = ("2025-01-01", "2025-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
FY = ("2024-04-01", "2025-03-31")
FY_BEFORE = ("2023-04-01", "2024-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The force recorded 3,100 thefts in 2025. Burglaries fell to 240, from 310 in "
            "2024, and 85 robberies were recorded.",
            {3100: Y2025, 240: Y2025, 310: Y2024, 85: Y2025},
            id="to-level-from-date",
        ),
        pytest.param(
            "The council handled 5,200 complaints in 2024/25. Noise complaints numbered "
            "1,900, compared with 1,650 in 2023/24, and officers issued 120 warnings.",
            {5200: FY, 1900: FY, 1650: FY_BEFORE, 120: FY},
            id="compared-with-date",
        ),
        pytest.param(  # near miss: the count's own year
            "The force recorded 3,100 thefts in 2025. Burglaries fell to 240, from 310 in "
            "2024, and 85 robberies were recorded in 2023.",
            {3100: Y2025, 240: Y2025, 310: Y2024, 85: ("2023-01-01", "2023-12-31")},
            id="own-year-kept",
        ),
        pytest.param(  # near miss: nothing later stated to compare with
            "Burglaries fell to 240, from 310 in 2024, and 85 robberies were recorded.",
            {240: None, 310: Y2024, 85: None},
            id="no-later-period",
        ),
    ],
)  # fmt: skip
def test_count_after_a_level_yardstick(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
