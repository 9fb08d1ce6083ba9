"""Counts that leave their noun unsaid after a share "of them" of the sentence before
("Half of them were referred by schools, and 212 were referred by the police": share rule
``share_of_them`` of :func:`pressfacts.statistics.elided_counts.share_whole`); sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 6, 1)
    doc = nlp(doc)
    return [(f.value, f.unit) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The charity worked with 900 young people in Kent last year. Half of them were "
            "referred by schools, and 212 were referred directly by Kent Police.",
            [(900, "people"), (50, "percent"), (212, "people")],
        ),
        (
            "Officers stopped 640 drivers in Leeds in May. Nearly a third of those were "
            "speeding, and 95 were caught using a phone.",
            [(640, "drivers"), (33.3, "percent"), (95, "drivers")],
        ),
        # near misses: a noun of its own after the count; a share of a whole it names
        (
            "The charity worked with 900 young people in Kent last year. Half of them were "
            "referred by schools, and 212 officers were trained.",
            [(900, "people"), (50, "percent"), (212, "officers")],
        ),
        (
            "Police seized 500 knives in Hull last year. A third of all seizures were in "
            "the city centre, and 40 were found in parks.",
            [(500, "knives"), (33.3, "percent"), (40, "seizures")],
        ),
    ],
)
def test_share_of_them(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert units(nlp, text) == expected
