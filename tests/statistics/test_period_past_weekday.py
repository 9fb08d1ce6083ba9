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
        ("Officers arrested nine teenagers this weekend in Grimsby.", {9: WEEKEND}),
        ("Police dispersed 40 people this weekend in Hull.", {40: WEEKEND}),
        # near misses: to come, no past verb, a plan, a span's edge, hours, recurring days
        ("About 300 officers will be on duty on Saturday in Leeds.", {300: ("2026-03-14",) * 2}),
        ("The march is on Saturday and 200 stewards are on hand.", {200: None}),
        ("A march is planned for this weekend, with 150 stewards.", {150: None}),
        ("A protest is expected on Saturday, with 120 stewards.", {120: None}),
        ("The operation, which began on Saturday, has led to 33 arrests.", {33: None}),
        ("Police made 14 arrests between 10pm and 3am on Saturday.", {14: None}),
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
