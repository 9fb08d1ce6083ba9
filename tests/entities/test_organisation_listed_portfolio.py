"""Rule ``organisation_listed_portfolio_comma``
(:data:`pressfacts.entities.organisation_led_titles._BETWEEN_LIST_COMMA`): a title whose
portfolio is a list of subjects before its head ("safety, health and environment
director"), between a named organisation and a comma before the name, is the whole title,
owned by the organisation. Sentences invented for the test; near misses: a list with no
title head, a list with no "and"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "Avanti West Coast's safety, security and resilience director, Helen Marsh, said "
        "the patrols would continue.",
        "Helen Marsh",
        ["Safety, Security and Resilience Director"],
        id="operator-director",
    ),
    pytest.param(
        "Network Rail's route, asset and performance manager, Joan Hay, said the work was "
        "finished.",
        "Joan Hay",
        ["Route, Asset and Performance Manager"],
        id="network-manager",
    ),
    pytest.param(
        "Greater Anglia's customer, stations and security lead, Tariq Amin, said the cameras "
        "had helped.",
        "Tariq Amin",
        ["Customer, Stations and Security Lead"],
        id="operator-lead",
    ),
    # near misses: no title head after the list; no "and" closing it
    pytest.param(
        "Kent Police's officers, staff and volunteers, Jo Bell said, were thanked.",
        "Jo Bell",
        [],
        id="no-title-head",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_organisation_listed_portfolio(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    assert sorted(people(nlp, text)[name].titles) == sorted(titles)
