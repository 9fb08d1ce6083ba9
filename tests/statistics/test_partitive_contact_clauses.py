"""A partitive opening whose whole is described by a relative clause with no "that", its
subject opened by "the", "our", "its" or "their" ("Of the 214 cases the advisers
supported …, 39 …"), names the total its counts divide (rule
``partitive_contact_clause``, ``partitives.CONTACT_CLAUSE_SUBJECTS``): the counts after
it count its noun.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 5, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Of the 96 claims the scheme paid out on, 17 were for stolen bikes.",
            [(96, "claims"), (17, "claims")],
            id="the-with-a-total",
        ),
        pytest.param(
            "Of the vans our officers stopped on the M62, 23 were overweight.",
            [(23, "vans")],
            id="our",
        ),
        pytest.param(
            "Of the 410 referrals its caseworkers handled, 62 came from schools.",
            [(410, "referrals"), (62, "referrals")],
            id="its",
        ),
        pytest.param(
            "Of the hearings their witnesses attended, 33 went ahead on the day.",
            [(33, "hearings")],
            id="their",
        ),
        # near misses: no whole before the clause; "Of course" is no whole; a count with
        # no partitive opening keeps its own noun
        pytest.param(
            "The advisers supported 214 cases, and 39 convictions followed.",
            [(214, "cases"), (39, "convictions")],
            id="no-opening",
        ),
        pytest.param("Of course the advisers said 40 was too many.", [], id="of-course"),
    ],
)
def test_contact_clause_whole(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _p in unit_periods_of(nlp, text, P)] == expected
