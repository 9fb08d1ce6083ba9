"""A court's day dates the count of the people sentenced when that count is the sentence's
only figure (rule ``court_day_defendants``, ``period_court_days``); it still dates no
offences or orders counted with it. Sentences invented; P is Thursday 12 March 2026."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 12)
TUESDAY = ("2026-03-10", "2026-03-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four men were jailed on Tuesday for hare coursing in Cambridgeshire.", {4: TUESDAY}),
        ("Two women have been sentenced at Hull Crown Court on Tuesday.", {2: TUESDAY}),
        ("On Tuesday, five poachers were sentenced for deer poaching in Dorset.", {5: TUESDAY}),
        ("Three brothers from Wrexham were jailed yesterday.", {3: ("2026-03-11",) * 2}),
        (
            "Six gang members were jailed last Friday for raids on churches.",
            {6: ("2026-03-06",) * 2},
        ),
        # near misses: another figure in the sentence (the day dates neither), a figure not
        # of the sentenced, a day of telling
        ("Two men were jailed on Tuesday after admitting 14 burglaries.", {2: None, 14: None}),
        ("A man was jailed on Tuesday after stealing 12 tonnes of lead.", {12: None}),
        ("Magistrates sentenced a poacher on Tuesday who had killed 9 deer.", {9: None}),
        (
            "The court heard on Tuesday that 30 people had been jailed since 2020.",
            {30: ("2020-01-01", "2026-03-12")},
        ),
    ],
)
def test_court_day_defendants(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
