"""A cyber attack told as the subject of a verb of disabling, with its toll before the day,
makes the day the toll's span (rule ``cyber_attack_day``, ``period_attack_days.ATTACK_DAYS``).
Sentences invented for the test; near misses: an attack after "after", "by" or "since" (the
day of another act), an arrest's or a report's day in the clause, an attack with no toll."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 6, 10)

CASES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "A ransomware attack took 14 council servers offline in Harrogate on 2 April.",
        {14: ("2026-04-02", "2026-04-02")},
    ),
    (
        "The cyber attack, which encrypted files at 6 surgeries in Truro on 11 May, is being "
        "investigated.",
        {6: ("2026-05-11", "2026-05-11")},
    ),
    (
        "Police said a malware attack disrupted payments at 23 shops in Bangor on 4 March, "
        "leaving about 900 customers without receipts.",
        {23: ("2026-03-04", "2026-03-04"), 900: ("2026-03-04", "2026-03-04")},
    ),
]

NEAR_MISSES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    ("Officers arrested two men after a ransomware attack hit the firm on 3 March.", {2: None}),
    ("The college, hit by a cyber attack on 3 March, has 40 classrooms.", {40: None}),
    (
        "A ransomware attack shut down the council's systems, and 12 staff were arrested on "
        "3 March.",
        {12: None},
    ),
    ("A cyber attack hit the trust's systems on 3 March.", {}),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_cyber_attack_day(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
