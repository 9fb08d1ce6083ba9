"""Counts whose noun follows a participle in -en and two modifiers joined by "and"/"or"
(``unit_words.joined_compound_after``, rule ``participle_before_joined_compound``).
Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.unit_words import joined_compound_after
from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2025, 11, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inspectors found 27 stolen manhole and drain covers at a yard in Rotherham in "
            "October.",
            [(27, "covers", ("2025-10-01", "2025-10-31"))],
        ),
        (
            "Detectives recovered 16 stolen road and rail signs from a barn near Taunton in "
            "September.",
            [(16, "signs", ("2025-09-01", "2025-09-30"))],
        ),
        (
            "Officers seized 45 hidden phone or sim cards during cell searches in August.",
            [(45, "cards", ("2025-08-01", "2025-08-31"))],
        ),
        (
            "Crews replaced 31 broken fence and gate panels along the line in July.",
            [(31, "panels", ("2025-07-01", "2025-07-31"))],
        ),
        # near misses: no participle in -en, a plural right after it, a word not a modifier
        ("About 300 took part and won prizes in July.", []),
        (
            "Officers found 30 stolen bikes and vans in Hull in June.",
            [(30, "bikes", ("2025-06-01", "2025-06-30"))],
        ),
        ("Fourteen broken into and ransacked homes were reported in May.", []),
    ],
)
def test_participle_before_joined_compound(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("word", "rest", "expected"),
    [
        ("stolen", " manhole and drain covers at the site", True),
        ("broken", " fence or gate panels", True),
        ("stole", " manhole and drain covers", False),  # a simple past: the count's verb
        ("took", " part and won prizes", False),
        ("stolen", " outright or lost items", False),  # a verb form joined
        ("stolen", " into and ransacked homes", False),  # a function word first
        ("stolen", " bikes and scooter parts", False),  # a plural first
    ],
)
def test_joined_compound_after(word: str, rest: str, expected: bool) -> None:
    assert joined_compound_after(word, rest) is expected
