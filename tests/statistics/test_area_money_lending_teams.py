"""The national illegal money lending teams (the England Illegal Money Lending Team, the
Wales and Scottish Illegal Money Lending Units) carry their nation as their ``areas`` in
``organisations.jsonl``: a figure of theirs with no place of its own takes the nation, as
a figure of MOPAC takes London. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Scottish Illegal Money Lending Unit helped 214 victims in 2025.",
            [(214, "Scotland")],
            id="unit-speaks-for-scotland",
        ),
        pytest.param(
            "The England Illegal Money Lending Team wrote off £2.4m of debt in 2025. It "
            "brought 19 prosecutions.",
            [(2400000, "England"), (19, "England")],
            id="later-figure-takes-the-team-nation",
        ),
        pytest.param(
            "Investigators from the Wales Illegal Money Lending Unit visited 36 homes in 2025.",
            [(36, "Wales")],
            id="wales-unit",
        ),
        # near miss: a place of the figure's own clause still wins
        pytest.param(
            "The Wales Illegal Money Lending Unit supported 48 people in Rhyl in 2025.",
            [(48, "Rhyl")],
            id="own-place-wins",
        ),
    ],
)
def test_a_money_lending_team_speaks_for_its_nation(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
