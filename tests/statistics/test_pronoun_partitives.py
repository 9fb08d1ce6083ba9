"""A count in words with "of them" or "of which" after it whose noun the sentence leaves
unsaid ("six of them, the council said") counts nothing it names later: a speaker or
a noun after the comma is no unit of it. A noun right after the pronoun still is ("1,200
of them girls"). Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.units import noun_after


def units(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 11, 20)
    doc = nlp(doc)
    return [(f.value, f.unit) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers checked 40 shops in Derby last month. Closure orders were granted "
            "against six of them, the council said.",
            [(40, "shops")],
        ),
        (
            "Wardens inspected 25 takeaways in Hull in May. Fines were issued to nine of "
            "them, the city council confirmed.",
            [(25, "takeaways")],
        ),
        (
            "The charity took 3,100 calls in Bristol last year, 1,200 of them from girls.",
            [(3100, "calls"), (1200, "calls")],
        ),
    ],
)
def test_pronoun_partitive_counts_no_later_noun(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert units(nlp, text) == expected


@pytest.mark.parametrize(
    ("after", "unit"),
    [
        (" of them, the council said.", None),
        (" of which, police said, were stolen", None),
        (" of them – the force said", None),
        (" of them girls", "girls"),
        (" new, trained officers", "officers"),
    ],
)
def test_noun_after_stops_past_a_pronoun_and_punctuation(after: str, unit: str | None) -> None:
    assert noun_after(after) == unit
