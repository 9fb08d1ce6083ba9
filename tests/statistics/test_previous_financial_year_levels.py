"""A level a count rose or fell from, with no preposition before "the previous financial
year" ("rose to 286 in 2025/26, from 219 the previous financial year"): the year before the
stated one (rule ``financial_year_named``), and the count's noun is the one it points back
to, not "financials" (nor "quarters" after "the previous quarter"). Sentences invented;
P is 20 August 2026, so "the previous financial year" alone would be 2025/26."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 8, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thefts in Leeds rose to 1,410 in 2024/25, from 1,190 the previous financial year.",
            [
                (1410, "thefts", ("2024-04-01", "2025-03-31")),
                (1190, "thefts", ("2023-04-01", "2024-03-31")),
            ],
        ),
        (
            "Warwickshire Police made 640 arrests in 2025/26, down from 702 arrests the "
            "previous financial year.",
            [
                (640, "arrests", ("2025-04-01", "2026-03-31")),
                (702, "arrests", ("2024-04-01", "2025-03-31")),
            ],
        ),
        # near miss: no stated financial year before it, so the previous one is P's
        (
            "Surrey Police seized 88 knives in the previous financial year.",
            [(88, "knives", ("2025-04-01", "2026-03-31"))],
        ),
    ],
)
def test_level_from_the_previous_financial_year(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected


def test_previous_quarter_is_no_noun(nlp: Language, unit_periods_of: UnitPeriodsOf) -> None:
    found = unit_periods_of(
        nlp,
        "Cardiff issued 86 fines in the second quarter of 2026, from 19 the previous quarter.",
        P,
    )
    assert [(value, unit) for value, unit, _ in found] == [(86, "fines"), (19, "fines")]
