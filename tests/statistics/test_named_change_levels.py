"""A level a named subject's change reached, its noun left out because the sentence
before counted it ("Northern Ireland saw the smallest increase, up 6% to 127.", rule
``named_change_level``: ``elided_subjects.names_change_level``), counts that noun; and a
place a sentence opens on is never the noun it counts ("Wales rose 6% to 127": the
subject-noun rule skips a word a place of the sentence covers). Every sentence is
invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.named_levels import names_change_level

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

PUBLISHED = dt.date(2026, 10, 8)
LEAD = "In 2025, calls to the line in Kent rose from 312 to 401. "
YEAR = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Northern Ireland saw the smallest increase, up 6% to ", ".", True),
        ("Wales was up 4% to ", ".", True),
        ("Powys saw a rise of 12% to ", ".", True),
        ("Gwynedd fell by 3% to ", ", the lowest since 2019.", True),
        ("The Scottish Borders recorded a fall of 9 per cent to ", ".", True),
        # near misses: no named subject, no change, or the clause goes on
        ("Officers were up 6% to ", ".", False),
        ("It was up 6% to ", ".", False),
        ("Wales saw a rise, with ", ".", False),
        ("Wales was up 6% to ", " in May.", False),
    ],
)
def test_names_change_level(before: str, after: str, expected: bool) -> None:
    assert names_change_level(before, after) is expected


ROWS = [
    pytest.param(
        LEAD + "Sussex saw the smallest increase, up 6% to 127.",
        [(312.0, "calls", YEAR), (401.0, "calls", YEAR),
         (6.0, "percent", YEAR), (127.0, "calls", YEAR)],
        id="saw-the-smallest-increase-up-to",
    ),
    pytest.param(
        LEAD + "Surrey was up 4% to 130.",
        [(312.0, "calls", YEAR), (401.0, "calls", YEAR),
         (4.0, "percent", YEAR), (130.0, "calls", YEAR)],
        id="was-up-to",
    ),
    pytest.param(
        LEAD + "Wales rose 6% to 127.",
        [(312.0, "calls", YEAR), (401.0, "calls", YEAR),
         (6.0, "percent", YEAR), (127.0, "calls", YEAR)],
        id="a-place-opening-is-no-noun",
    ),
    # near miss: a noun of its own after the level
    pytest.param(
        LEAD + "Surrey was up 4% to 130 texts.",
        [(312.0, "calls", YEAR), (401.0, "calls", YEAR),
         (4.0, "percent", YEAR), (130.0, "texts", YEAR)],
        id="near-miss-a-noun-of-its-own",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_named_change_levels_count_the_noun_before(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
