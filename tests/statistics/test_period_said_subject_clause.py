""" ", and" + another subject led by "the" or a possessive + a verb of saying + a reported
subject and auxiliary opens a clause of its own (rule ``said_subject_clause``,
``period_own_clauses.SAID_SUBJECT_CLAUSE``): its period is the telling's figures', not
the figure's before it, which is dated as in a sentence stating none. Sentences invented
for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 6, 10)
Y2025 = ("2025-01-01", "2025-12-31")
SINCE_MARCH = ("2026-03-01", "2026-06-10")
LEAD = "Crews in Kent reported 812 assaults in 2025. "

ROWS = [
    (LEAD + "Officers were sent video in 96 cases, and the trust said it had secured 41 "
     "convictions since March.", {812: Y2025, 96: Y2025, 41: SINCE_MARCH}),
    (LEAD + "Staff logged 96 cases, and the union's regional secretary said they had seen 41 "
     "convictions since March.", {812: Y2025, 96: Y2025, 41: SINCE_MARCH}),
    # near misses: the same subject's telling (no subject of its own); a period before the
    # telling stays the sentence's
    (LEAD + "Officers were sent video in 96 cases, and said they had secured 41 convictions "
     "since March.", {812: Y2025, 96: SINCE_MARCH, 41: SINCE_MARCH}),
    ("Officers seized 40 phones since March, and the force said it had made 12 arrests.",
     {40: SINCE_MARCH, 12: SINCE_MARCH}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_said_subject_clause(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
