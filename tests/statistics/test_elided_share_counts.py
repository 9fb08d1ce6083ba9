"""Counts whose noun is the whole of a share "of them" in the sentence before, or that
follow a level verb's gerund ("with Mansfield recording 97 and Ashfield 84"): the rules
``share_then_count`` and ``level_at_end`` of ELIDED_RULES and ``share_of_them`` of
:func:`pressfacts.statistics.share_wholes.share_whole`, with near misses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.elided_counts import elided_rule

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
P = dt.date(2025, 3, 10)
Y24 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Leeds accounted for almost half of them, with ", ".", "share_then_count"),
        ("a third of all thefts, at ", ", while", "share_then_count"),
        ("over 40% of the burglaries, with around ", ".", "share_then_count"),
        ("Police recorded 900 thefts, with Hull recording ", " and York 84.", "level_at_end"),
        ("Police logged 900 thefts, with Hull reporting ", ".", "level_at_end"),
        # near misses: a noun of its own, a number that goes on, no share, no place
        ("Leeds accounted for almost half of them, with ", " officers.", None),
        ("Leeds accounted for half of them, with ", " more to come", None),
        ("Leeds accounted for many of them, with ", ".", None),
        ("Police logged 900 thefts, with Hull recording ", " arrests.", None),
    ],
)
def test_elided_share_and_gerund(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


SENTENCES = [
    (
        "Cleveland Police recorded 3,200 thefts in 2024. Middlesbrough accounted for almost"
        " half of them, with 1,500, while Redcar recorded 412 and Hartlepool 388.",
        [
            (3200, "thefts", Y24),
            (50, "percent", Y24),
            (1500, "thefts", Y24),
            (412, "thefts", Y24),
            (388, "thefts", Y24),
        ],
    ),
    (
        "Durham Constabulary recorded 900 burglaries in 2024. Darlington accounted for 300"
        " of them, with Stockton recording 97 and Seaham 84.",
        [
            (900, "burglaries", Y24),
            (300, "burglaries", Y24),
            (97, "burglaries", Y24),
            (84, "burglaries", Y24),
        ],
    ),
    (
        "Officers seized 600 knives in 2024. A third of them, at 210, were found in Leeds.",
        [(600, "knives", Y24), (33.3, "percent", Y24), (210, "knives", Y24)],
    ),
    # near misses: a noun of its own; a year is no count
    (
        "Officers seized 600 knives in 2024. A third of them, with 210 officers, were in Leeds.",
        [(600, "knives", Y24), (33.3, "percent", Y24), (210, "officers", Y24)],
    ),
    (
        "Officers seized 600 knives in 2024. Half of the thefts, with 2024 a record, were in"
        " Leeds.",
        [(600, "knives", Y24), (50, "percent", Y24)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_counts_after_shares_and_gerunds(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
