"""A clause after ", and" with a plural subject of its own (placed or not) and a verb
before its figure does not take the yardstick of the clause before it; sentences invented
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf, PeriodsOf

P = dt.date(2025, 12, 10)
WEEKS = ("2025-11-03", "2025-11-30")
YEAR_EARLIER = ("2024-11-03", "2024-11-30")
BOTH = ("2024-11-03", "2025-11-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crackdown ran from 3 to 30 November. Burglaries fell by 14% compared with the "
         "same period last year, and officers recovered 210 bikes.",
         {14.0: BOTH, 210.0: WEEKS}),
        ("The crackdown ran from 3 to 30 November. Burglaries fell by 14% compared with the "
         "same period last year, and detectives in the Wirral charged 35 people.",
         {14.0: BOTH, 35.0: WEEKS}),
        # near miss: a count of the yardstick's own clause keeps the yardstick
        ("The crackdown ran from 3 to 30 November. Officers made 90 arrests, compared with "
         "71 in the same period last year.",
         {90.0: WEEKS, 71.0: YEAR_EARLIER}),
    ],
)  # fmt: skip
def test_a_new_subjects_clause_leaves_the_yardstick(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with no comma after a span or a number: a placed subject's clause of its own
        ("The force has recruited 150 officers since 2022 and thefts in Leek have fallen by "
         "9% this year.",
         {150.0: ("2022-01-01", "2025-12-10"), 9.0: ("2025-01-01", "2025-12-10")}),
        # near miss: two nouns of one subject, no clause
        ("More than 80 clubs and groups in Leek have signed up since 2022.",
         {80.0: ("2022-01-01", "2025-12-10")}),
    ],
)  # fmt: skip
def test_a_placed_subject_after_a_span_without_a_comma(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_the_placed_subject_keeps_its_place_from_the_clause_before(
    nlp: Language, areas: AreasOf
) -> None:
    text = (
        "Staffordshire Police has recruited 150 officers since 2022 and thefts in Tamworth have "
        "fallen by 9% this year."
    )
    assert areas(nlp, text) == [(150.0, "Staffordshire"), (9.0, "Tamworth")]
