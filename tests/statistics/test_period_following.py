"""Rule ``next_from_publication`` of :mod:`pressfacts.statistics.period_following`: "over the
next two years" speaks from the day of writing (the whole months after P's month), while
"the following six months" counts on from a period stated before; "within the next …" is a
horizon that dates nothing, and "next" in a past narrative counts on from its year. Rule
``previous_to_point``: "the previous 12 months" after a count held at a point in time run
up to that point."""

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


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # a headcount on a day: the months before run up to that day
        ("Cumbria Constabulary had 1,240 officers on 31 March 2025. It recruited 150 officers "
         "in the preceding 12 months.", 150, ("2024-04-01", "2025-03-31")),
        ("Forces in Wales employed 7,900 officers at the end of September 2025, and 610 "
         "officers left in the previous 12 months.", 610, ("2024-10-01", "2025-09-30")),
        ("Prisons held 88,000 people at the end of June 2025. In the previous six months, "
         "4,000 people were released early.", 4000, ("2025-01-01", "2025-06-30")),
        # near misses: a month, a day an event happened (a day dates no figure)
        ("In March 2025, 90 knives were seized, against 60 knives in the previous three "
         "months.", 60, ("2024-12-01", "2025-02-28")),
        ("Officers seized 40 knives on Saturday 4 October 2025. In the previous 12 months "
         "they had seized 300 knives.", 300, None),
    ],
)  # fmt: skip
def test_previous_to_point(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, period: tuple[str, str] | None
) -> None:
    assert periods_of(nlp, text, P)[value] == period
