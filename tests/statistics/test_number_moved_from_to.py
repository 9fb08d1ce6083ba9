"""A sentence that opens (after a place's "In …" or a conjunction) on "the number", "the
figure" or "the total" with no "of" after it, and its change from one level to another,
counts what the sentence before counted, in words too (rule ``number_moved_from_to``,
``named_levels.number_moved_level``). Sentences invented; P is 10 June 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers recorded 84 thefts in Rutland last year. In Oakham the number rose from "
            "six to ten, the only town to see a rise.",
            [(84, "thefts"), (6, "thefts"), (10, "thefts")],
        ),
        (
            "Gwent Police seized 140 knives in 2024. In Newport, the total fell from twelve to "
            "seven, the force said.",
            [(140, "knives"), (12, "knives"), (7, "knives")],
        ),
        (
            "Trading standards officers made 73 test purchases last year. And the figure "
            "dropped from nine to five at shops near schools.",
            [(73, "purchases"), (9, "purchases")],
        ),
        # near misses: a noun of its own, no count, a share
        (
            "Paramedics treated 56 cyclists in 2024. The number of fractures rose from four "
            "to seven.",
            [(56, "cyclists"), (4, "fractures"), (7, "fractures")],
        ),
        (
            "Wardens issued 310 fines in Bath last year. In Keynsham the temperature rose from "
            "six to ten.",
            [(310, "fines")],
        ),
        (
            "Officers recorded 84 thefts in Rutland last year. In Oakham the number rose from "
            "six to ten per cent.",
            [(84, "thefts"), (10, "percent")],
        ),
    ],
)
def test_number_moved_from_to(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, unit) for value, unit, _ in changes_of(nlp, text, P)] == expected
