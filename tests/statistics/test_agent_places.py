"""Rule ``agent-place``: a place that locates the people a sentence opens on ("Officers in
Suffolk") yields to the other scope of the figure's clause, and stays its area when there
is none; a place after people the subject acts for, or after what is counted, does not
yield."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.agent_places import agent_located, sent_to
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


@pytest.mark.parametrize(
    ("text", "value", "area"),
    [
        ("In all, 340 officers from Kent Police and Essex Police were sent to Dover over the "
         "weekend.", 340, "Dover"),
        ("A total of 85 officers from Cheshire Constabulary were deployed to Liverpool for "
         "the summit, at a cost of £96,000.", 96000, "Liverpool"),
        ("Some 120 staff from Gwent Police were drafted in to Cardiff for the match.",
         120, "Cardiff"),
        # no place sent to: the lending forces stay
        ("A total of 60 officers from Dorset Police were sent to help.", 60, "Dorset"),
        # a subordinate clause's own subject was sent: the figure's body stays
        ("Kent Police made 41 arrests over the weekend as extra patrols were sent into Dover.",
         41, "Kent"),
    ],
)  # fmt: skip
def test_sent_to_place(nlp: Language, areas: AreasOf, text: str, value: float, area: str) -> None:
    assert dict(areas(nlp, text))[value] == area


@pytest.mark.parametrize(
    ("before", "sent"),
    [
        ("officers were sent to ", True),
        ("staff were also deployed into the ", True),
        ("120 officers were drafted in to ", True),
        ("the force sent 40 officers to ", False),  # an active sender
        ("the case was transferred to ", False),
        ("officers were sent home from ", False),
        ("made 36 arrests as extra patrols were sent into ", False),
    ],
)
def test_sent_to(before: str, sent: bool) -> None:
    assert sent_to(before + "Kent", len(before)) is sent
