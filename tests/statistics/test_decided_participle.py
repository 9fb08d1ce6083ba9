"""A decision's noun and its participle right before a period ("the rise in the precept
agreed in February", "the budget approved by the panel in January") date when the
decision was taken: the period is an event no figure takes when a later period of the
sentence states the figures' span (rule ``decided_participle``:
``period_asides.DECIDED_BEFORE`` and ``decided_participle_events``). Before, the figures
before it took the decision's month. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 10, 8)
FY = ("2026-04-01", "2027-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 41 new PCSOs were paid for by the council tax increase agreed in January, "
            "which brought in £3.2m for 2026/27.",
            {41: FY, 3200000: FY},
        ),
        (
            "Wiltshire Police will fund 28 detectives from the budget approved by the panel "
            "in February for 2026/27.",
            {28: FY},
        ),
        (
            "Cumbria's 19 rural officers come from the settlement announced last March, "
            "worth £1.4m in 2026/27.",
            {19: FY, 1400000: FY},
        ),
        # near misses: no decision's noun before the participle; no later period of the
        # figures' own (the decision's month stays theirs)
        (
            "The 41 PCSOs recruited in January will cost £3.2m in 2026/27.",
            {41: ("2026-01-01", "2026-01-31"), 3200000: FY},
        ),
        (
            "The 41 new PCSOs were paid for by the council tax increase agreed in January.",
            {41: ("2026-01-01", "2026-01-31")},
        ),
    ],
)
def test_decided_participle(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
