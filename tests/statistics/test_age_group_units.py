"""An age group counted is the unit as written (rule ``age_group_noun`` of
:func:`pressfacts.statistics.units.noun_after`): "47 under-18s" counts under-18s (its
digits are no part of a word, so the unit had been "under-s"); before a plural noun the
group modifies it ("40 under-11s teams" counts teams). Every sentence is invented."""

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
        ("Officers said 47 under-18s had been referred to the youth justice service.",
         [(47, "under-18s")]),
        ("The scheme visited 230 over-65s living alone in Rhyl.", [(230, "over-65s")]),
        ("Some 12 vulnerable under-16s were found at the address.", [(12, "under-16s")]),
        # near miss: a plural noun after the group is the noun counted
        ("The league now has 40 under-11s teams across Fife.", [(40, "teams")]),
    ],
)  # fmt: skip
def test_age_group_units(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert units(nlp, text) == expected
