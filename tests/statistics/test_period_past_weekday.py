"""A weekday alone in a sentence told in the past is the latest such day on or before P
(rule ``past_weekday``, tried by ``weekday_in_span`` when no short span holds the day), and
"this weekend" told in the past is the latest weekend begun by P (rule
``past_this_weekend``). Near misses: a day to come, a sentence with no past verb, a plan,
the edge of a span, hours of a day, recurring days, the day the figures were told or
heard in court. Sentences invented; P is Monday 9
March 2026."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 9)
SATURDAY = ("2026-03-07", "2026-03-07")
WEEKEND = ("2026-03-07", "2026-03-08")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Merseyside Police made 23 arrests on Saturday in Liverpool.", {23: SATURDAY}),
        (
            "Around 4,000 people marched through Leeds on Saturday, West Yorkshire Police said.",
            {4000: SATURDAY},
        ),
        ("Two officers were injured on Sunday night in Brighton.", {2: ("2026-03-08",) * 2}),
        ("Officers seized 11 knives on Friday at the station.", {11: ("2026-03-06",) * 2}),
        # "and" after the day joins a clause, not another day: still that one day
        (
            "Officers searched 12 homes in Crewe on Wednesday and seized 30 cannabis plants.",
            {12: ("2026-03-04",) * 2, 30: ("2026-03-04",) * 2},
        ),
        ("Police stopped 16 vans on Thursday or Friday in Hull.", {16: None}),
        ("Wardens fined 21 drivers on Friday to Sunday in Bath.", {21: None}),
        ("Police made 17 arrests on Friday and into Saturday in Derby.", {17: None}),
        ("Officers arrested nine teenagers this weekend in Grimsby.", {9: WEEKEND}),
        ("Police dispersed 40 people this weekend in Hull.", {40: WEEKEND}),
        # near misses: to come, no past verb, a plan, a span's edge, hours, recurring days
        ("About 300 officers will be on duty on Saturday in Leeds.", {300: ("2026-03-14",) * 2}),
        ("The march is on Saturday and 200 stewards are on hand.", {200: None}),
        ("A march is planned for this weekend, with 150 stewards.", {150: None}),
        ("A protest is expected on Saturday, with 120 stewards.", {120: None}),
        ("The operation, which began on Saturday, has led to 33 arrests.", {33: None}),
        ("Police made 14 arrests between 10pm and 3am on Saturday.", {14: None}),
        # hours within the day (``hours_within_the_day``): still the day
        (
            "A dispersal order ran from 2pm to 11pm on Saturday and 27 people were moved on.",
            {27: SATURDAY},
        ),
        ("Officers checked 52 taxis between 10am and 4pm on Friday.", {52: ("2026-03-06",) * 2}),
        ("Officers checked 35 taxis between 9pm and 2am on Friday.", {35: None}),
        # a day stated before (``weekday_after_a_day``): the weekday after it, not after P
        (
            "Police made 23 arrests in Hove on Friday 20 February. On Sunday, officers seized "
            "11 knives.",
            {23: None, 11: ("2026-02-22",) * 2},
        ),
        (
            "Police made 23 arrests in Hove on Friday 6 March. On Monday, officers seized 11 "
            "knives.",
            {23: None, 11: ("2026-03-09",) * 2},
        ),
        (
            "Police made 23 arrests in Hove on Sunday 8 March. On Saturday, officers seized "
            "11 knives.",
            {23: None, 11: SATURDAY},
        ),
        ("Officers patrolled on Friday and Saturday nights and seized 19 bottles.", {19: None}),
        # the day the figures were told, presented or heard in court
        (
            "Durham Constabulary arrested 52 people, the force said on Friday.",
            {52: None},
        ),
        ("The report, presented to the panel on Monday, found that 61 were women.", {61: None}),
        ("A man was jailed on Thursday after admitting 13 offences.", {13: None}),
        ("On Friday, magistrates in Hull sentenced a trader who sold 80 fake vapes.", {80: None}),
    ],
)
def test_period_past_weekday(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_past_weekday_undated_without_p(nlp: Language, periods_of: PeriodsOf) -> None:
    assert periods_of(nlp, "Merseyside Police made 23 arrests on Saturday.", None) == {23: None}
