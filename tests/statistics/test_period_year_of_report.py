""" "Natural England's 2024 Wildlife Crime Review lists 61 …": the year of a body's yearly
report dates the figures it lists (``period_wordings`` rule ``year_of_report``; sentences
invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2026, 3, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cadw's 2024 Monuments at Risk Survey lists 61 sites in Gwynedd.",
         [("Cadw's 2024 Monuments at Risk Survey", "2024-01-01", "2024-12-31")]),
        ("The 2025 annual report counts 212 seizures.",
         [("The 2025 annual report", "2025-01-01", "2025-12-31")]),
        # near misses: an Act, a survey or review of no owner, a census year, another year's
        # report
        ("The 2023 Act gave officers 40 new powers.", []),
        ("A 2024 survey found 40 cases.", []),
        ("Of the 2021 census population, 2% were Welsh speakers.", []),
        ("The charity's 2026 report of 2025 lists 40 cases.", []),
        ("The 2019 review found 40 cases.", []),
    ],
)  # fmt: skip
def test_year_of_a_report(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
