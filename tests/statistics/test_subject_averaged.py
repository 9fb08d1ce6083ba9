"""A count with no noun after it that a sentence's plural subject "averaged" (a rate's
level: "Assaults on drivers averaged nine a week") counts that subject (rule
``subject_averaged``: "averaged" in :data:`.level_subjects.LEVEL_VERBS`); a noun after the
count is still read first, and a subject that is no plural noun gives no figure. Every
sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 9, 10)
SUMMER = ("2025-06-01", "2025-08-31")

ROWS = [
    pytest.param(
        "Attacks on tram staff averaged seven a week over the summer.",
        [(7.0, "attacks", SUMMER)],
        id="word-number-a-week",
    ),
    pytest.param(
        "Reports of youths throwing stones at buses averaged 14 a month over the summer.",
        [(14.0, "reports", SUMMER)],
        id="digits-a-month",
    ),
    pytest.param(
        "Call-outs to the station have been averaging 30 a night over the summer.",
        [(30.0, "call-outs", SUMMER)],
        id="averaging",
    ),
    # near misses: a noun of its own after the count; no plural subject
    pytest.param(
        "Officers averaged 40 stops a shift over the summer.",
        [(40.0, "stops", SUMMER)],
        id="near-miss-noun-after",
    ),
    pytest.param("The team averaged nine over the summer.", [], id="near-miss-no-plural-subject"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_an_averaged_level_counts_its_subject(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
