"""The place where a court-case lead's offence happened (lead role ``offence-site``,
``offence_sites.OFFENCE_SITE_BEFORE``) is no scope of the release: a later figure whose
sentence names no place takes the issuer's area; a figure of the offence's own clause keeps
its place. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A driver who killed a pedestrian in Worksop has been jailed.\n\nNottinghamshire "
            "Police arrested 640 drivers in 2025.\n\nIn January, 57 drivers were arrested.",
            [(640, "Nottinghamshire"), (57, "Nottinghamshire")],
            id="who-killed-a-pedestrian-in-a-town",
        ),
        pytest.param(
            "A man has been jailed after seriously injuring two cyclists near Kendal.\n\n"
            "Cumbria Police said 212 drivers were caught over the limit last year.",
            [(2, "Kendal"), (212, "Cumbria")],
            id="after-injuring-two-cyclists-near-a-town",
        ),
        pytest.param(
            "A woman who knocked down an elderly man in Rhyl has been banned from driving.\n\n"
            "North Wales Police made 98 drug-driving arrests in March.",
            [(98, "North Wales")],
            id="who-knocked-down-a-man-in-a-town",
        ),
        pytest.param(  # near miss: a patrol, not an offence
            "Officers who hit the streets in Swindon arrested 31 drivers, Wiltshire Police said.",
            [(31, "Swindon")],
            id="who-hit-the-streets-in-a-town",
        ),
        pytest.param(  # near miss: no offence before the town
            "Officers in Barrow arrested 18 drivers in May, Cumbria Police said.",
            [(18, "Barrow")],
            id="officers-in-a-town",
        ),
    ],
)
def test_an_offence_site_is_no_lead_scope(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
