"""A level after a change ("…, to 4,730") whose sentence opens on a place and an aside
listing what that place covers ("Across the force area, which covers Herefordshire,
Shropshire, Telford and Wrekin and Worcestershire, reports … rose by 9% …, to 4,730") counts
the sentence's subject (``level_subjects.COVERAGE_ASIDE``, rule ``opening_coverage_list``):
the long list had pushed the subject past the two openings a sentence may have, and the
level was dropped. Every sentence is invented; the near misses are an aside with a figure
of its own and a level with a noun of its own."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.level_subjects import level_subject
from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2025, 10, 15)
YEAR_2024 = ("2024-01-01", "2024-12-31")
BOTH = ("2023-01-01", "2024-12-31")

ROWS = [
    pytest.param(
        "Across the force area, which covers Leeds, Bradford, Calderdale, Kirklees and "
        "Wakefield, burglaries fell by 6% in 2024 compared with 2023, to 9,120.",
        [(6.0, "percent", BOTH), (9120.0, "burglaries", YEAR_2024)],
        id="which-covers-five-places",
    ),
    pytest.param(
        "In the northern division, which also takes in Alnwick, Berwick and Morpeth, thefts "
        "from farms rose by 14% in 2024 compared with 2023, to 312.",
        [(14.0, "percent", BOTH), (312.0, "thefts", YEAR_2024)],
        id="which-also-takes-in",
    ),
    pytest.param(
        "Across the county, which includes Exeter, Torbay and Plymouth, calls to the helpline "
        "rose by 20% in 2024 compared with 2023, to 2,040.",
        [(20.0, "percent", BOTH), (2040.0, "calls", YEAR_2024)],
        id="which-includes",
    ),
    # near misses: a level with a noun of its own; an aside with a figure
    pytest.param(
        "Across the force area, which covers Leeds, Bradford, Calderdale and Kirklees, "
        "burglaries fell by 6% in 2024 compared with 2023, to 9,120 offences.",
        [(6.0, "percent", BOTH), (9120.0, "offences", YEAR_2024)],
        id="own-noun",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_opening_coverage_list(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Across the force area, which covers Leeds, Bradford, Calderdale, Kirklees and "
         "Wakefield, burglaries fell by 6% in 2024, to ", "burglaries"),
        ("In the division, which also takes in Ely, March and Wisbech, thefts rose by 9%, to ",
         "thefts"),
        # near miss: no change before ", to": a destination, not a level
        ("Across the force area, which covers Ely, March and Wisbech, officers went back, to ",
         None),
    ],
)  # fmt: skip
def test_coverage_aside_subject(before: str, expected: str | None) -> None:
    assert level_subject(before) == expected
