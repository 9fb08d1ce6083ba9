"""A verb of killing or injuring with its toll as its object, in the clause before a day,
makes the day the toll's span (rule ``casualty_day``, ``period_figure_days.CASUALTY_DAY``);
an "after" clause of such an attack is a clause of its own, so the main act before it keeps
its own period (rule ``after_toll_clause``, ``period_own_clauses.AFTER_TOLL_CLAUSE``).
Sentences invented for the test; near misses: what befell people told in the passive, an
arrest's or a court's day after the toll, an attack with no toll."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 6, 10)

CASES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "Loose dogs killed 11 ewes and injured four lambs at a farm near Hexham on 3 April.",
        {11: ("2026-04-03", "2026-04-03"), 4: ("2026-04-03", "2026-04-03")},
    ),
    (
        "A fire that killed three horses at a stables in Epsom on 2 May is being investigated.",
        {3: ("2026-05-02", "2026-05-02")},
    ),
    # the order before "after" keeps no day; the toll after it takes the day
    (
        "A Taunton man was ordered to pay £900 after his dog savaged 6 sheep on farmland near "
        "Wiveliscombe on 19 March.",
        {900: None, 6: ("2026-03-19", "2026-03-19")},
    ),
]

NEAR_MISSES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    ("Two men were injured in an attack in Leeds on 3 March.", {2: None}),
    ("His dogs killed two sheep before he was arrested in Bala on 3 April.", {2: None}),
    ("Owners were fined £500 after a dog attack near Ripon on 5 May.", {500: None}),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_casualty_day(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
