"""Rule ``subject_running_at`` (``level_subjects.LEVEL_VERBS``): "ran at" and "running at"
join a plural subject to the level of a rate, as "stood at" does ("Assaults on bus drivers
ran at about 40 a week", "Thefts from vans are running at 120 a month"), whose count has no
noun after it. Near misses: no plural subject, a noun of the count's own after it, and a
verb that joins no level ("ran into"). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.level_subjects import level_subject
from tests.statistics.conftest import UnitPeriodsOf


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Assaults on bus drivers ran at about ", "assaults"),
        ("Thefts from vans are running at ", "thefts"),
        ("Calls to the Cardiff helpline were running at nearly ", "calls"),
        (
            "The consortium estimated that incidents of abuse against pharmacy staff ran at ",
            "incidents",
        ),
        ("In Swansea, burglaries were running at ", "burglaries"),
        # near misses: no plural subject; a verb that joins no level
        ("The scheme ran at ", None),
        ("Thefts from vans ran into ", None),
    ],
)
def test_subject_running_at(before: str, expected: str | None) -> None:
    assert level_subject(before) == expected


def test_a_rate_ran_at_is_read(nlp: Language, unit_periods_of: UnitPeriodsOf) -> None:
    found = unit_periods_of(
        nlp, "Assaults on bus drivers ran at about 40 a week in 2024.", dt.date(2025, 5, 1)
    )
    assert found == [(40.0, "assaults", ("2024-01-01", "2024-12-31"))]


def test_a_noun_after_the_count_is_read_first(
    nlp: Language, unit_periods_of: UnitPeriodsOf
) -> None:
    found = unit_periods_of(nlp, "Volunteers ran at 12 schools in Neath.", dt.date(2025, 5, 1))
    assert [(value, unit) for value, unit, _ in found] == [(12.0, "schools")]
