"""The town of a body's headquarters (place role ``headquarters-site``,
``seat_sites.HEADQUARTERS_SITE_BEFORE``) is no figure's area and no lead's scope: the
figure takes the place of its own clause, else the issuer's area. Every sentence is
invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

LATER = "\n\nMore than 90 staff moved in over the weekend."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A £4.2m custody suite has opened at Derbyshire Constabulary's headquarters in "
            "Ripley." + LATER,
            [(4200000, "Derbyshire"), (90, "Derbyshire")],
            id="lead-headquarters-in-a-town",
        ),
        pytest.param(
            "A £2.1m training block has opened beside West Mercia Police's HQ in Worcester."
            + LATER,
            [(2100000, "West Mercia"), (90, "West Mercia")],
            id="lead-hq-in-a-town",
        ),
        pytest.param(
            "Thames Valley Police said 140 officers were trained at the force's head office "
            "in Kidlington last year.",
            [(140, "Thames Valley")],
            id="head-office-in-a-town",
        ),
        # near misses: a place with no seat word before it stays the area
        pytest.param(
            "Derbyshire Constabulary said 60 burglaries were reported in Ripley in May.",
            [(60, "Ripley")],
            id="no-seat-word",
        ),
        pytest.param(
            "A £4.2m custody suite has opened in Ripley, Derbyshire Constabulary said." + LATER,
            [(4200000, "Ripley"), (90, "Derbyshire")],
            id="opened-in-a-town",
        ),
    ],
)
def test_headquarters_town_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
