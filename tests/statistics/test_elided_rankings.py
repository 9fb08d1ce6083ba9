"""Another member of a ranking after the count before it, its noun unsaid (rules
``with_place_at``, ``with_place_behind``, ``ranked_member_noun_at``,
``ranked_member_noun_next``): whole sentences, with near misses that must not take the noun."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 11, 6)

ROWS: list[tuple[str, float, str | None]] = [
    (
        "Police referred 5,208 people between July and September. The North West accounted "
        "for the most referrals from police forces, 612, with the West Midlands on 534.",
        534,
        "referrals",
    ),
    (
        "Lancashire Police recorded 1,900 thefts last year. Preston accounted for the most "
        "thefts, 263, with Burnley at 198.",
        198,
        "thefts",
    ),
    (
        "Officers referred 1,204 UK nationals, followed by Albanian nationals at 618 and "
        "Vietnamese nationals at 402.",
        618,
        "nationals",
    ),
    (
        "Officers referred 1,204 UK nationals, followed by Albanian nationals at 618 and "
        "Vietnamese nationals at 402.",
        402,
        "nationals",
    ),
    (
        "The helpline took 880 reports about Romanian workers, ahead of Polish workers on 310.",
        310,
        "reports",
    ),
    (
        "Bury accounted for 140 of the fires and Bolton for 97, with Wigan close behind on 91.",
        91,
        "fires",
    ),
    ("Leeds had 300 arrests, with officers close behind on 40.", 40, None),
    # near misses: no name, a noun of its own
    ("Leeds had 300 arrests, with officers on 40.", 40, None),
    ("Hull saw 90 crashes, with the Humber on 40 roads.", 40, "roads"),
    ("Officers referred 1,204 people, followed by officers at 618 cases.", 618, "cases"),
]


@pytest.mark.parametrize(("text", "value", "unit"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_ranked_member(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, value: float, unit: str | None
) -> None:
    units = [u for v, u, _p in unit_periods_of(nlp, text, P) if v == value]
    assert units == ([unit] if unit else [])
