"""A change with its own span right after it, in a clause joined to one whose figure has
another span, is stated over its own span, not the union of both (rule
``own_span_after_change``, ``period_choice.own_span_after_change``). Sentences invented
for these tests; near misses keep the union of a change between two stated years."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from spacy.language import Language

Span = tuple[str, str] | None


def _span(period: Any) -> Span:
    return (period.start.isoformat(), period.end.isoformat()) if period else None


def read(nlp: Language, text: str) -> list[tuple[float, str | None, Span]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 9, 14)
    doc = nlp(doc)
    return [(f.value, f.change, _span(f.period)) for f in doc._.statistics]


Y24 = ("2024-01-01", "2024-12-31")
Y25 = ("2025-01-01", "2025-12-31")
BOTH = ("2024-01-01", "2025-12-31")
H1 = ("2026-01-01", "2026-06-30")
PAST = ("2025-09-01", "2026-08-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Northern fitted 600 cameras to its trains since March, and says robberies "
         "on board fell by around 18% in the first six months of 2026.",
         [(600, None, ("2026-03-01", "2026-09-14")), (18, "decrease", H1)]),
        ("Kent Police trained 75 officers in 2024, and shoplifting in Ashford fell by 12% in "
         "2025.",
         [(75, None, Y24), (12, "decrease", Y25)]),
        ("The council added 40 wardens in 2024, but reports of fly-tipping rose by 9% during "
         "2025.",
         [(40, None, Y24), (9, "increase", Y25)]),
        ("Arrests rose by 14% in 2025; thefts fell by 5% in the first half of 2026.",
         [(14, "increase", Y25), (5, "decrease", H1)]),
        # the span's article outside its phrase ("over the past year": heldout328)
        ("The council spent £90,000 in 2026-27 on wardens, and says dog thefts rose by 7% "
         "over the past year.",
         [(90000, None, ("2026-04-01", "2027-03-31")), (7, "increase", PAST)]),
        ("Gwent Police recruited 30 officers in 2025, but says burglaries fell by 4% in the "
         "past year.",
         [(30, None, Y25), (4, "decrease", PAST)]),
        # near misses: a change between two stated years, no span of its own after it
        ("Thefts rose from 100 in 2024 to 125 in 2025, up 25%.",
         [(100, None, Y24), (125, None, Y25), (25, "increase", BOTH)]),
        # a span after the change, and its yardstick after it too
        ("Thefts rose by 20% in 2025, from 100 in 2024.",
         [(20, "increase", BOTH), (100, None, Y24)]),
        # no clause joint between the spans (also with "the past year" after it)
        ("Kent Police trained 75 officers in 2024 and thefts fell by 12% over the past year.",
         [(75, None, Y24), (12, "decrease", ("2024-01-01", "2026-08-31"))]),
        ("Kent Police trained 75 officers in 2024 and shoplifting in Ashford fell by 12% in "
         "2025.",
         [(75, None, Y24), (12, "decrease", BOTH)]),
    ],
)  # fmt: skip
def test_own_span_after_change(nlp: Language, text: str, expected: object) -> None:
    assert read(nlp, text) == expected
