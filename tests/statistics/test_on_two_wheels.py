"""Riding "on two wheels" (or "on four wheels") names a way of travelling, no tally (the
exclusion ``on-two-wheels`` of :mod:`pressfacts.statistics.exclusions`). Every sentence is
invented; near misses are wheels counted."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Officers recorded 310 robberies by thieves on two wheels in Camden.",
                     [(310, "robberies")], id="thieves-on-two-wheels"),
        pytest.param("Life on four wheels is cheaper in Leeds, the survey found.",
                     [], id="on-four-wheels"),
        pytest.param("Officers stopped 48 riders on two wheels in Bristol last month.",
                     [(48, "riders")], id="riders-on-two-wheels"),
        # near misses: wheels counted (no "on"; digits after "on")
        pytest.param("Thieves stole four wheels from a van in Hull.",
                     [(4, "wheels")], id="stole-four-wheels"),
        pytest.param("The lorry was carrying two wheels and a trailer.",
                     [(2, "wheels")], id="carrying-two-wheels"),
    ],
)  # fmt: skip
def test_on_two_wheels(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list
) -> None:
    assert [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, P)] == expected
