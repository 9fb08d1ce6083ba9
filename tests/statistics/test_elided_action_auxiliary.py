"""A count closing a sentence that opens on who acted and a verb of the sentence before
takes that sentence's noun also when an auxiliary or an adverb stands before the verb
("officers have already found 51") or a long period lead-in opens it ("In the first nine
months of this financial year, officers …": ``elided_subjects.repeats_action``).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 1, 20)

CASES: list[tuple[str, list[tuple[float, str]]]] = [
    (
        "Dorset Police seized 120 knives in May. In June, officers have already seized 51.",
        [(120, "knives"), (51, "knives")],
    ),
    (
        "Officers found 63 people in 2024/25. In the first nine months of this financial "
        "year, officers have already found 51.",
        [(63, "people"), (51, "people")],
    ),
    (
        "Kent Police arrested 88 drivers in 2024. So far this year, officers have arrested 9.",
        [(88, "drivers"), (9, "drivers")],
    ),
    (
        "Gwent Police seized 40 vehicles last year. So far this year, they have also seized 17.",
        [(40, "vehicles"), (17, "vehicles")],
    ),
    # near misses: another verb (17 are no vehicles), a noun of its own
    (
        "Gwent Police seized 40 vehicles last year. So far this year, they have also arrested 17.",
        [(40, "vehicles")],
    ),
    (
        "Dorset Police seized 120 knives in May. In June, officers have already seized 51 guns.",
        [(120, "knives"), (51, "guns")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_elided_action_auxiliary(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    got = [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, PUBLISHED)]
    assert got == expected
