"""Rule ``regional-unit-remits`` of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES`: a regional organised crime
unit whose name holds no place (the Eastern Region Special Operations Unit, ERSOU) speaks
for the region of its remit, the East of England, when it leads a release and the county
forces are named only later as its partners; a place named keeps its figure, and a county
force beside it in the lead keeps the release's area. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "A woman who laundered money for a drugs gang has been jailed after an investigation"
        " by the Eastern Region Special Operations Unit.\n\n"
        "She moved £820,000 through her accounts in 2024.\n\n"
        "Officers from Norfolk Constabulary and Cambridgeshire Constabulary assisted.",
        [(820000, "East of England")],
        id="ersou-leads-forces-later",
    ),
    pytest.param(
        "ERSOU has frozen 48 bank accounts linked to romance fraud since January.\n\n"
        "The work was supported by Bedfordshire Police.",
        [(48, "East of England")],
        id="abbreviation-leads",
    ),
    # near misses: a place named; a county force beside the unit in the lead
    pytest.param(
        "ERSOU has frozen 31 bank accounts held in Luton since January.\n\n"
        "The work was supported by Bedfordshire Police.",
        [(31, "Luton")],
        id="place-named",
    ),
    pytest.param(
        "Hertfordshire Constabulary and the Eastern Region Special Operations Unit seized"
        " 14 firearms last year.",
        [(14, "Hertfordshire")],
        id="county-force-in-lead",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_regional_unit_speaks_for_its_region(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
