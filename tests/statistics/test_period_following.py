"""Rule ``next_from_publication`` of :mod:`pressfacts.statistics.period_following`: "over the
next two years" speaks from the day of writing (the whole months after P's month), while
"the following six months" counts on from a period stated before; "within the next …" is a
horizon that dates nothing, and "next" in a past narrative counts on from its year."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 5)


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # a pledge with nothing stated before: from P's next month
        ("The commissioner for Dorset has committed £640,000 over the next two years.",
         640000, ("2026-04-01", "2028-03-31")),
        ("The charity expects to support 300 families in the next 12 months.",
         300, ("2026-04-01", "2027-03-31")),
        # a plan after a past year stated before still speaks from P
        ("In 2024, officers recorded 310 thefts. The scheme aims to reach 500 victims over "
         "the next 12 months.", 500, ("2026-04-01", "2027-03-31")),
        # a past narrative counts on from its own year
        ("In 2019 the unit had 40 staff, and over the next two years it recruited 25 staff.",
         25, ("2020-01-01", "2021-12-31")),
        # "the following" counts on from the period before, never from P
        ("In May 2025 the force caught 12 drivers, and in the following six months another "
         "30 drivers.", 30, ("2025-06-01", "2025-11-30")),
        # near misses: a horizon, and "following" with nothing before
        ("Almost one in five officers intend to leave within the next two years.", 20, None),
        ("The charity will support 300 families in the following 12 months.", 300, None),
    ],
)  # fmt: skip
def test_next_from_publication(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, period: tuple[str, str] | None
) -> None:
    assert periods_of(nlp, text, P)[value] == period
