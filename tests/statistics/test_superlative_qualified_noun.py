"""A ranking's noun may carry a word before it ("the highest numbers of older victims, with
312 and 287 respectively"): the counts after it count that noun
(``level_subjects.SUPERLATIVE_NOUN``, unit rule ``subject-level``); they had been missed.
Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Luton and Bedford had the highest numbers of older victims, with 205 and 171 "
            "respectively.",
            [(205, "victims"), (171, "victims")],
        ),
        (
            "Hove had the most violent offences, with 40, followed by Lewes with 31.",
            [(40, "offences"), (31, "offences")],
        ),
        (
            "Crewe saw the largest number of rogue traders, with 17.",
            [(17, "traders")],
        ),
        (  # near miss: a noun of its own after the count
            "Hull saw the most arrests with 40 officers on duty.",
            [(40, "officers")],
        ),
    ],
)
def test_superlative_qualified_noun(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    found = unit_periods_of(nlp, text, dt.date(2025, 6, 1))
    assert [(value, unit) for value, unit, _ in found] == expected
