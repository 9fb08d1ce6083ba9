""" ", on top of the 30 …" and ", in addition to the 25 …" open the clause of a figure already
had, whose period is its own, not the new figure's before it ("fund a further 12 officers,
on top of the 30 put in place since April 2024": rule ``added_to_clause`` of
``period_own_clauses``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

Span = tuple[str, str] | None


def periods(nlp: Language, text: str) -> dict[float, Span]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 3, 19)
    doc = nlp(doc)
    return {
        f.value: (f.period.start.isoformat(), f.period.end.isoformat()) if f.period else None
        for f in doc._.statistics
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The commissioner has asked for a further 15 officers for Dover, on top of the 40 "
         "the force has recruited since April 2024.",
         {15: None, 40: ("2024-04-01", "2026-03-19")}),
        ("The council will fund another eight wardens for Luton, in addition to the 20 it "
         "has paid for since 2023.", {8: None, 20: ("2023-01-01", "2026-03-19")}),
        # near misses: no "the" before the figure (one list of new things, one period)
        ("Officers have made 45 arrests in Hull since April, in addition to 30 seizures.",
         {45: ("2025-04-01", "2026-03-19"), 30: ("2025-04-01", "2026-03-19")}),
    ],
)  # fmt: skip
def test_added_to_clause(nlp: Language, text: str, expected: dict[float, Span]) -> None:
    assert periods(nlp, text) == expected
