"""A level after a change's comparison whose later span is stated in the sentence before
("The charity answered 2,300 calls in 2024. That was up 15% on the year before, and over
half of the callers were under 18.") covers the span the comparison is anchored to, not the
comparison's earlier half (rule ``comparison-behind-anchor`` of
:mod:`pressfacts.statistics.period_comparisons`). Sentences invented for the test, with
near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 14)
FY = ("2024-04-01", "2025-03-31")
BOTH_FY = ("2023-04-01", "2025-03-31")
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers took 640 reports in the year to March 2025. That is up 9% on the year "
            "before, and girls were almost twice as likely to be reported as boys.",
            {640: FY, 9: BOTH_FY, 2: FY},
            id="multiple-after",
        ),
        pytest.param(
            "The charity answered 2,300 calls in 2024. That was up 15% on the year before, "
            "and over half of the callers were under 18.",
            {2300: Y2024, 15: ("2023-01-01", "2024-12-31"), 50: Y2024},
            id="share-of-its-own",
        ),
        # near misses: a clause on the comparison's own time keeps it; a yardstick count
        pytest.param(
            "Officers took 640 reports in the year to March 2025. That is up 9% on the year "
            "before, when 587 reports were taken.",
            {640: FY, 9: BOTH_FY, 587: ("2023-04-01", "2024-03-31")},
            id="when-clause",
        ),
        pytest.param(
            "Officers took 640 reports in the year to March 2025, compared with 587 the year "
            "before.",
            {640: FY, 587: ("2023-04-01", "2024-03-31")},
            id="yardstick-count",
        ),
    ],
)
def test_a_level_behind_a_comparison_takes_its_anchor(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
