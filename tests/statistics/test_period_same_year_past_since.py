""" "the same year" or "that year" after a change's "since" span (rule
``same_year_past_since``, ``period_same._year_past_since``) is the nearest year stated
before it that is no comparison's, not the "since" span to P. Sentences invented for the
test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 8, 19)
FY = ("2024-04-01", "2025-03-31")
Y2024 = ("2024-01-01", "2024-12-31")

ROWS = [
    ("Dyfed-Powys Police recorded 520 thefts in 2024/25. The number rose by a quarter since "
     "2020/21. Officers in Powys recovered 90 quad bikes in the same year.",
     {520: FY, 25: ("2020-04-01", "2025-03-31"), 90: FY}),
    ("Cumbria Police logged 310 reports in 2024. Figures from the force show that the total "
     "fell by 12% since 2021. Officers in Carlisle made 45 arrests that year.",
     {310: Y2024, 12: ("2021-01-01", "2024-12-31"), 45: Y2024}),
    # near misses: no year stated before the "since" span (it stays); a year right before
    ("Dyfed-Powys Police has recovered 520 quad bikes since 2020. Officers in Powys "
     "recovered 90 of them that year.",
     {520: ("2020-01-01", "2026-08-19"), 90: ("2020-01-01", "2026-08-19")}),
    ("Officers in Powys recovered 90 quad bikes in 2023. In the same year, 14 people were "
     "charged.", {90: ("2023-01-01", "2023-12-31"), 14: ("2023-01-01", "2023-12-31")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_same_year_past_since(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
