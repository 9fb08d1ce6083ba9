""" "over the quarter" points back past a span that dates a yardstick worded "down on the
84.5% recorded in …" (wording ``up_down_on_level`` of
:data:`pressfacts.statistics.period_refers._YARDSTICK_WORDS`, read by rule ``the_units``),
with near misses. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 8, 20)
Q1 = ("2026-01-01", "2026-03-31")

ROWS: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "Officers in Kent made 310 arrests between January and March 2026. The charge rate "
        "was 24%, down on the 26.1% recorded in the final quarter of 2025. Burglaries in "
        "Medway fell to 140 over the quarter.",
        {310: Q1, 24: Q1, 26.1: ("2025-10-01", "2025-12-31"), 140: Q1},
    ),
    (
        "Officers in Kent made 310 arrests between January and March 2026, up on the 280 "
        "made in the final quarter of 2025. In Medway, 90 people were charged over the "
        "quarter.",
        {310: Q1, 280: ("2025-10-01", "2025-12-31"), 90: Q1},
    ),
    # near miss: a quarter stated as the figure's own, not a yardstick, is pointed back to
    (
        "Officers in Kent made 310 arrests between January and March 2026. In the final "
        "quarter of 2025, they made 280. In Medway, 90 people were charged over the quarter.",
        {310: Q1, 280: ("2025-10-01", "2025-12-31"), 90: ("2025-10-01", "2025-12-31")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_quarter_skips_an_up_down_on_yardstick(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
