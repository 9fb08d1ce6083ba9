"""A force described through "the force" as the national lead force ("published by the
force as the national lead force for fraud") speaks, like one described right after its
name, for the country of several nations its release names (rule
``national-lead-anaphor``); with no such words the force keeps its own area. Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

EWNI = "England, Wales and Northern Ireland"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ticket fraud reports reached 4,300 in 2024, the City of London Police said, with "
            "buyers across England, Wales and Northern Ireland losing £3m. The data, shared "
            "by the force as the national lead force for fraud, show reports rose by 7%.",
            [(4300, EWNI), (3000000, EWNI), (7, EWNI)],
            id="as-the-national-lead",
        ),
        pytest.param(
            "City of London Police recorded 820 pension scams in 2024 across England and "
            "Wales. The force, which is the national lead force for economic crime, said "
            "losses reached £2m.",
            [(820, "England and Wales"), (2000000, "England and Wales")],
            id="which-is",
        ),
        # near miss: "the force's national lead" is a person's portfolio, not the force's role
        pytest.param(
            "City of London Police said victims in the Square Mile lost £1.2m. Reports rose "
            "across England and Wales by 9%, said the force's national lead for fraud.",
            [(1200000, "City of London"), (9, "England and Wales")],
            id="portfolio",
        ),
    ],
)
def test_national_lead_anaphor(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
