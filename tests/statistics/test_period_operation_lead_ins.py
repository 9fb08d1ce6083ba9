"""An unnamed operation, crackdown or week of action its subject ran, dated at the end of
its sentence, dates the figures after it (lead-in rule ``ran_an_operation_lead_in`` of
LEAD_IN_RULES), and near misses. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 2)
AUGUST_BANK_HOLIDAY = ("2026-08-29", "2026-08-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lancashire Police first reported 12 thefts in 2024. Lancashire Police also ran "
            "a speed enforcement operation over the August bank holiday weekend. Officers "
            "stopped 214 vehicles and reported 163 drivers.",
            {12: ("2024-01-01", "2024-12-31"), 214: AUGUST_BANK_HOLIDAY, 163: AUGUST_BANK_HOLIDAY},
        ),
        (
            "Merseyside Police said it issued 75 tickets in 2023. The force held a drink-drive "
            "crackdown during July. Officers arrested 31 drivers.",
            {75: ("2023-01-01", "2023-12-31"), 31: ("2026-07-01", "2026-07-31")},
        ),
        (
            "Gwent Police said 20 roads were closed in 2025. Officers carried out a week of "
            "action during June.\n\nIn total 46 vans were stopped.",
            {20: ("2025-01-01", "2025-12-31"), 46: ("2026-06-01", "2026-06-30")},
        ),
        # near misses: no event noun; a week of talks is no event; a range after the
        # operation (a plan after it stays undated)
        (
            "Kent Police said 20 roads were closed in 2025. Officers ran an operation between "
            "June and August. Volunteers will try to buy knives at 40 shops.",
            {20: ("2025-01-01", "2025-12-31"), 40: None},
        ),
        (
            "Kent Police said 20 roads were closed in 2025. Officers ran 40 checks in May. "
            "Later, 12 drivers were fined.",
            {20: ("2025-01-01", "2025-12-31"), 40: ("2026-05-01", "2026-05-31"), 12: None},
        ),
        (
            "Kent Police said 20 roads were closed in 2025. Officers ran a week of talks in "
            "June. Later, 437 pupils signed up.",
            {20: ("2025-01-01", "2025-12-31"), 437: None},
        ),
    ],
)
def test_an_operation_run_dates_what_follows(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
