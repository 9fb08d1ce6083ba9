"""A count led by "including" and followed by the kind of premises it was found in is a
part of the count before, its noun left unsaid (elided rule ``including_premises``):
"58 cannabis factories since April, including nine in commercial premises". Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 3, 12)
SINCE_2024 = ("2024-01-01", "2026-03-12")

ROWS = [
    pytest.param(
        "Essex Police has shut 64 cannabis factories since 2024, including 11 in commercial "
        "premises.",
        [(64.0, "factories", SINCE_2024), (11.0, "factories", SINCE_2024)],
        id="commercial-premises",
    ),
    pytest.param(
        "Officers in Cheshire found 77 cannabis grows since 2024, including twelve in rented "
        "homes.",
        [(77.0, "grows", SINCE_2024), (12.0, "grows", SINCE_2024)],
        id="rented-homes",
    ),
    pytest.param(
        "Detectives in Norfolk dismantled 30 farms since 2024, including 8 in industrial units "
        "and lofts.",
        [(30.0, "farms", SINCE_2024), (8.0, "farms", SINCE_2024)],
        id="industrial-units",
    ),
    # near misses: a place after the count; a noun of its own
    pytest.param(
        "Essex Police has shut 64 cannabis factories since 2024, including 11 in Basildon.",
        [(64.0, "factories", SINCE_2024)],
        id="a-place",
    ),
    pytest.param(
        "Essex Police has shut 64 cannabis factories since 2024, including 11 flats in "
        "commercial premises.",
        [(64.0, "factories", SINCE_2024), (11.0, "flats", SINCE_2024)],
        id="a-noun-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_an_including_part_by_its_premises(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
