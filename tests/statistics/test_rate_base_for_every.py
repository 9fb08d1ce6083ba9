"""The base of a rate after its counted noun ("4.1 thefts for every 1,000 residents") is no
figure (exclusion ``rate-base-for-every``); a share ("one for every 1,000 inmates") and a
base that is no round number stay as they were. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 10, 15)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Norfolk had 6.2 burglaries for every 1,000 homes in 2024.", [6.2]),
        ("Leeds recorded 12 robberies for each 10,000 people last year.", [12.0]),
        ("Derby saw 3.4 assaults for every hundred thousand residents in 2024.", [3.4]),
        ("Wardens in Hull issued 41 fines for every 100,000 visitors.", [41.0]),
        # near misses: a share, a base that is no round number
        ("Guards in Hull found about one phone for every 1,000 inmates.", []),
        ("Guards in Hull found about one for every 1,000 inmates.", [0.1]),
        ("Two for every 100 vans failed checks in Leeds.", [2.0]),
        ("Wardens in Hull gave out 40 fines for every 250 checks.", [40.0, 250.0]),
    ],
)
def test_rate_base_for_every(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, values: list[float]
) -> None:
    assert [value for value, _unit, _span in unit_periods_of(nlp, text, P)] == values
