"""A partitive opening whose whole is described by a relative clause on "where", "which"
or "whose" ("Of the sessions where a location was given, 3,870 …") names the total its
counts divide, as one on "who" or "that" does (``partitives.PARTITIVE``): the counts
after it count its noun.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 5, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Of the calls where the caller's age was known, 2,140 were from teenagers.",
            [(2140, "calls")],
            id="where",
        ),
        pytest.param(
            "Of the Welsh cases which reached court, 88 ended in a conviction.",
            [(88, "cases")],
            id="which-with-a-modifier",
        ),
        pytest.param(
            "Of the children whose parents took part, 61 said they felt safer.",
            [(61, "children")],
            id="whose",
        ),
        # near misses: a relative clause with no whole before it; "Of course" is no whole
        pytest.param("Where a location was given, 2,140 came from Leeds.", [], id="no-whole"),
        pytest.param("Of course, where it was known, 40 said so.", [], id="of-course"),
    ],
)
def test_relative_whole(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _p in unit_periods_of(nlp, text, P)] == expected
