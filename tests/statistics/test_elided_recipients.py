"""A count given to someone after a count given before it, its noun unsaid (rule
``given_to_recipient``): whole sentences, with near misses that must not take the noun."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf, UnitPeriodsOf

P = dt.date(2025, 5, 28)

ROWS: list[tuple[str, float, str | None]] = [
    (
        "Wardens issued 486 fixed penalty notices for littering last year, compared with 301 "
        "in 2023, and 42 to householders who used unlicensed carriers.",
        42,
        "notices",
    ),
    (
        "Officers handed out 120 warnings for parking on verges in March and April, and 35 "
        "to cyclists.",
        35,
        "warnings",
    ),
    (
        "The trust sent 900 leaflets about scams to care homes across the county last "
        "winter, and 140 to GP surgeries.",
        140,
        "leaflets",
    ),
    # near misses: a range, a noun of its own, no verb of giving
    ("Officers issued 486 notices last year and 42 to 50 officers attended.", 42, "officers"),
    ("Wardens issued 486 notices in May, and 42 warnings to drivers.", 42, "warnings"),
    (
        "Officers made 40 arrests for littering last year, compared with 30 in 2023, and 12 "
        "to householders.",
        12,
        None,
    ),
]


@pytest.mark.parametrize(("text", "value", "unit"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_given_to_recipient(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, value: float, unit: str | None
) -> None:
    units = [u for v, u, _p in unit_periods_of(nlp, text, P) if v == value]
    assert units == ([unit] if unit else [])


INCLUDED_ROWS: list[tuple[str, float, str | None]] = [
    (
        "The helpline made 540 referrals to councils in the year, including 63 to Kent "
        "County Council.",
        63,
        "referrals",
    ),
    (
        "Officers sent 1,200 warning letters, including 310 to landlords in Luton.",
        310,
        "letters",
    ),
    (
        "The unit passed 95 cases to other forces last year, including about 20 to Police "
        "Scotland.",
        20,
        "cases",
    ),
    # near misses: a range, a noun of its own, no count before
    ("The team made 540 referrals, including 63 to 70 officers.", 63, "officers"),
    ("The team made 540 referrals, including 63 victims to hospitals.", 63, "victims"),
    ("The charity helped families, including 63 to the Met.", 63, None),
]


@pytest.mark.parametrize(
    ("text", "value", "unit"), INCLUDED_ROWS, ids=[r[0][:50] for r in INCLUDED_ROWS]
)
def test_included_to_recipient(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, value: float, unit: str | None
) -> None:
    units = [u for v, u, _p in unit_periods_of(nlp, text, P) if v == value]
    assert units == ([unit] if unit else [])


INCLUDED_AREA_ROWS: list[tuple[str, list[tuple[float, str | None]]]] = [
    (
        "Essex Police made 80 referrals to councils across the county in 2023, including 31 "
        "to Colchester.",
        [(80, "Essex"), (31, "Colchester")],
    ),
    (
        "Gwent Police sent 300 warning letters in 2023, including about 40 to Newport.",
        [(300, "Gwent"), (40, "Newport")],
    ),
    # near miss: a place after "to" with no "including" is no own place of the count
    (
        "Gwent Police sent 300 warning letters in 2023 and 40 to Newport.",
        [(300, "Gwent"), (40, "Gwent")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), INCLUDED_AREA_ROWS, ids=[r[0][:50] for r in INCLUDED_AREA_ROWS]
)
def test_included_to_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
