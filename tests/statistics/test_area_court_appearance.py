"""The town naming the court a defendant appears at is where the case is heard, not the
scope of the figures (place role ``court-appearance``, ``place_role_leads.court_appearance``;
a court named whole, "Guildford Crown Court", by ``institution-name``): the figure takes the
issuer's area; a caseload of courts named together keeps their towns. Every sentence is
invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Cumbria Police made 20 arrests at the match. Of those arrested, eight have been "
            "charged and will appear before Carlisle magistrates next month.",
            [(20, "Cumbria"), (8, "Cumbria")],
            id="town-magistrates",
        ),
        pytest.param(
            "Durham Constabulary seized 12 knives. Five men were charged and will appear before "
            "Darlington Magistrates' Court on Monday.",
            [(12, "Durham"), (5, "Durham")],
            id="town-magistrates-court",
        ),
        pytest.param(
            "Humberside Police seized 40 flares. Six men were remanded to Hull Crown Court.",
            [(40, "Humberside"), (6, "Humberside")],
            id="town-crown-court",
        ),
        pytest.param(
            "Surrey Police arrested 19 people. Last month, two men were jailed at Guildford "
            "Crown Court for a total of ten years.",
            [(19, "Surrey"), (2, "Surrey")],
            id="court-named-whole",
        ),
        pytest.param(
            "Merseyside Police said Liverpool Youth Court heard that 3 boys stole cars.",
            [(3, "Merseyside")],
            id="youth-court-named",
        ),
        # near misses: a court's own caseload, the town of the figure's own clause
        pytest.param(
            "At the end of June, 640 cases were waiting to be heard at Leeds and Bradford Crown "
            "Courts.",
            [(640, "Leeds and Bradford")],
            id="court-caseload",
        ),
        pytest.param(
            "Police arrested 30 people in Leeds. Seven of them were from Bradford.",
            [(30, "Leeds"), (7, "Bradford")],
            id="town-no-court",
        ),
        pytest.param(
            "Police in Bradford said 12 drivers were caught.",
            [(12, "Bradford")],
            id="police-in-town",
        ),
    ],
)
def test_court_appearance(nlp: Language, areas: AreasOf, text: str, expected: list) -> None:
    assert areas(nlp, text) == expected
