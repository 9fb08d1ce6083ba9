"""A span relative to the publication date opening a sentence is a short lead-in before a
count with no noun ("So far this year, 262 have been reported": assaults, as the count
before; rule ``relative_span_lead_in``, ``elided_subjects.RELATIVE_SPAN_LEAD_IN``).
Sentences invented for these tests; near misses keep a noun of their own or have no
lead-in."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from spacy.language import Language

Span = tuple[str, str] | None


def _span(period: Any) -> Span:
    return (period.start.isoformat(), period.end.isoformat()) if period else None


def read(nlp: Language, text: str) -> list[tuple[float, str, Span]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 5, 12)
    doc = nlp(doc)
    return [(f.value, f.unit, _span(f.period)) for f in doc._.statistics]


Y25 = ("2025-01-01", "2025-12-31")
SO_FAR = ("2026-01-01", "2026-05-12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Humberside Police recorded 418 burglaries in Hull in 2025. So far this year, 133 "
         "have been reported.",
         [(418, "burglaries", Y25), (133, "burglaries", SO_FAR)]),
        ("Wardens issued 96 fines in Ipswich in 2025. This year, 41 were issued.",
         [(96, "fines", Y25), (41, "fines", SO_FAR)]),
        ("Officers took 520 knives off the streets of Medway in 2025. Last month, 38 were "
         "handed in.",
         [(520, "knives", Y25), (38, "knives", ("2026-04-01", "2026-04-30"))]),
        ("Officers seized 212 e-scooters in Swindon in 2025. So far in 2026, 64 have been "
         "seized.",
         [(212, "e-scooters", Y25), (64, "e-scooters", SO_FAR)]),
        # near miss: a noun of its own
        ("Humberside Police recorded 418 burglaries in Hull in 2025. So far this year, 133 "
         "officers have been trained.",
         [(418, "burglaries", Y25), (133, "officers", SO_FAR)]),
    ],
)  # fmt: skip
def test_relative_span_lead_in(nlp: Language, text: str, expected: object) -> None:
    assert read(nlp, text) == expected


def test_no_lead_in_before_a_possessive(nlp: Language) -> None:
    """Near miss: "This year's 41" opens with no lead-in and no passive of the count's own."""
    found = read(nlp, "Wardens issued 96 fines in Ipswich in 2025. This year's 41 is a record.")
    assert (41, "fines", SO_FAR) not in found
