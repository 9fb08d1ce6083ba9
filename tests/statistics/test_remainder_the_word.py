"""A count in words after "the" with "others" or "other" and a noun after it is the rest
of a group, a figure of its own ("The seven others received suspended sentences": rule
``remainder-the-word`` of ``reader``); "the six police forces" still refers back and
counts nothing. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def values(nlp: Language, text: str) -> list[float]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 2, 10)
    doc = nlp(doc)
    return sorted(f.value for f in doc._.statistics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six members of a gang were jailed in Preston. The five others received suspended "
         "sentences.", [5, 6]),
        ("Nine people were arrested in Luton. The ringleader was charged. The eight other "
         "suspects were released on bail.", [8, 9]),
        ("Five men in the car were held in Hull, and the three others were bailed.", [3, 5]),
        # near misses: a number word after "the" that refers back
        ("Officers from the six police forces met in Leeds.", []),
        ("The two men were arrested in Grimsby on Friday.", []),
        ("The four were other people's victims, police said.", []),
    ],
)  # fmt: skip
def test_remainder_the_word(nlp: Language, text: str, expected: list[float]) -> None:
    assert values(nlp, text) == expected
