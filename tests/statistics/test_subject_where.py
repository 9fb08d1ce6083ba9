"""A modified plural subject with where it is counted between it and its change verb
("Residential burglaries in the county have fallen by almost a third, from 15,210 to
10,380") is the levels' noun, as "Burglaries in Kent have fallen …" was
(``subject_nouns._WHERE`` in ``SUBJECT_NOUN``; the unit rule is ``subject-noun``). Every
sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 10, 8)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Residential burglaries in the county have fallen by almost a third, from 9,210 in "
         "2019 to 6,380 last year.", ["percent", "burglaries", "burglaries"]),
        ("Vehicle thefts across North Yorkshire rose by 12%, from 2,100 to 2,352.",
         ["percent", "thefts", "thefts"]),
        ("Serious assaults within the force area fell from 310 to 250.",
         ["assaults", "assaults"]),
        # the subject's own phrase after "on" or "against" (a force, a list of victims)
        ("Assaults on Kent Police officers and staff have risen by a fifth, with 734 "
         "recorded in 2024 against 612 in 2022.", ["percent", "assaults", "assaults"]),
        ("Attacks against shop workers and security guards fell, with 96 reported in May "
         "compared with 120 in April.", ["attacks", "attacks"]),
        # near miss: a noun of its own after the number keeps it
        ("Residential burglaries in the county have fallen, from 9,210 cases to 6,380 cases.",
         ["cases", "cases"]),
    ],
)  # fmt: skip
def test_a_subject_counted_somewhere(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, units: list[str]
) -> None:
    assert [unit for _, unit, _ in unit_periods_of(nlp, text, PUBLISHED)] == units
