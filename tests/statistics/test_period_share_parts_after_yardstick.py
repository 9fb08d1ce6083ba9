"""A share in words or a percentage that is a part of the later figure of a comparison
("296 suspects, up from 211 in 2024, and a third of them …", "40% of them", "one in five of
those cases") takes the later figure's period, as a part in digits did
(``period_levels.PART_FIGURE_AT``, :data:`PART_OF_THEM`); it had taken the yardstick's
year. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 16)
FY25 = ("2025-04-01", "2026-03-31")
FY24 = ("2024-04-01", "2025-03-31")
Y25 = ("2025-01-01", "2025-12-31")
Y24 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between April 2025 and March 2026, the area charged 296 rape suspects, up from "
            "211 in 2024/25, and a third of those cases have already reached trial.",
            {296: FY25, 211: FY24, 33.3: FY25},
        ),
        (
            "In 2025, officers arrested 296 suspects, up from 211 in 2024, and 40% of them "
            "were women.",
            {296: Y25, 211: Y24, 40: Y25},
        ),
        (
            "In 2025, officers arrested 296 suspects, up from 211 in 2024, and one in five "
            "of them were women.",
            {296: Y25, 211: Y24, 20: Y25},
        ),
        (  # near miss: no "of them": the share is the yardstick year's
            "In 2025, officers arrested 296 suspects, up from 211 in 2024, when a third "
            "were women.",
            {296: Y25, 211: Y24, 33.3: Y24},
        ),
    ],
)
def test_share_part_takes_later_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
