"""A bulleted list right after a dated sentence takes its period (the lead-in
``bullets_after``, ``period_bullet_lists``). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 6, 15)
MAY = ("2026-05-01", "2026-05-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers in Hull made 48 arrests in May.\n\n• 130 pupils attended talks\n"
            "• 17 bikes were recovered",
            {48: MAY, 130: MAY, 17: MAY},
        ),
        (
            "The team seized 20 cars in May.\n- 6 vans were crushed\n- 90 drivers were warned",
            {20: MAY, 6: MAY, 90: MAY},
        ),
        # near misses: a bullet with a period of its own; no period before the list; a
        # paragraph between the dated sentence and the list
        (
            "Officers in Hull made 48 arrests in May.\n\n• 130 pupils attended talks in April",
            {48: MAY, 130: ("2026-04-01", "2026-04-30")},
        ),
        (
            "Officers in Hull made 48 arrests.\n\n• 130 pupils attended talks",
            {48: None, 130: None},
        ),
        (
            "Officers in Hull made 48 arrests in May.\n\nThe team thanked residents.\n\n"
            "• 130 pupils attend talks",
            {48: MAY, 130: None},
        ),
    ],
)
def test_bullets_after_a_dated_sentence(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected


SEPTEMBER = ("2025-09-01", "2025-09-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule bullets_after_colon: a dated lead line ending in ":" no lead-in rule reads
        (
            "Results of the operation, which ran across Kent from 1 to 30 September:\n\n"
            "- 52 arrests for drug supply\n- 21 weapons taken off the streets\n"
            "- 6 county lines closed down",
            {52: SEPTEMBER, 21: SEPTEMBER, 6: SEPTEMBER},
        ),
        # near miss: a lead line a lead-in rule reads keeps its own reading
        (
            "In September:\n\n- 52 arrests for drug supply\n- 21 weapons were seized",
            {52: SEPTEMBER, 21: SEPTEMBER},
        ),
        # near miss: an undated lead line
        (
            "Results of the operation across Kent:\n\n- 52 arrests for drug supply",
            {52: None},
        ),
    ],
)
def test_bullets_after_a_dated_colon_line(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    found = periods_of(nlp, text, dt.date(2025, 10, 8))
    assert {value: found.get(value) for value in expected} == expected
