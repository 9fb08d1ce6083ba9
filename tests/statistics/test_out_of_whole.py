""" "19 incidents in the county, out of 128 across England": the whole after "out of" with
its noun left out counts what the count before counts (elided rule ``out_of_whole``;
sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 6, 9)
    doc = nlp(doc)
    return [(f.value, f.unit) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The survey found 31 poisoned buzzards in Powys in 2025, out of 140 across Wales.",
         [(31, "buzzards"), (140, "buzzards")]),
        ("Officers recorded 19 sheep thefts in Devon last year, out of around 900 nationally.",
         [(19, "thefts"), (900, "thefts")]),
        ("Inspectors rated 12 stations in Leeds, out of 20 in the county.",
         [(12, "stations"), (20, "stations")]),
        # near misses: a noun of its own; a score with no place
        ("The force has 40 detectives, out of 128 officers in Kent.",
         [(40, "detectives"), (128, "officers")]),
        ("She gave the 12 stations a score, out of 10.", [(12, "stations")]),
    ],
)  # fmt: skip
def test_out_of_a_whole(nlp: Language, text: str, expected: object) -> None:
    assert units(nlp, text) == expected
