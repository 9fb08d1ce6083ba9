""" "In the early hours of" weekdays said as a habit ("of Saturday and Sunday mornings", "of
Sunday mornings", "of Saturdays") is no one day (guard ``early_hours_recurring`` of the
rule ``early_hours_of_weekday``): the figure keeps the span stated before. One weekday
alone is still the latest such day. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import phrase_spans

P = dt.date(2026, 6, 10)  # a Wednesday

ROWS = [
    ("Most of the 240 assaults were in the early hours of Saturday and Sunday mornings.", []),
    ("Crews were attacked 31 times in the early hours of Friday mornings.", []),
    ("Nearly half came in the early hours of Sundays.", []),
    # near misses: one weekday (or its morning) alone, told in the past
    ("Officers made 12 arrests in the early hours of Sunday.", [("2026-06-07", "2026-06-07")]),
    ("Officers made 12 arrests in the early hours of Sunday morning.",
     [("2026-06-07", "2026-06-07")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_early_hours_recurring(text: str, expected: list[tuple[str, str] | None]) -> None:
    assert phrase_spans(text, P) == expected


def test_the_span_before_stays() -> None:
    from pressfacts import build_nlp

    nlp = build_nlp()
    text = (
        "In the first three months of 2026, crews reported 356 assaults, nearly a third of "
        "them in the early hours of Saturday and Sunday mornings."
    )
    doc = nlp.make_doc(text)
    doc._.published = P
    spans = {f.value: f.period and (f.period.start, f.period.end) for f in nlp(doc)._.statistics}
    quarter = (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert spans == {356: quarter, 33.3: quarter}
