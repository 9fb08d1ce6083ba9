"""A time adverb between a perfect's "have"/"had" and its verb ("so far", "since", "now",
"already", ``elided_words.PERFECT_ADVERB``) still lets a count open a clause with its noun
left out: "…, and nine have so far agreed to …" (elided rule ``clause_people_act``), "…, and
12 have since been charged" (rule ``clause_passive``). Every sentence is invented for the
test; the near misses keep a noun of their own or count nothing before."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 3, 20)
Y2024 = ("2024-01-01", "2024-12-31")

ROWS = [
    pytest.param(
        "The charity supported 140 survivors in 2024, and 35 have so far agreed to give evidence.",
        [(140, "survivors", Y2024), (35, "survivors", Y2024)],
        id="have-so-far-agreed",
    ),
    pytest.param(
        "Officers stopped 64 drivers in 2024, and 18 have since been charged.",
        [(64, "drivers", Y2024), (18, "drivers", Y2024)],
        id="have-since-been",
    ),
    pytest.param(
        "Police seized 210 bikes in 2024, while 44 had already been returned.",
        [(210, "bikes", Y2024), (44, "bikes", Y2024)],
        id="had-already-been",
    ),
    pytest.param(
        "The scheme helped 90 tenants in 2024, and 27 have now completed the course.",
        [(90, "tenants", Y2024), (27, "tenants", Y2024)],
        id="have-now-completed",
    ),
    # near misses: a noun of its own; nothing counted before
    pytest.param(
        "Officers stopped 64 drivers in 2024, and 18 passengers have since been charged.",
        [(64, "drivers", Y2024), (18, "passengers", Y2024)],
        id="noun-of-its-own",
    ),
    pytest.param(
        "The team was set up in 2024, and 18 have since been charged.",
        [],
        id="nothing-counted-before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_time_adverb_after_have(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
