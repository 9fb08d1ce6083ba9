"""Rule ``agent-place``: a place that locates the people a sentence opens on ("Officers in
Suffolk") yields to the other scope of the figure's clause, and stays its area when there
is none; a place after people the subject acts for, or after what is counted, does not
yield."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.agent_places import agent_located
from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "value", "area"),
    [
        ("Officers in Suffolk made 73 arrests during a crackdown in Ipswich town centre.",
         73, "Ipswich town centre"),
        ("Detectives in Preston seized 40 kilos of cannabis during a week of raids on "
         "dealers in Blackpool.", 40, "Blackpool"),
        ("The team met. Neighbourhood officers based in Cardiff issued 19 warnings during a "
         "month of patrols across Newport.", 19, "Newport"),
        # no other scope: the agents' place is the area
        ("Police in Kent arrested 12 people on Friday.", 12, "Kent"),
        # people the subject acts for, and what is counted, do not yield
        ("The commissioner will spend £85,000 on training for bar staff in Bristol and Bath.",
         85000, "Bristol and Bath"),
        ("Burglaries in Leeds rose to 412 while officers made arrests in Bradford.",
         412, "Leeds"),
    ],
)  # fmt: skip
def test_agents_place_yields(
    nlp: Language, areas: AreasOf, text: str, value: float, area: str
) -> None:
    assert dict(areas(nlp, text))[value] == area


@pytest.mark.parametrize(
    ("text", "located"),
    [
        ("Officers in ", True),
        ("It ended. Fire crews across the ", True),
        ("Children in ", False),
        ("Spending went on training for bar staff in ", False),
        ("Reports of arrests in ", False),
    ],
)
def test_agent_located(text: str, located: bool) -> None:
    assert agent_located(text + "Kent", len(text)) is located
