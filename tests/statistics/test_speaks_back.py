"""A count that opens its sentence as the subject of a verb of telling ("Forty-three raised
concerns", "More than 200 said they felt safer") counts some of the people the count of
the sentence before counted (``elided_subjects.speaks_back``), with that count's noun and
span; a count with a noun of its own keeps it. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 6, 10)
Y2025 = ("2025-01-01", "2025-12-31")
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers spoke to 640 residents in Hull in 2025. Forty-three raised concerns "
            "about speeding, down from 58 in 2024.",
            [(640.0, "residents", Y2025), (43.0, "residents", Y2025), (58.0, "residents", Y2024)],
        ),
        (
            "Visitors met 1,032 detainees in Kent in 2025. More than 200 said they had been "
            "offered a drink.",
            [(1032.0, "detainees", Y2025), (200.0, "detainees", Y2025)],
        ),
        (
            "The charity surveyed 900 parents in Leeds in 2025. About 120 complained about "
            "the school run.",
            [(900.0, "parents", Y2025), (120.0, "parents", Y2025)],
        ),
        # near misses: a noun of its own; no verb of telling
        (
            "Officers spoke to 640 residents in Hull in 2025. Another 43 officers reported "
            "concerns.",
            [(640.0, "residents", Y2025), (43.0, "officers", Y2025)],
        ),
        (
            "Officers spoke to 640 residents in Hull in 2025. Forty-three lived near the park.",
            [(640.0, "residents", Y2025)],
        ),
    ],
)
def test_speaks_back(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str] | None]],
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
