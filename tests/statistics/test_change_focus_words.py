"""A focusing word between a change cue and its figure ("dropped by just 4%", "up only 3%")
leaves the change (rule ``cue-before-focus``); not after a phrasal verb's particle ("made up
just 4%") nor after a "by" with no change cue ("reviewed by just 12 officers")."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2026, 2, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Across Cheshire as a whole, criminal damage dropped by just 3% last year.",
            [(3, "percent", "decrease")],
        ),
        ("Shoplifting in Norwich rose by only 2% in 2025.", [(2, "percent", "increase")]),
        ("Calls in Dorset were up only 6% on 2024.", [(6, "percent", "increase")]),
        (
            "Burglaries in Swindon fell by a mere 1.5% over the year.",
            [(1.5, "percent", "decrease")],
        ),
        ("Reports in Hull went down by just 40 last year.", [(40, "reports", "decrease")]),
        # near misses: a phrasal verb's particle, a "by" with no change cue, a qualifier
        ("Girls made up just 4% of callers in Kent.", [(4, "percent", None)]),
        ("The files were reviewed by just 12 officers in Essex.", [(12, "officers", None)]),
        ("Thefts in Bath fell by just over 5% last year.", [(5, "percent", "decrease")]),
        ("Only 9% of riders in Derby wore a helmet.", [(9, "percent", None)]),
    ],
)
def test_a_focus_word_keeps_the_change(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
