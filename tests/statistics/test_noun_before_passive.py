"""A count with no noun of its own, the subject of a passive in a clause of its own,
counts the plural noun named right before that clause (unit rule
``noun-before-passive``, module ``passive_objects``). Every sentence is invented for the
test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 1, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Avon and Somerset Police urged cyclists to register their bikes after 1,240 were "
            "reported stolen in Bristol in 2025.",
            [(1240, "bikes")],
            id="after-reported-stolen",
        ),
        pytest.param(
            "Gwent Police urged tradespeople in Newport to mark their tools after more than 300 "
            "were taken from vans.",
            [(300, "tools")],
            id="qualified-count",
        ),
        pytest.param(
            "Farmers are being urged to lock up quad bikes in Powys after 45 were stolen.",
            [(45, "bikes")],
            id="place-after-the-noun",
        ),
        # near misses: no plural noun before the clause; no passive; a noun of its own; a
        # clause of its own subject after "and"
        pytest.param(
            "Gwent Police appealed for help after 40 were reported stolen.", [], id="no-noun"
        ),
        pytest.param(
            "Officers urged riders to lock their bikes after 40 went missing.", [], id="no-passive"
        ),
        pytest.param(
            "Officers urged riders to lock their bikes after 40 scooters were stolen.",
            [(40, "scooters")],
            id="a-noun-of-its-own",
        ),
        pytest.param(
            "Most of the people seen by medics in Bath had taken drugs, and 96 were treated.",
            [],
            id="and-clause",
        ),
    ],
)
def test_a_passive_count_takes_the_noun_named_before(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, P)] == expected
