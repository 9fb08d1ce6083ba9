"""A count opening a clause whose verb is what people do ("…, and 76 had missed school",
"while 40 said they felt safer") counts the people of the count before it (elided rule
``clause_people_act``), or the people a share before it was of ("38% of members …, and
about 1,200 had posted clips": rule ``share_people_act``). Every sentence is invented for
the test; the near misses count no people before, or keep a noun of their own."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 3, 20)
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The project in Bolton worked with 210 pupils in 2024, and 76 had missed school.",
            [(210, "pupils", Y2024), (76, "pupils", Y2024)],
            id="had-missed",
        ),
        pytest.param(
            "In 2024 the charity supported 2,340 young carers, and more than 600 said they had "
            "no time to see friends.",
            [(2340, "carers", Y2024), (600, "carers", Y2024)],
            id="more-than-said",
        ),
        pytest.param(
            "Victim Care Wales supported 300 victims in 2024, while 85 waited longer than six "
            "weeks for a call back.",
            [(300, "victims", Y2024), (85, "victims", Y2024)],
            id="while-waited",
        ),
        pytest.param(
            "Officers spoke to 120 residents of Ely in 2024, but only 14 felt safe at night.",
            [(120, "residents", Y2024), (14, "residents", Y2024)],
            id="but-only-felt",
        ),
        # near misses: no people counted before; a noun of its own
        pytest.param(
            "The force recorded 400 burglaries in 2024, and 12 said the victims were elderly.",
            [(400, "burglaries", Y2024)],
            id="no-people-before",
        ),
        pytest.param(
            "The project worked with 210 pupils in 2024, and 30 teachers said it helped.",
            [(210, "pupils", Y2024), (30, "teachers", Y2024)],
            id="noun-of-its-own",
        ),
    ],
)
def test_elided_people_act(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected


SHARE_ROWS = [
    pytest.param(
        "In a survey in 2024, 41% of tenants said their doors did not lock, and about 900 had "
        "posted a complaint online.",
        [(41, "percent", Y2024), (900, "tenants", Y2024)],
        id="share-then-had-posted",
    ),
    pytest.param(
        "A poll in 2024 found 27 per cent of the respondents had been burgled, while 310 said "
        "they felt unsafe after 10 days away.",
        [(27, "percent", Y2024), (310, "respondents", Y2024)],
        id="share-of-the-then-while-said",
    ),
    # near misses: a share of things, not people; a noun of its own
    pytest.param(
        "In 2024, 41% of burglaries went unsolved, and about 900 had posted a complaint online.",
        [(41, "percent", Y2024)],
        id="share-of-things",
    ),
    pytest.param(
        "In 2024, 41% of tenants said their doors did not lock, and 900 landlords had posted "
        "a reply.",
        [(41, "percent", Y2024), (900, "landlords", Y2024)],
        id="share-then-noun-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_ROWS)
def test_share_people_act(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
