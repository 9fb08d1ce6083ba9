"""A sentence opening on "When the <thing> was opened/searched/…" tells the finds of a search
dated just before, so its figures take that day ("stopped near Ashford on 4 October last
year. When the trailer was opened, officers found nine men": rule
``when_searched_same_day`` of ``period_event_days``). Every sentence is invented."""

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
        ("A van was stopped by Essex Police on the A12 on 12 January. When the van was "
         "searched, officers found seven men hidden behind boxes.",
         {7: ("2026-01-12", "2026-01-12")}),
        ("Officers raided a car wash in Stoke on 2 February. When the premises were "
         "entered, they found 14 workers living in a back room.",
         {14: ("2026-02-02", "2026-02-02")}),
        # near misses: no search; dated in place; no day dated before
        ("The scheme began on 2 February. When the scheme was launched, 40 shops joined.",
         {40: None}),
        ("When the van was stopped, officers found six men inside.", {6: None}),
        ("Officers checked 40 garages in Rochdale during May. When the lockers were searched, "
         "they held £9,100 in cash.",
         {40: ("2025-05-01", "2025-05-31"), 9100: ("2025-05-01", "2025-05-31")}),
    ],
)  # fmt: skip
def test_when_searched_same_day(nlp: Language, text: str, expected: dict[float, Span]) -> None:
    assert periods(nlp, text) == expected
