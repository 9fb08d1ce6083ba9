""" "against" + whom an offence targets, told by their age, is no yardstick: the figure keeps
the place after it (``clause_breaks.AGAINST_AGED_VICTIMS``, rule ``against_aged_victims``).
Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police logged 820 reports of fraud against people aged 75 and over across "
            "Medway in 2025.",
            [(820, "Medway")],
            id="people-aged",
        ),
        pytest.param(
            "The council handled 96 complaints of theft against residents over 80 in "
            "Gateshead last year.",
            [(96, "Gateshead")],
            id="residents-over",
        ),
        pytest.param(
            "Officers investigated 57 scams against pensioners aged over 70 in Cornwall.",
            [(57, "Cornwall")],
            id="aged-over",
        ),
        # near misses: a yardstick's figure after "against" still breaks the clause
        pytest.param(
            "Across Essex, officers made 310 arrests, against 254 in Suffolk.",
            [(310, "Essex"), (254, "Suffolk")],
            id="yardstick-count",
        ),
        pytest.param(
            "In Swindon, 75 offences against older people were recorded, against 52 in Bath.",
            [(75, "Swindon"), (52, "Bath")],
            id="no-age-yardstick",
        ),
    ],
)
def test_area_against_aged_victims(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
