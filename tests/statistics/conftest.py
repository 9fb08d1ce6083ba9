"""Fixtures of the statistics tests: read the figures of a text as the pipeline does.

Each fixture is a function of (nlp, text[, published]) giving what a table of rows
compares: areas, periods by value, or (value, unit, period) in text order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 5)
"""The publication date the area tests give every text."""

AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]


def _areas(nlp: Language, text: str) -> list[tuple[float, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    doc = nlp(doc)
    return [(f.value, f.area) for f in doc._.statistics]


@pytest.fixture(scope="session")
def areas() -> AreasOf:
    """(value, area) of each figure of a text published on :data:`PUBLISHED`."""
    return _areas


Span = tuple[str, str] | None
"""A period as its ISO start and end, or None."""
PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, Span]]
UnitPeriodsOf = Callable[[Language, str, dt.date | None], list[tuple[float, str, Span]]]
ChangesOf = Callable[[Language, str, dt.date | None], list[tuple[float, str, str | None]]]


def _findings(nlp: Language, text: str, published: dt.date | None) -> list[Any]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.statistics)


def _span(finding: Any) -> Span:
    period = finding.period
    return (period.start.isoformat(), period.end.isoformat()) if period else None


def _periods(nlp: Language, text: str, published: dt.date | None) -> dict[float, Span]:
    return {float(f.value): _span(f) for f in _findings(nlp, text, published)}


def _unit_periods(
    nlp: Language, text: str, published: dt.date | None
) -> list[tuple[float, str, Span]]:
    return [(float(f.value), f.unit, _span(f)) for f in _findings(nlp, text, published)]


def _changes(
    nlp: Language, text: str, published: dt.date | None
) -> list[tuple[float, str, str | None]]:
    return [(float(f.value), f.unit, f.change) for f in _findings(nlp, text, published)]


@pytest.fixture(scope="session")
def changes_of() -> ChangesOf:
    """(value, unit, change) of each figure of a text published on the date given."""
    return _changes


@pytest.fixture(scope="session")
def periods_of() -> PeriodsOf:
    """{value: period} of the figures of a text published on the date given."""
    return _periods


UnitsOf = Callable[[Language, str, dt.date | None], list[tuple[float, str]]]


def _units(nlp: Language, text: str, published: dt.date | None) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in _findings(nlp, text, published)]


@pytest.fixture(scope="session")
def units_of() -> UnitsOf:
    """(value, unit) of each figure of a text published on the date given."""
    return _units


@pytest.fixture(scope="session")
def unit_periods_of() -> UnitPeriodsOf:
    """(value, unit, period) of each figure of a text published on the date given."""
    return _unit_periods


def dated_phrases(text: str, published: dt.date | None) -> list[tuple[str, str, str]]:
    """(phrase, start, end) of every period phrase of ``text`` the rules date, published
    on ``published``: what a table of period wordings compares."""
    from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

    return [
        (text[p.start_char : p.end_char], p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, published)
        if p.kind != UNRESOLVED
    ]


def phrase_spans(text: str, published: dt.date | None) -> list[tuple[str, str] | None]:
    """Every period phrase of ``text`` as ISO dates (None when undated), published on
    ``published``: what a table of one kind of wording compares, undated phrases kept."""
    from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

    return [
        None if p.kind == UNRESOLVED else (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, published)
    ]
