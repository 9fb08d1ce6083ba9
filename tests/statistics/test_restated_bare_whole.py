"""A part of a whole restated by its figure alone ("64 of the 318 were women") counts what
that earlier count counts, over its period (``restated_wholes.RESTATED_BARE_WHOLE``, rule
``restated-whole-bare``). Before, the part had no noun and was dropped. Every sentence is
invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.restated_wholes import RESTATED_BARE_WHOLE
from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 1, 8)
DECEMBER = ("2025-12-01", "2025-12-31")


@pytest.mark.parametrize(
    ("after", "whole"),
    [
        (" of the 318 were women.", "318"),
        (" of those 1,204, the force said", "1,204"),
        (" of these 40 had been charged", "40"),
        # near misses: a noun of its own after the figure, a decimal, no figure
        (" of the 318 officers were women", None),
        (" of the 3.5 were", None),
        (" of the arrests were", None),
    ],
)
def test_a_bare_restated_whole(after: str, whole: str | None) -> None:
    match = RESTATED_BARE_WHOLE.match(after)
    assert (match.group("whole") if match else None) == whole


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers made 318 arrests in December. 64 of the 318 were women.",
            [
                (64.0, "arrests", DECEMBER),
                (318.0, "arrests", DECEMBER),
                (318.0, "arrests", DECEMBER),
            ],
        ),
        (
            "Officers made 318 arrests in December, and 64 of the 318 were women.",
            [
                (64.0, "arrests", DECEMBER),
                (318.0, "arrests", DECEMBER),
                (318.0, "arrests", DECEMBER),
            ],
        ),
        (
            "The helpline took 1,204 calls in December. Some 410 of those 1,204 came at night.",
            [(410.0, "calls", DECEMBER), (1204.0, "calls", DECEMBER), (1204.0, "calls", DECEMBER)],
        ),
        # near miss: no earlier count of that value, so no whole to restate
        (
            "Officers made 318 arrests in December. 64 of the 400 were women.",
            [(318.0, "arrests", DECEMBER), (400.0, "women", None)],
        ),
    ],
)
def test_the_part_counts_the_restated_whole(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple]
) -> None:
    """The part counts what the whole counts; the whole, said twice, is two mentions of
    one figure (the knowledge set merges them)."""
    assert sorted(unit_periods_of(nlp, text, PUBLISHED)) == expected
