"""A ranking's count after a bare "with" ("Hove had the most referrals with 5,904, followed
by Lewes with 3,771") counts the ranking's noun, as it did after ", with"
(``level_subjects.SUPERLATIVE_NOUN``, unit rule ``subject-level``); both counts had been
missed. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Newcastle had the most referrals with 5,904, followed by Sunderland with 3,771.",
            [(5904, "referrals"), (3771, "referrals")],
        ),
        (
            "Swindon saw the most burglaries with 212, followed by Bath with 180.",
            [(212, "burglaries"), (180, "burglaries")],
        ),
        (
            "Derby recorded the largest number of thefts with 940.",
            [(940, "thefts")],
        ),
        (  # the comma form, as before
            "Hove had the most arrests, with 40, followed by Lewes with 31.",
            [(40, "arrests"), (31, "arrests")],
        ),
        (  # near miss: a noun of its own after the count
            "Hull saw the most arrests with 40 officers on duty.",
            [(40, "officers")],
        ),
    ],
)
def test_superlative_count_after_bare_with(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    found = unit_periods_of(nlp, text, dt.date(2025, 6, 1))
    assert [(value, unit) for value, unit, _ in found] == expected
