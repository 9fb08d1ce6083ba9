"""A financial year with its slash is a short lead-in before a count with no noun ("In
2024/25 there were 412, up from 371 the year before": reports, as the count before;
``elided_subjects._LEAD_IN``). Sentences invented for these tests; near misses keep a
noun of their own."""

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
    doc._.published = dt.date(2025, 10, 8)
    doc = nlp(doc)
    return [(f.value, f.unit, _span(f.period)) for f in doc._.statistics]


FY24 = ("2024-04-01", "2025-03-31")
FY23 = ("2023-04-01", "2024-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gwent Police received 1,126 reports over three years. In 2024/25 there were 412, "
         "up from 371 the year before.",
         [(1126, "reports", None), (412, "reports", FY24), (371, "reports", FY23)]),
        ("Dyfed-Powys Police seized 90 vehicles over two years. In 2023/24, 40 were crushed.",
         [(90, "vehicles", None), (40, "vehicles", FY23)]),
        ("Officers recorded 300 thefts over five years. In 2023/24 there were 75 in Hull.",
         [(300, "thefts", None), (75, "thefts", FY23)]),
        # near miss: a noun of its own
        ("Officers recorded 300 thefts over five years. In 2023/24 there were 75 officers "
         "on patrol.", [(300, "thefts", None), (75, "officers", FY23)]),
    ],
)  # fmt: skip
def test_fiscal_year_lead_in(nlp: Language, text: str, expected: object) -> None:
    assert read(nlp, text) == expected
