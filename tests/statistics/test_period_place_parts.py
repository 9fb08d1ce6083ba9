"""A place's share of a total dated just before ("Wellingborough saw 97 burglaries")
covers the total's period; sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2024, 3, 5)


WINTER = ("2023-11-01", "2024-02-29")
WINTER_BEFORE = ("2022-11-01", "2023-02-28")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Between November and February, officers recorded 820 thefts across Devon, "
            "compared with 990 over the same four months a year earlier.\n\nExeter saw 210 "
            "thefts, down from 260, while Barnstaple recorded 95.",
            {820: WINTER, 990: WINTER_BEFORE, 210: WINTER, 260: WINTER_BEFORE, 95: WINTER},
            id="a-place-led-breakdown-after-a-compared-total",
        ),
        pytest.param(
            "Wardens issued 640 fines in 2023.\n\nIn Redruth, 120 fines went to drivers.",
            {640: ("2023-01-01", "2023-12-31"), 120: ("2023-01-01", "2023-12-31")},
            id="in-and-a-place",
        ),
        pytest.param(
            "Vets in Cornwall treated 410 dogs in 2023.\n\nThere were 96 dogs treated in "
            "Penzance, the most of any town.",
            {410: ("2023-01-01", "2023-12-31"), 96: ("2023-01-01", "2023-12-31")},
            id="there-were-so-many-in-a-place",
        ),
        pytest.param(
            "Wardens issued 640 fines in 2023.\n\nPenzance saw 61 and St Ives 44.",
            {
                640: ("2023-01-01", "2023-12-31"),
                61: ("2023-01-01", "2023-12-31"),
                44: ("2023-01-01", "2023-12-31"),
            },
            id="a-place-led-count-with-its-noun-left-out",
        ),
        pytest.param(
            "Wardens issued 640 fines in 2023. Most went to drivers. About a third were "
            "paid late. Appeals rose by 9%.\n\nThe district of Torridge saw 120 fines.",
            {
                640: ("2023-01-01", "2023-12-31"),
                33.3: ("2023-01-01", "2023-12-31"),
                9: None,
                120: ("2023-01-01", "2023-12-31"),
            },
            id="the-borough-of-a-place-sentences-after-the-total",
        ),
        # near misses: another noun, a sentence that opens with no place, a period of its own
        pytest.param(
            "Wardens issued 640 fines in 2023.\n\nTruro sees 30 arrests a year.",
            {640: ("2023-01-01", "2023-12-31"), 30: None},
            id="another-noun",
        ),
        pytest.param(
            "Wardens issued 640 fines in 2023.\n\nResidents report 30 fines a year as unfair.",
            {640: ("2023-01-01", "2023-12-31"), 30: None},
            id="no-place-opening",
        ),
        pytest.param(
            "Wardens issued 640 fines in 2023.\n\nThere are 30 fines left unpaid in all.",
            {640: ("2023-01-01", "2023-12-31"), 30: None},
            id="there-were-so-many-in-no-place",
        ),
        pytest.param(
            "Wardens issued 640 fines in 2023.\n\nCornwall's council leader, Ann Lee, said: "
            "\u201cWe collect 90 fines a month from one car park.\u201d",
            {640: ("2023-01-01", "2023-12-31"), 90: None},
            id="a-quote-after-the-place-is-a-speaker-s",
        ),
        pytest.param(
            "Wardens issued 640 fines in 2023.\n\nTruro saw 30 fines in January.",
            {640: ("2023-01-01", "2023-12-31"), 30: ("2024-01-01", "2024-01-31")},
            id="a-period-of-its-own",
        ),
    ],
)
def test_place_breakdown_periods(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
