"""A count told in the past tense after the release's lead period takes that period
(rule ``narrative_count``, :mod:`pressfacts.statistics.period_narrative`)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_narrative import NARRATIVE_CARRY
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 8)
SUMMER = ("2025-06-01", "2025-08-31")
YEAR_2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past verb of doing after the lead's span
        (
            "Lancashire Police made 318 arrests between June and August. Officers seized "
            "41 knives and recovered 12 stolen cars.",
            {318: SUMMER, 41: SUMMER, 12: SUMMER},
        ),
        (
            "Officers in Dorset made 85 arrests in the summer. Detectives charged 31 people, "
            "and 17 vans were seized.",
            {85: SUMMER, 31: SUMMER, 17: SUMMER},
        ),
        (
            "Police in Kent recorded 640 thefts over the summer. Some 58 suspects were cautioned.",
            {640: SUMMER, 58: SUMMER},
        ),
        # a count of events with no verb of doing
        (
            "Humberside Police recorded 2,140 burglaries in 2024. There were 312 arrests "
            "for burglary offences.",
            {2140: YEAR_2024, 312: YEAR_2024},
        ),
        # near misses: a stock in the present; a habit; the past perfect
        (
            "Humberside Police recorded 2,140 burglaries in 2024. The team has 30 officers.",
            {2140: YEAR_2024, 30: None},
        ),
        (
            "The charity supported 5,200 families in 2024. Its volunteers attend 900 events "
            "a year.",
            {5200: YEAR_2024, 900: None},
        ),
        (
            "Officers made 96 arrests in 2024. Police said 3 people had been arrested in a "
            "separate inquiry.",
            {96: YEAR_2024, 3: None},
        ),
        # near misses: another span stated since the lead's; a day; no narrative at all
        (
            "Officers made 120 arrests in 2024. The unit made 40 arrests in 2019. Officers "
            "seized 12 knives.",
            {120: YEAR_2024, 40: ("2019-01-01", "2019-12-31"), 12: None},
        ),
        (
            "Officers made 20 arrests on Saturday 4 October. Officers seized 3 knives.",
            {20: None, 3: None},
        ),
        (
            "The force recorded 700 crimes in 2024. The charity funds 14 projects.",
            {700: YEAR_2024, 14: None},
        ),
        # near miss: a change's levels are of two times
        (
            "Officers made 75 arrests in 2024. Burglaries in Selby fell from 40 to 28.",
            {75: YEAR_2024, 40: None, 28: None},
        ),
    ],
)
def test_narrative_counts_take_the_lead_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("sentence", "unit", "expected"),
    [
        ("Officers seized 41 knives.", "knives", True),
        ("There were 312 arrests.", "arrests", True),
        ("14 people were referred to support services.", "people", True),
        ("The team has 30 officers.", "officers", False),
        ("Volunteers attend 900 events a year.", "events", False),
        ("Three people had been arrested.", "people", False),
        ("The charity funds 14 projects.", "projects", False),
        ("Thefts fell from 21 to 12 near Truro.", "thefts", False),
        ("Its fraud unit said 40 orders were pending.", "orders", False),
        ("Officers hope to make 45 arrests.", "arrests", False),
        ("Nationally, forces record 90,000 offences.", "offences", False),
    ],
)
def test_what_narrates(sentence: str, unit: str, expected: bool) -> None:
    assert NARRATIVE_CARRY.narrates(sentence, unit) is expected
