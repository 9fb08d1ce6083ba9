"""The same count of another time in brackets after a figure ("1,245 arrests in 2024/25
(2023/24: 1,102)", "(1,102 in 2023)") is a figure of its own, with the noun and period the
brackets give (elided rule ``bracketed_yardstick``); the brackets' period is not the
figure's before them (clause break ``period_clauses.BRACKETED_YARDSTICK``), nor the main
period the sentences after it take (``period_clauses.in_bracketed_yardstick``). Sentences
invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers made 1,245 arrests in Suffolk in 2024/25 (2023/24: 1,102).",
            [
                (1245.0, "arrests", ("2024-04-01", "2025-03-31")),
                (1102.0, "arrests", ("2023-04-01", "2024-03-31")),
            ],
        ),
        (
            "Results for 2024/25 in Suffolk:\n\n- Arrests: 1,245 (2023/24: 1,102)",
            [
                (1245.0, "arrests", ("2024-04-01", "2025-03-31")),
                (1102.0, "arrests", ("2023-04-01", "2024-03-31")),
            ],
        ),
        (  # the bullets after such a line keep the lead-in's year
            "Results for 2024/25 in Suffolk:\n\n- Arrests: 1,245 (2023/24: 1,102)\n"
            "- Vehicles seized: 312",
            [
                (1245.0, "arrests", ("2024-04-01", "2025-03-31")),
                (1102.0, "arrests", ("2023-04-01", "2024-03-31")),
                (312.0, "vehicles", ("2024-04-01", "2025-03-31")),
            ],
        ),
        (
            "The team seized 96 vehicles in Suffolk in 2024 (71 in 2023).",
            [
                (96.0, "vehicles", ("2024-01-01", "2024-12-31")),
                (71.0, "vehicles", ("2023-01-01", "2023-12-31")),
            ],
        ),
    ],
)
def test_bracketed_yardstick(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str]]],
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
