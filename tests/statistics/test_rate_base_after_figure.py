"""A rate stated as a figure in digits right before "for every" and a base of a thousand or
more ("a rate of 53 for every 100,000 residents") is a count, its base no figure (exclusion
``rate-base-after-figure``), as with "per 100,000"; a share in words and a base under a
thousand stay shares. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 10, 15)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Cumbria recorded 311 crashes in 2024, a rate of 62 for every 100,000 residents.",
            [311.0, 62.0],
        ),
        ("The rate in Hull was 12.4 for each 1,000 people last year.", [12.4]),
        ("Derby's figure was 8 for every 10,000 drivers in 2024.", [8.0]),
        ("Wigan had 47 for every 100000 residents in 2024.", [47.0]),
        # near misses: a share in words, a base under a thousand, a base that is no round number
        ("Guards in Hull found about one for every 1,000 inmates.", [0.1]),
        ("Two for every 1,000 vans failed checks in Leeds.", [0.2]),
        ("Checks found 3 for every 100 vans were unsafe in Leeds.", [3.0]),
        ("Wardens in Hull gave out 40 for every 250 checks.", [16.0]),
    ],
)
def test_rate_base_after_figure(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, values: list[float]
) -> None:
    assert [value for value, _unit, _span in unit_periods_of(nlp, text, P)] == values
