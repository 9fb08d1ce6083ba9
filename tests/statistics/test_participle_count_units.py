"""A present participle right after a count, with no plural noun right after it, is the
count's verb, its noun left out (rule ``participle_count`` of
:func:`pressfacts.statistics.units.noun_after`): the count takes the noun of the count it
belongs to ("47 under-18s …, with 31 completing a course" counts under-18s), never a
pluralised participle ("completings"). Near misses: a participle before the noun it
modifies ("40 flashing lights", "1,284 missing person reports"), a plural noun in -ings
("12 shootings").
Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 3, 5)
    return [(f.value, f.unit) for f in nlp(doc)._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers referred 47 teenagers to the course, with 31 completing it.",
         [(47, "teenagers"), (31, "teenagers")]),
        ("Wardens visited 80 homes in Ely, with 20 needing a new lock.",
         [(80, "homes"), (20, "homes")]),
        # near misses: a participle before a plural; a plural noun in -ings
        ("Engineers fitted 40 flashing lights at the crossing.", [(40, "lights")]),
        ("Officers traced 12 missing people in Ely.", [(12, "people")]),
        ("The force logged 1,284 missing person reports in 2023.", [(1284, "reports")]),
        ("The county saw 12 shootings in 2023.", [(12, "shootings")]),
    ],
)  # fmt: skip
def test_participle_count_units(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert units(nlp, text) == expected
