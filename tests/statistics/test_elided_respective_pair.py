"""A pair of counts that two named subjects made "respectively", with no noun, counts the
things of the count before when its sentence holds the same verb (rule ``respective_pair``,
``elided_subjects.repeats_respectively``); another verb, or a noun of its own, keeps them
as they were. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def _units(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 3, 4)
    return [(f.value, f.unit) for f in nlp(doc)._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police recorded 640 thefts of number plates. Sussex Police and Surrey Police "
         "recorded 310 and 270 respectively.", [(310, "thefts"), (270, "thefts")]),
        ("Officers in Derby seized 52 knives last year. Nottingham and Leicester seized "
         "48 and 35 respectively.", [(48, "knives"), (35, "knives")]),
        # near misses: another verb, a noun of its own
        ("Kent Police recorded 640 thefts. Sussex Police and Surrey Police seized 310 and "
         "270 respectively.", []),
        ("Kent Police recorded 640 thefts. Sussex Police and Surrey Police recorded 310 and "
         "270 burglaries respectively.", [(310, "burglaries"), (270, "burglaries")]),
    ],
)  # fmt: skip
def test_a_respective_pair_counts_the_things_before(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _units(nlp, text)[1:] == expected
