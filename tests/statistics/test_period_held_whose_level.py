"""A level right after "whose" with a verb of being or holding in the present after its
noun ("a charity whose 85 volunteers are trained to national standards") tells how things
stand: it keeps no period its sentence states after the clause closes, nor one carried
from another sentence (rule ``held-whose-level`` of :mod:`pressfacts.statistics.period_now`).
Sentences invented for the test, with near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 15)
JAN_JUN = ("2026-01-01", "2026-06-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Severn Area Rescue, a charity whose 120 volunteers are on call day and night, "
            "launched 64 times between January and June.",
            {120: None, 64: JAN_JUN},
            id="whose-volunteers-are",
        ),
        pytest.param(
            "The network, whose 45 member groups have signed the pledge, ran 300 patrols "
            "between January and June.",
            {45: None, 300: JAN_JUN},
            id="whose-members-have",
        ),
        pytest.param(
            "Officers made 50 visits between January and June. They worked with a trust "
            "whose 12 wardens cover the whole estate.",
            {50: JAN_JUN, 12: None},
            id="carried-from-the-sentence-before",
        ),
        pytest.param(
            "Thefts fell to 800 offences between January and June. Police worked with the "
            "traders' group, whose 310 member shops share a radio network, and the council.",
            {800: JAN_JUN, 310: None},
            id="whose-members-share",
        ),
        pytest.param(
            "Staff made 75 referrals between January and June, helped by a trust whose 18 "
            "centres employ youth workers.",
            {75: JAN_JUN, 18: None},
            id="whose-centres-employ",
        ),
        pytest.param(
            "Crews fought 210 fires between January and June. They worked with the trust, "
            "whose 14 stations use thermal cameras, and with the police.",
            {210: JAN_JUN, 14: None},
            id="whose-stations-use",
        ),
        # near misses: a past verb, a period inside the clause, no "whose"
        pytest.param(
            "The team, whose 40 volunteers were called out, found 9 people between January "
            "and June.",
            {40: JAN_JUN, 9: JAN_JUN},
            id="whose-past-verb",
        ),
        pytest.param(
            "Thefts fell to 800 between January and June, when the district, whose 310 "
            "member shops shared a radio network, hired guards.",
            {800: JAN_JUN, 310: JAN_JUN},
            id="whose-past-shared",
        ),
        pytest.param(
            "The trust, whose 12 wardens are paid for in 2026, found 9 people.",
            {12: ("2026-01-01", "2026-12-31"), 9: ("2026-01-01", "2026-12-31")},
            id="period-inside-the-clause",
        ),
        pytest.param(
            "The team's 40 volunteers found 9 people between January and June.",
            {40: JAN_JUN, 9: JAN_JUN},
            id="no-whose",
        ),
    ],
)
def test_a_whose_level_keeps_no_period_of_its_sentence(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
