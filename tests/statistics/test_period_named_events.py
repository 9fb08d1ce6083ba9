"""Periods counted from a national event the text does not date ("since the start of the
pandemic", "since the first lockdown"): ``period_named_events``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.period_named_events import NAMED_EVENTS
from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

P = dt.date(2025, 2, 12)
UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""


def periods(text: str, published: dt.date | None = P) -> list[tuple[str, str] | None]:
    """Every period phrase of ``text`` as ISO dates (None when undated)."""
    return [
        None if p.kind == UNRESOLVED else (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("up 41% since the start of the pandemic", P, [("2020-03-01", "2025-02-12")]),
        ("since the beginning of the Covid-19 pandemic", P, [("2020-03-01", "2025-02-12")]),
        ("since the coronavirus pandemic began", P, [("2020-03-01", "2025-02-12")]),
        ("since the onset of the pandemic", P, [("2020-03-01", "2025-02-12")]),
        ("since the pandemic struck", P, [("2020-03-01", "2025-02-12")]),
        ("since the Covid-19 outbreak", P, [("2020-03-01", "2025-02-12")]),
        ("calls have doubled since the first lockdown", P, [("2020-03-23", "2025-02-12")]),
        ("since the first national lockdown", P, [("2020-03-23", "2025-02-12")]),
        ("since the start of the pandemic", None, [None]),  # no P: undated
        # near misses: no "since", or an event no table names
        ("during the pandemic", P, []),
        ("before the first lockdown", P, []),
        ("since the start of the campaign", P, []),
    ],
)
def test_since_a_named_event(
    text: str, published: dt.date | None, expected: list[tuple[str, str] | None]
) -> None:
    assert periods(text, published) == expected


def test_every_event_starts_before_it_could_be_cited() -> None:
    assert all(event.start <= P for event in NAMED_EVENTS)
    assert len({event.name for event in NAMED_EVENTS}) == len(NAMED_EVENTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the change's span; the next reported clause keeps its own period
            "The charity said calls had risen by 30% since the start of the pandemic, and "
            "that 410 of the calls in the first quarter of 2024/25 came from parents.",
            [
                (30, "percent", ("2020-03-01", "2025-02-12")),
                (410, "calls", ("2024-04-01", "2024-06-30")),
            ],
        ),
        (  # a figure after it in another sentence does not take it up
            "Calls to the Fife helpline have doubled since the first lockdown. In 2023/24 "
            "the helpline took 2,900 calls.",
            [
                (2, "times", ("2020-03-23", "2025-02-12")),
                (2900, "calls", ("2023-04-01", "2024-03-31")),
            ],
        ),
    ],
)
def test_figures_beside_a_named_event(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
