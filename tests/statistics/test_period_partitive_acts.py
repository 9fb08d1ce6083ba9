"""A named part's count "of the <acts>" takes the period of the sentence that counted
those acts by their verb ("diverted 742 children" counts diversions, "referred 1,204
young people" referrals): rule ``verb_of_the_noun`` of
:mod:`pressfacts.statistics.period_partitive_wholes`, where the nearest sentence's period
had been taken. Every sentence is invented; near misses name acts no verb counted before,
or share too few first letters with the verb."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_partitive_wholes import _counts
from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 20)
YEAR_TO_MARCH = ("2025-04-01", "2026-03-31")
SPRING = ("2025-04-01", "2025-06-30")

ROWS = [
    pytest.param(
        "Thames Valley Police diverted 1,320 young people from court in the year to March "
        "2026.\n\nBetween April and June last year, 96 calls were logged.\n\nOxford "
        "accounted for 402 of the diversions, while Reading recorded 288.",
        {402.0: YEAR_TO_MARCH, 288.0: YEAR_TO_MARCH},
        id="diverted-then-diversions",
    ),
    pytest.param(
        "Schools in Wiltshire referred 1,204 pupils to the service in the year to March "
        "2026.\n\nIn April and May last year, 96 sessions were held.\n\nSwindon made up 318 "
        "of those referrals.",
        {318.0: YEAR_TO_MARCH},
        id="referred-then-referrals",
    ),
    # near miss: a noun no verb before counted ("visited" is no count of victims)
    pytest.param(
        "Thames Valley Police visited 1,320 schools in the year to March 2026.\n\nBetween "
        "April and June last year, 96 calls were logged.\n\nOxford accounted for 402 of the "
        "victims.",
        {402.0: SPRING},
        id="a-noun-no-verb-counted",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "noun", "counted"),
    [
        ("Officers diverted 742 children.", "diversions", True),
        ("Schools referred 1,204 pupils.", "referrals", True),
        ("Officers arrested 96 men.", "arrests", True),
        ("Officers reported 96 men.", "repeats", False),
        ("Officers visited 96 schools.", "victims", False),
        ("Officers arrested men on 96 occasions.", "arrests", False),
    ],
)
def test_verb_of_the_noun(sentence: str, noun: str, counted: bool) -> None:
    assert _counts(sentence, 0, len(sentence), noun) is counted


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_part_of_acts_takes_their_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
