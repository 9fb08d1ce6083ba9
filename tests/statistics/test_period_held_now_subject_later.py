"""A level that is the subject of a verb after "now" keeps no period its sentence states
after it past a clause break, even one running to P: the period is the later clause's
figure's (``held-now-subject-later-clause``): "About 900 wardens now carry radios, and they
have been used 310 times since the scheme began in 2022". Every sentence is invented for
the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 11, 5)
SINCE_22 = ("2022-01-01", "2026-11-05")
SINCE_APR = ("2026-04-01", "2026-11-05")
Y25 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 900 wardens now carry radios, and they have been used 310 times since "
            "the scheme began in 2022.",
            {900: None, 310: SINCE_22},
        ),
        (
            "More than 2,000 taxi drivers in Cardiff now hold the badge, and 160 more have "
            "applied since April.",
            {2000: None, 160: SINCE_APR},
        ),
        # near misses: the period stated in the level's own clause, or no "now"
        (
            "About 900 wardens in the borough have carried radios since 2022, and 310 of "
            "them have used one.",
            {900: SINCE_22, 310: SINCE_22},
        ),
    ],
)
def test_a_now_subject_keeps_no_period_of_a_later_clause(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
