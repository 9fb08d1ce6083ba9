"""A change from one level to another written in words ("deaths doubled, from three to
six") counts the subject's noun at both levels (``level_subjects.FROM_TO_LEVELS``), as
in digits. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.level_subjects import level_subject


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("In Rutland, fatalities rose from four to ", "fatalities"),
        ("In Hartlepool, burglaries doubled, from eleven to ", "burglaries"),
        ("Arrests in Ely fell from twenty-one to ", "arrests"),
        ("In Perth, thefts fell from 1,210 to ", "thefts"),
        # near miss: no change verb before "from"
        ("Officers came from four to ", None),
    ],
)
def test_a_level_after_words_from(before: str, expected: str | None) -> None:
    assert level_subject(before) == expected


def test_both_levels_in_words_are_figures(nlp: Language) -> None:
    doc = nlp("In 2025, deaths on roads in Rutland rose from four to seven.")
    assert sorted((f.value, f.unit) for f in doc._.statistics) == [(4, "deaths"), (7, "deaths")]
