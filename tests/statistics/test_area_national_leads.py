"""A force described as the national lead force speaks for the country of several nations
its release names (rule ``national-lead``), and "England, Wales and Northern Ireland" is
such a country (Action Fraud's remit): its "nationally" means it. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.nations import NATION_SETS
from tests.statistics.conftest import AreasOf

EWNI = "England, Wales and Northern Ireland"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "City of London Police, the national lead force for fraud, said victims lost "
            "£7.2m to ticket scams. Action Fraud received 2,100 reports across England, Wales "
            "and Northern Ireland. Reports rose by 9%.",
            [(7200000, EWNI), (2100, EWNI), (9, EWNI)],
            id="national-lead-force",
        ),
        pytest.param(
            "City of London Police, which is the national lead force for economic crime, said "
            "1,300 reports were made across England and Wales. Losses reached £4m.",
            [(1300, "England and Wales"), (4000000, "England and Wales")],
            id="which-is-the-national-lead",
        ),
        pytest.param(
            "Action Fraud received 2,100 reports across England, Wales and Northern Ireland. "
            "A further 600 were made nationally in May.",
            [(2100, EWNI), (600, EWNI)],
            id="nationally-means-the-stated-country",
        ),
        pytest.param(  # near miss: no "national lead": the force's own area
            "City of London Police said victims in the Square Mile lost £1.2m. Reports rose "
            "across England and Wales by 9%.",
            [(1200000, "City of London"), (9, "England and Wales")],
            id="no-national-lead",
        ),
        pytest.param(  # near miss: national lead named but no country stated: its area
            "City of London Police, the national lead force for fraud, said victims lost £7.2m.",
            [(7200000, "City of London")],
            id="no-country-stated",
        ),
    ],
)
def test_a_national_lead_force_speaks_for_its_country(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert EWNI in {nation_set.area for nation_set in NATION_SETS}
    assert areas(nlp, text) == expected
