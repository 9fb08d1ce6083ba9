"""A day opening its sentence whose clause says officers ran, held or staged a day of action
is the day the figures after it count ("On 25 May, officers ran a day of action at 30
stations and spoke to 900 passengers": rule ``day_of_action_day``,
``period_figure_days.DAY_OF_ACTION``). Sentences invented for these tests; near misses
run no day of action."""

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
    doc._.published = dt.date(2026, 6, 9)
    doc = nlp(doc)
    return [(f.value, f.unit, _span(f.period)) for f in doc._.statistics]


DAY = ("2026-05-21", "2026-05-21")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 21 May, officers ran a day of action at 30 stations in Essex and spoke to about "
         "900 passengers.",
         [(30, "stations", DAY), (900, "passengers", DAY)]),
        ("On 21 May, Merseyside Police held a day of action in Bootle and arrested 14 people.",
         [(14, "people", DAY)]),
        ("On 21 May, the council staged a multi-agency day of action in Crawley, checking 65 "
         "taxis.",
         [(65, "taxis", DAY)]),
        # near misses: no day of action run, a week of action
        ("On 21 May, officers ran a stall at Chelmsford station and spoke to 900 passengers.",
         [(900, "passengers", None)]),
        ("On 21 May, officers ran a week of action in Bootle and arrested 14 people.",
         [(14, "people", None)]),
    ],
)  # fmt: skip
def test_day_of_action_run(nlp: Language, text: str, expected: object) -> None:
    assert read(nlp, text) == expected
