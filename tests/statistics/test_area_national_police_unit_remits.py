"""Rule ``national-police-unit-remits`` of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES`: a national police unit with
no territory of a force (the National Wildlife Crime Unit, NWCU) speaks for the UK when it
leads a release, though a county force's officer is quoted later; a place named keeps its
figure, and a county force in the lead keeps the release's area. Sentences invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "The National Wildlife Crime Unit logged 905 reports of bat roost damage in 2024.\n\n"
        "Superintendent Joe Harland of Durham Constabulary said the figures were worrying.",
        [(905, "UK")],
        id="unit-leads-county-force-later",
    ),
    pytest.param(
        "The NWCU supported 41 investigations into egg collecting last year.\n\n"
        "Lancashire Police is one of its partners.",
        [(41, "UK")],
        id="abbreviation-leads",
    ),
    # near misses: a place named; a county force in the lead
    pytest.param(
        "The National Wildlife Crime Unit logged 77 reports of badger sett damage in"
        " Northumberland in 2024.",
        [(77, "Northumberland")],
        id="place-named",
    ),
    pytest.param(
        "Gwent Police and the National Wildlife Crime Unit seized 19 birds of prey last year.",
        [(19, "Gwent")],
        id="county-force-in-lead",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_national_police_unit_speaks_for_the_uk(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
