"""Another item found at a venue of a named place after the count before it, its noun
unsaid (rule ``listed_at_venue``): whole sentences, with near misses that must not take
the noun."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 3, 10)

ROWS: list[tuple[str, float, str | None]] = [
    (
        "Police seized 14 phones at a house in Leeds, and three at a flat in York.",
        3,
        "phones",
    ),
    ("Officers arrested 12 men in Hull, and two at a farm near Selby.", 2, "men"),
    (
        "Detectives found 9 workers at car washes in Boston and Spalding, and two at a nail "
        "bar in Lincoln.",
        2,
        "workers",
    ),
    # near misses: a noun of its own, no venue in a named place
    ("Officers held 12 men in Hull, and two at a time.", 2, None),
    (
        "Police seized 14 phones at a house in Leeds, and three laptops at a flat in York.",
        3,
        "laptops",
    ),
]


@pytest.mark.parametrize(("text", "value", "unit"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_listed_at_venue(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, value: float, unit: str | None
) -> None:
    units = [u for v, u, _p in unit_periods_of(nlp, text, P) if v == value]
    assert units == ([unit] if unit else [])
