"""A plan told in reported speech ("said the trust would also train 250 staff between April
and June") puts its months to come, as "will" does (``period_future.FUTURE_WORDS``, wording
``would_plan``), and so does what a grant would make possible ("the grant would let the club
run sessions for 200 children between July and August", wording ``would_enable``) or what a
body would hand out ("would hand out 500 kits during December", wording ``would_hand_out``):
the months of P's year still ahead, not the last ones past. Every sentence is invented for
the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The chief executive said the service would also train 180 call handlers between "
            "April and June.",
            {180: ("2026-04-01", "2026-06-30")},
            id="would-also-train",
        ),
        pytest.param(
            "Inspector Dan Hollis said the force would recruit 24 PCSOs between May and July.",
            {24: ("2026-05-01", "2026-07-31")},
            id="would-recruit",
        ),
        pytest.param(
            "Its organiser, Ruth Okoye, said the grant would let the club run coaching for 140 "
            "girls between July and August.",
            {140: ("2026-07-01", "2026-08-31")},
            id="would-let",
        ),
        pytest.param(
            "The trust said the money would allow it to open 35 more beds between October and "
            "December.",
            {35: ("2026-10-01", "2026-12-31")},
            id="would-allow",
        ),
        pytest.param(
            "Sergeant Amy Cole said the new van would help officers carry out 60 checks between "
            "March and May.",
            {60: ("2026-03-01", "2026-05-31")},
            id="would-help",
        ),
        pytest.param(
            "The county's road safety officer said the council would hand out 800 bike lights "
            "between October and December.",
            {800: ("2026-10-01", "2026-12-31")},
            id="would-hand-out",
        ),
        pytest.param(
            "A spokesman said the charity would give out 300 alcohol test kits during February.",
            {300: ("2026-02-01", "2026-02-28")},
            id="would-give-out-in-own-month",
        ),
        pytest.param(
            "Sergeant Leah Price said the force would deploy 12 extra patrols between March and "
            "April.",
            {12: ("2026-03-01", "2026-04-30")},
            id="would-deploy",
        ),
        # near misses: what was done, and what would have been done, are the past months
        pytest.param(
            "A spokesman said the charity had given out 300 alcohol test kits during February.",
            {300: ("2026-02-01", "2026-02-20")},
            id="had-given-out-in-own-month",
        ),
        pytest.param(
            "The county's road safety officer said the council handed out 800 bike lights "
            "between October and December.",
            {800: ("2025-10-01", "2025-12-31")},
            id="handed-out",
        ),
        pytest.param(
            "Its organiser, Ruth Okoye, said the grant had let the club run coaching for 140 "
            "girls between July and August.",
            {140: ("2025-07-01", "2025-08-31")},
            id="had-let",
        ),
        pytest.param(
            "The trust said the money would have allowed it to open 35 more beds between "
            "October and December.",
            {35: ("2025-10-01", "2025-12-31")},
            id="would-have-allowed",
        ),
        pytest.param(
            "Inspector Dan Hollis said the force had recruited 24 PCSOs between May and July.",
            {24: ("2025-05-01", "2025-07-31")},
            id="had-recruited",
        ),
        pytest.param(
            "The chief executive said the service would have trained 180 call handlers between "
            "April and June without the strike.",
            {180: ("2025-04-01", "2025-06-30")},
            id="would-have-trained",
        ),
    ],
)
def test_a_reported_plan_dates_months_to_come(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
