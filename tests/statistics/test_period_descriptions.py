"""A definite description that names a group dated before carries its period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.period_descriptions import (
    DEFINITE_RULES,
    EARLIER_RULES,
    LOOK_BACK_SENTENCES,
    earlier_sentences,
    lemma,
)

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2023, 8, 21)
MAY = ("2023-05-01", "2023-05-31")
MARCH = ("2023-03-01", "2023-03-31")


# rule name -> (text, {value: period}): each rule's own example
DEFINITE: dict[str, tuple[str, dict[float, tuple[str, str] | None]]] = {
    "definite_group": (
        "Kirklees Council said 31 pupils who were excluded from school in May were offered "
        "a place. Nine of the 17 pupils excluded from school were under 12.",
        {31: MAY, 9: MAY, 17: MAY},
    ),
}
EARLIER: dict[str, tuple[str, dict[float, tuple[str, str] | None]]] = {
    "passive": (
        "In Norfolk, 48 dogs that were stolen in March were found. Nineteen of the dogs "
        "stolen were terriers.",
        {48: MARCH, 19: MARCH},
    ),
    "active": (
        "Officers in Salford arrested 26 men in March after a series of raids. Eleven of "
        "the men arrested were later charged.",
        {26: MARCH, 11: MARCH},
    ),
}


def test_every_rule_has_a_row() -> None:
    assert set(DEFINITE) == set(DEFINITE_RULES)
    assert set(EARLIER) == set(EARLIER_RULES)


@pytest.mark.parametrize("name", list(DEFINITE), ids=list(DEFINITE))
def test_definite_rule(nlp: Language, periods_of: PeriodsOf, name: str) -> None:
    text, expected = DEFINITE[name]
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize("name", list(EARLIER), ids=list(EARLIER))
def test_earlier_rule(nlp: Language, periods_of: PeriodsOf, name: str) -> None:
    text, expected = EARLIER[name]
    assert periods_of(nlp, text, P) == expected


# more ways of naming the group again: (text, {value: period})
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that were" in the later mention, plural-insensitive noun ("referral(s)")
        (
            "Torfaen recorded 64 referrals made by teachers in May. The 23 referrals that "
            "were made by teachers were passed on.",
            {64: MAY, 23: MAY},
        ),
        # two sentences between the mentions, an adverb before the participle
        (
            "Some 90 drivers were breathalysed in March on the A55. Most were local. The "
            "roads were quiet. Fourteen of the drivers who were randomly breathalysed were "
            "over the limit.",
            {90: MARCH, 14: MARCH},
        ),
        # an irregular participle
        (
            "Police in Bath said 35 bikes were stolen in May from sheds. The 20 bikes stolen "
            "from Widcombe were worth £40,000.",
            {35: MAY, 20: MAY, 40000: None},
        ),
    ],
)
def test_carry(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected


# near misses: nothing is carried
@pytest.mark.parametrize(
    "text",
    [
        # another participle
        "Kirklees Council said 31 pupils who were excluded from school in May were offered "
        "a place. Nine of the 17 pupils suspended from school were under 12.",
        # another noun
        "Kirklees Council said 31 pupils who were excluded from school in May were offered "
        "a place. Nine of the 17 teachers excluded from school were under 30.",
        # the earlier mention has no period
        "Kirklees Council said 31 pupils who were excluded from school were offered a "
        "place. Nine of the 17 pupils excluded from school were under 12.",
        # not a definite description: a new group
        "Kirklees Council said 31 pupils who were excluded from school in May were offered "
        "a place. Nine pupils were excluded from school by the academy.",
        # the later mention comes first
        "Nine of the 17 pupils excluded from school were under 12. Kirklees Council said "
        "31 pupils who were excluded from school in May were offered a place.",
        # the earlier sentence holds figures of two periods: which one is not known
        "In Kirklees, 31 pupils were excluded from school in May; in June, 26 pupils were "
        "excluded. Nine of the 17 pupils excluded from school were under 12.",
    ],
)
def test_near_miss(nlp: Language, periods_of: PeriodsOf, text: str) -> None:
    periods = periods_of(nlp, text, P)
    assert periods[9] is None and periods.get(17) is None


def test_a_sentence_with_its_own_period_keeps_it(nlp: Language, periods_of: PeriodsOf) -> None:
    text = (
        "Kirklees Council said 31 pupils who were excluded from school in May were offered "
        "a place. In June, 9 of the 17 pupils excluded from school were under 12."
    )
    assert periods_of(nlp, text, P)[9] == ("2023-06-01", "2023-06-30")


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("children", "child"),
        ("People", "person"),
        ("referrals", "referral"),
        ("witness", "witness"),
    ],
)
def test_lemma(noun: str, expected: str) -> None:
    assert lemma(noun) == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (0, []),  # the first sentence has nothing before it
        (3, [2, 1, 0]),  # nearest first
        (LOOK_BACK_SENTENCES + 10, list(range(LOOK_BACK_SENTENCES + 9, 9, -1))),  # bounded
    ],
)
def test_a_carry_looks_back_a_bounded_number_of_sentences(before: int, expected: list[int]) -> None:
    assert list(earlier_sentences(before)) == expected
