"""A sentence whose subject is the figure before and that changes it "since" a year beside
another comparison (rule ``figure_since_back``, ``period_figure_back.FIGURE_SINCE_SUBJECT``):
the "since" change runs to the end of that figure's period, not to P, and the sentence gives
no main period to the figures after it (they keep the figure's). Sentences invented; P is
8 October 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 8)

ROWS = [
    ("Police in Essex recorded 2,310 online grooming offences in the year to March 2025. The "
     "figure is up 6% on the previous year and has more than doubled since 2018/19.",
     {2: ("2018-04-01", "2025-03-31")}),
    ("Merseyside Police made 418 arrests in 2024. The total was 11% higher than the year before "
     "and has trebled since 2019. Around 60% of those arrested were charged.",
     {3: ("2019-01-01", "2024-12-31"), 60: ("2024-01-01", "2024-12-31")}),
    # near miss: a count of its own as the subject ("The number of thefts"), a span to P
    ("Officers made 300 arrests in 2024. The number of thefts has doubled since 2019.",
     {2: ("2019-01-01", "2025-10-08")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_figure_since_back(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert {k: v for k, v in periods_of(nlp, text, P).items() if k in expected} == expected
