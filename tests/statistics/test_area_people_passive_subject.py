""" ", and" + a count of people + a passive verb of what was done to them opens a clause of
its own (``passive_subjects.PEOPLE_PASSIVE_SUBJECT``, rule ``people_passive_subject``): the
place stated in it is that count's, not the figure's before the break. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Wiltshire Police carried out more than 400 speed checks during the spring, and 26"
        " drivers were summonsed after offences on rural roads near Marlborough.",
        [(400.0, "Wiltshire"), (26.0, "Marlborough")],
        id="drivers-summonsed",
    ),
    pytest.param(
        "Dyfed-Powys Police made 140 visits to farms over the winter, and nine men have been"
        " charged in connection with sheep thefts in Ceredigion.",
        [(140.0, "Dyfed-Powys"), (9.0, "Ceredigion")],
        id="men-charged-in-connection",
    ),
    pytest.param(
        "Durham Constabulary seized 60 bikes in March, and eight youths were arrested after an"
        " incident in Consett.",
        [(60.0, "Durham"), (8.0, "Consett")],
        id="youths-arrested",
    ),
    pytest.param(
        "Devon and Cornwall Police stopped 300 vans in May, and a further 14 motorists were"
        " reported after checks in Truro.",
        [(300.0, "Devon and Cornwall"), (14.0, "Truro")],
        id="a-further-motorists-reported",
    ),
    # near miss: no people counted after ", and" (the same subject's list): the place
    # stays the clause's
    pytest.param(
        "Wiltshire Police carried out 400 speed checks during the spring, and 26 fines were"
        " issued after offences on rural roads in Marlborough.",
        [(400.0, "Marlborough"), (26.0, "Marlborough")],
        id="no-people-counted",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_people_passive_subject_opens_a_clause(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
