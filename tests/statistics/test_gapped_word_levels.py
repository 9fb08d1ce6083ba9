"""A named subject's level opening its sentence, with another place's gapped count in
words after it, counts what the sentence before counted (rule ``gapped_word_level`` of
``named_levels._LEVEL_END``): "Scotland recorded 17 and Wales six." A part or a share in
words after the place ("three in a row", "nine in ten") is no gapped count (sentences
invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units_and_areas(nlp: Language, text: str) -> list[tuple[float, str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 9, 8)
    doc = nlp(doc)
    return [(float(f.value), f.unit, f.area) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers in Fife seized 212 vehicles. Kirkcaldy saw 48 and Glenrothes eleven.",
            [(212, "vehicles", "Fife"), (48, "vehicles", "Kirkcaldy"),
             (11, "vehicles", "Glenrothes")],
        ),
        (
            "Gwent Police recorded 96 dog attacks in 2025. Newport recorded 30 and "
            "Caerphilly twenty-two.",
            [(96, "attacks", "Gwent"), (30, "attacks", "Newport"),
             (22, "attacks", "Caerphilly")],
        ),
        (  # a part in words after the place: no gapped count
            "Officers in Fife seized 212 vehicles. Kirkcaldy saw 48 and Glenrothes three in a "
            "row.",
            [(212, "vehicles", "Fife")],
        ),
        (  # no place named before the words
            "Officers in Fife seized 212 vehicles. Kirkcaldy saw 48 and officers eleven.",
            [(212, "vehicles", "Fife")],
        ),
    ],
)  # fmt: skip
def test_gapped_word_levels(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert units_and_areas(nlp, text) == expected
