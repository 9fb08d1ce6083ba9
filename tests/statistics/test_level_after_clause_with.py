""" ", with N" after a clause ranking where the sentence's plural subject was highest or
lowest counts that subject (rule ``level_after_clause_with``,
:data:`pressfacts.statistics.level_subjects.RANKED_CLAUSE`). Every sentence is invented
for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reports of damp and mould were highest in Rochdale, with 412, the council said.",
            [(412, "reports")],
        ),
        ("Burglaries were lowest in Ripon, with 14.", [(14, "burglaries")]),
        (
            "Noise complaints to the council were most common in Fenton ward, with 96.",
            [(96, "complaints")],
        ),
        # near misses: a noun of its own after the count, or no ranking and no count noun
        (
            "Complaints were highest in Hanley, with 30 landlords named twice.",
            [(30, "landlords")],
        ),
        ("Inspectors visited homes across the city, with 12.", []),
        (
            "The force logged 300 reports. Wakefield had the second highest number, with 41.",
            [(300, "reports"), (41, "reports")],
        ),
    ],
)
def test_level_after_a_ranking_clause(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected
