""" "against" after a noun of proceeding or wrongdoing names who the action is taken
against (rule ``against_target`` of ``period_links``): the period after it dates the
sentence's own figures, not a comparison's yardstick. Every sentence is invented for the
test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 12)

ROWS = [
    pytest.param(
        "Calderdale Council took enforcement action against 88 letting agents in 2025/26, up "
        "12% on the previous financial year.",
        {88.0: ("2025-04-01", "2026-03-31"), 12.0: ("2024-04-01", "2026-03-31")},
        id="action-against-then-previous-financial-year",
    ),
    pytest.param(
        "Trading standards officers brought proceedings against 41 traders in 2025, a rise "
        "of 20% on 2024.",
        {41.0: ("2025-01-01", "2025-12-31"), 20.0: ("2024-01-01", "2025-12-31")},
        id="proceedings-against",
    ),
    pytest.param(
        "The force recorded offences against 260 children in 2025-26, up by a fifth on the "
        "previous financial year.",
        {260.0: ("2025-04-01", "2026-03-31"), 20.0: ("2024-04-01", "2026-03-31")},
        id="offences-against",
    ),
    # near misses: "against" a level, with no action noun before it, stays a comparison
    pytest.param(
        "Officers seized 510 knives in 2025/26, against 430 in 2024/25.",
        {510.0: ("2025-04-01", "2026-03-31"), 430.0: ("2024-04-01", "2025-03-31")},
        id="near-miss-against-a-level",
    ),
    pytest.param(
        "The unit made 73 arrests in 2025, compared with 58 cases in 2024.",
        {73.0: ("2025-01-01", "2025-12-31"), 58.0: ("2024-01-01", "2024-12-31")},
        id="near-miss-compared-with",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_against_a_target_is_no_yardstick(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
