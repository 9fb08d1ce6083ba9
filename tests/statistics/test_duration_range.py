"""A "to" range whose upper bound is a unit of time is a duration, both bounds ("float
for 60 to 90 seconds", "lasted 10 to 12 hours"): no statistic (rule ``duration-range`` of
``count_ranges.RANGE_RULES``); a range of counts is still two bounds. Sentences invented
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[float, str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 7, 1)
    doc = nlp(doc)
    return [(f.value, f.unit, f.qualifier) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anyone who falls in should float for 30 to 60 seconds to beat cold water shock.", []),
        ("The search of the Severn lasted 10 to 12 hours.", []),
        ("Swimmers were in the water for 20 to 40 minutes before the crew arrived.", []),
        # near misses: ranges of counts keep both bounds
        ("Lifeguards made 20 to 25 rescues a day.",
         [(20, "rescues", "at least"), (25, "rescues", "up to")]),
        ("Between 30 and 40 volunteers searched the shore.",
         [(30, "volunteers", "at least"), (40, "volunteers", "up to")]),
    ],
)  # fmt: skip
def test_duration_range(nlp: Language, text: str, expected: object) -> None:
    assert figures(nlp, text) == expected
