"""A period phrase dating the earlier level of "rose from 9 in 2023 to 17 in 2024" dates
that level only, not the sentence (``period_yardstick_mains.YARDSTICK_DATES`` rule
``from_level_date``): a share pointing back at the sentence ("Nearly half of them") takes
the later level's date. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2025, 5, 15)
Y2024 = ("2024-01-01", "2024-12-31")
Y2023 = ("2023-01-01", "2023-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Attacks on police horses in Sussex rose from nine in 2023 to 17 in 2024. Nearly "
            "half of them happened at football matches.",
            [(9.0, "attacks", Y2023), (17.0, "attacks", Y2024), (50.0, "percent", Y2024)],
        ),
        (
            "Dog thefts in Norfolk fell from 61 in 2023 to 44 in 2024. More than a third of "
            "them were spaniels.",
            [(61.0, "thefts", Y2023), (44.0, "thefts", Y2024), (33.3, "percent", Y2024)],
        ),
        # near misses: no later level; one date for both levels
        (
            "Dog thefts in Norfolk rose from 61 in 2023. More than a third of them were spaniels.",
            [(61.0, "thefts", Y2023), (33.3, "percent", Y2023)],
        ),
        (
            "Dog thefts in Norfolk fell from 61 to 44 in 2024. More than a third of them were "
            "spaniels.",
            [(61.0, "thefts", Y2024), (44.0, "thefts", Y2024), (33.3, "percent", Y2024)],
        ),
    ],
)
def test_from_level_date(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str] | None]],
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
