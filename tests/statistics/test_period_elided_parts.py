"""An ordinal part whose unit the phrase before named: "from 96 in the first quarter to 61
in the second" (:mod:`pressfacts.statistics.period_elided_parts`), with near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 9)

ROWS: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "In Dudley, thefts rose from 212 in the first quarter of 2025 to 260 in the second.",
        {212: ("2025-01-01", "2025-03-31"), 260: ("2025-04-01", "2025-06-30")},
    ),
    (
        "Cumbria Police made 41 arrests in the first half of 2024 and 58 in the second.",
        {41: ("2024-01-01", "2024-06-30"), 58: ("2024-07-01", "2024-12-31")},
    ),
    (
        "Staffordshire Police seized 33 bikes in the second quarter of 2025, against 19 in "
        "the first.",
        {33: ("2025-04-01", "2025-06-30"), 19: ("2025-01-01", "2025-03-31")},
    ),
    (
        "Wardens issued 70 fines in the first week of June 2025 and 94 in the second, when "
        "the patrols doubled.",
        {70: ("2025-06-01", "2025-06-07"), 94: ("2025-06-08", "2025-06-14")},
    ),
    # the part named runs past P: cut at P
    (
        "Reports fell from 480 in the first half of 2025 to 300 in the second.",
        {480: ("2025-01-01", "2025-06-30"), 300: ("2025-07-01", "2025-10-09")},
    ),
]

NEAR_MISSES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    # no ordinal part of a year named just before: nothing to borrow
    ("Officers stopped 25 cars in March and 40 in the second, a retired constable said.", {}),
    # a noun after the ordinal: no elided unit
    ("The team scored 14 points in the first quarter and 9 in the second round.", {}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_elided_part_takes_the_unit_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected


@pytest.mark.parametrize("text", [text for text, _ in NEAR_MISSES])
def test_no_unit_to_borrow(nlp: Language, text: str) -> None:
    from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

    dated = [
        text[p.start_char : p.end_char]
        for p in find_period_phrases(text, P)
        if p.kind != UNRESOLVED
    ]
    assert not any(phrase.endswith("the second") for phrase in dated)
