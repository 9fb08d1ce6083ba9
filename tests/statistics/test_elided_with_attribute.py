"""A breakdown by what the things counted have ("57 dealers, 41 of them with a site licence
and 16 with a collector's licence"): the next part after a part "of them with/without"
counts the same things (elided rule ``listed_with_attribute``). Sentences invented for the
test, with near misses that must not take the noun."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

P = dt.date(2026, 5, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Leeds City Council licenses 64 scrap metal dealers, 40 of them with a site "
            "licence and 24 with a collector's licence.",
            [(64, "dealers"), (40, "dealers"), (24, "dealers")],
            id="of-them-with-and-with",
        ),
        pytest.param(
            "Officers checked 90 yards, 30 of which with a CCTV camera, and nine with no records.",
            [(90, "yards"), (30, "yards"), (9, "yards")],
            id="of-which-with-comma-and-with",
        ),
        pytest.param(
            "The charity supports 300 carers, 120 of them with a disabled child, and about "
            "45 with no car.",
            [(300, "carers"), (120, "carers"), (45, "carers")],
            id="comma-and-about",
        ),
        # near misses: no part "of them with" before; a noun of its own
        pytest.param(
            "Police arrested 40 people and 16 with knives were taken to hospital.",
            [(40, "people")],
            id="no-part-before",
        ),
        pytest.param(
            "Police stopped 40 drivers, 12 of them with no licence, and 16 officers with "
            "body cameras watched.",
            [(40, "drivers"), (12, "drivers"), (16, "officers")],
            id="noun-of-its-own",
        ),
    ],
)
def test_a_part_with_an_attribute_counts_the_same_things(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    found = [
        (value, unit.rsplit(maxsplit=1)[-1]) for value, unit, _ in unit_periods_of(nlp, text, P)
    ]
    assert found == expected
