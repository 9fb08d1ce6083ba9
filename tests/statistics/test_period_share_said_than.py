"""A share + a verb of saying or belief + a comparison in what was said, up to its "than",
ends the share's clause (rule ``share_said_than``, ``period_own_clauses.SHARE_SAID_THAN``):
the yardstick after "than" is what the respondents compared things with, not the share's
span. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 14)
MARCH = ("2026-03-01", "2026-03-31")
Y2025 = ("2025-01-01", "2025-12-31")

ROWS = [
    ("A poll of 800 shopkeepers in March found that 61% said theft was worse than it had "
     "been five years ago.", {800: MARCH, 61: MARCH}),
    ("In a survey taken in March, nearly half of residents felt the roads were safer than a "
     "decade ago.", {50: MARCH}),
    ("Of 300 gamekeepers asked in 2025, 38 per cent believed poaching was higher than in "
     "2019.", {300: Y2025, 38: Y2025}),
    # near misses: no saying (the share's own yardstick); no comparison in what was said
    ("Thefts of quad bikes were 44% higher than five years ago.",
     {44: ("2021-01-01", "2021-12-31")}),
    ("A poll in March found that 27% said they had been targeted in 2025.", {27: Y2025}),
    ("More than a third of callers last year said they had been targeted more than once.",
     {33.3: Y2025}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_share_said_than(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
