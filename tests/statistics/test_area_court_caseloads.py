"""A count of one court's own business ("47 trials listed at Chelmsford Crown Court") takes
the town the court's name begins with as its area (rule ``court_caseload``,
``court_caseloads.CASELOAD_BEFORE``), while a court that is only the venue of a hearing,
or the court of a count of people, stays no figure's area (place role
``institution-name``). Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police said 58 trials listed at Maidstone Crown Court were adjourned in May.",
            [(58, "Maidstone")],
            id="trials-listed-at",
        ),
        pytest.param(
            "Devon and Cornwall Police said 312 cases at Truro Crown Court were still waiting.",
            [(312, "Truro")],
            id="cases-at",
        ),
        pytest.param(
            "West Mercia Police said 96 hearings scheduled at Worcester Magistrates' Court "
            "were moved.",
            [(96, "Worcester")],
            id="hearings-scheduled-magistrates",
        ),
        # near misses: the court as a hearing's venue; people whose cases wait at a court
        pytest.param(
            "Kent Police seized 14 guns. Two men were jailed at Maidstone Crown Court.",
            [(14, "Kent"), (2, "Kent")],
            id="venue-of-sentence",
        ),
        pytest.param(
            "Essex Police is supporting 900 witnesses whose cases are waiting at Basildon "
            "Crown Court.",
            [(900, "Essex")],
            id="people-whose-cases",
        ),
    ],
)
def test_court_caseload(nlp: Language, areas: AreasOf, text: str, expected: list) -> None:
    assert areas(nlp, text) == expected
