"""Rule ``comparison_stated_after`` (``period_comparisons.comparison_reaching``): a change
with no yardstick of its own takes the release's comparison stated after its paragraph only
when that comparison's earlier period is the one right before the change's own; near miss:
a year-on-year comparison stated in the paragraph after still dates the change."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a key-figures list under its year, then a comparison with a year long before
        (
            "The commissioner has published her annual report for 2024/25. The figures:\n\n"
            "- Thefts from vehicles: 1,410, down 9%\n- Special constables: 212\n\n"
            "The charge rate was 6.1 percentage points higher than in 2018/19.\n",
            {9: ("2024-04-01", "2025-03-31")},
        ),
        # near miss: the paragraph after compares the year with the one right before it
        (
            "The panel has backed the budget for 2025/26. The charge for a Band D home will"
            " rise from £301.20 in 2024/25 to £315.20 in the year from 1 April. That is a rise"
            " of 4.6%.\n\nA Band A home will pay £210.13 in 2025/26, 78p a month more than in"
            " 2024/25.\n",
            {4.6: ("2024-04-01", "2026-03-31")},
        ),
    ],
)
def test_a_change_takes_a_comparison_stated_after_only_of_the_year_before(
    periods_of: PeriodsOf, nlp: Language, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found[value] for value in expected} == expected
