"""The town of a casualty's hospital (place role ``hospital-site``,
``seat_sites.HOSPITAL_SITE_BEFORE``) is no figure's area: the figure takes the place of
its own clause, else the issuer's area. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lancashire Police stopped 40 riders in May.\n\nThree riders were hurt on the A59 "
            "on Sunday, and a woman remains in hospital in Preston.",
            [(40, "Lancashire"), (3, "Lancashire")],
            id="remains-in-hospital-in-a-town",
        ),
        pytest.param(
            "Dyfed-Powys Police said five bikers were injured at the weekend and one was "
            "airlifted to hospital in Swansea.",
            [(5, "Dyfed-Powys")],
            id="airlifted-to-hospital-in-a-town",
        ),
        pytest.param(
            "Avon and Somerset Police said two cyclists were treated at hospital in Bristol "
            "after the crash.",
            [(2, "Avon and Somerset")],
            id="treated-at-hospital-in-a-town",
        ),
        pytest.param(
            "Essex Police said four drivers were hurt in Harlow and a man is in hospital in "
            "London.",
            [(4, "Harlow")],
            id="crash-place-kept-over-hospital",
        ),
        pytest.param(
            "A rider was airlifted to hospital in Leeds on Sunday, North Yorkshire Police "
            "said.\n\nOfficers stopped 140 motorcyclists in April.",
            [(140, "North Yorkshire")],
            id="lead-hospital-town-leads-nothing-in",
        ),
        pytest.param(  # near miss: the hospitals of a town counting are its figures
            "Hospitals in Leeds treated 300 riders last year, West Yorkshire Police said.",
            [(300, "Leeds")],
            id="hospitals-in-a-town-count",
        ),
        pytest.param(  # near miss: no hospital before the town
            "Cheshire Police said officers in Crewe stopped 60 riders.",
            [(60, "Crewe")],
            id="officers-in-a-town",
        ),
    ],
)
def test_a_hospital_town_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
