""" "The number rose by …" in the simple past (rule ``past_change_back``,
``change_back_words.PAST_CHANGE_VERBS``), also after what shows it ("Figures from the
force show that …", rule ``reported_change_back``), changes the figure of the sentence
before, as "The number has risen …" does: a change "since" a year runs to the end of that
figure's period, and the sentences after it keep that period, not the "since" span to P.
Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 5)
FY = ("2024-04-01", "2025-03-31")
Y2024 = ("2024-01-01", "2024-12-31")

ROWS = [
    ("Dyfed-Powys Police recorded 520 thefts in 2024/25. The number rose by a quarter since "
     "2020/21. Where the owner was known, 60% of the thefts were from farms.",
     {520: FY, 25: ("2020-04-01", "2025-03-31"), 60: FY}),
    ("Cumbria Police logged 310 reports in 2024. Figures from the force show that the total "
     "fell by 12% since 2021. Around 40% of the reports came from Carlisle.",
     {310: Y2024, 12: ("2021-01-01", "2024-12-31"), 40: Y2024}),
    ("Gwent Police recorded 96 arson attacks in 2024. The figure doubled since 2019.",
     {96: Y2024, 2: ("2019-01-01", "2024-12-31")}),
    # near misses: a noun of its own ("The number of …", "Thefts"): no figure before it
    # changed, so the "since" span runs to P
    ("Cumbria Police logged 310 reports in 2024. The number of dog thefts rose by 12% since "
     "2021.", {310: Y2024, 12: ("2021-01-01", "2025-11-05")}),
    ("Thefts from vans in Gwent rose by 30% since 2019.", {30: ("2019-01-01", "2025-11-05")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_past_change_back(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
