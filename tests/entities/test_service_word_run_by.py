"""A named service a charity runs, named before a lower-case service word and ", run by"
the charity ("The Safe at Home service, run by Age UK Leeds, …"), is a CHARITY of its
own (rule ``charity-service-word-run-by`` of ``organisation_patterns.jsonl``), a
lower-case linking word ("at", "of") kept inside its name. Sentences invented; near misses
are a scheme (house convention: a funded scheme), and a service run by a force or a
government body."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

ROWS = [
    pytest.param(
        "The Home Safe helpline, run by Age UK Leeds, takes calls from older people.",
        ["Home Safe", "Age UK Leeds"],
        id="helpline",
    ),
    pytest.param(
        "The Safe at Home service, run by Age UK Leeds, visits victims in their homes.",
        ["Safe at Home", "Age UK Leeds"],
        id="linking-word-inside",
    ),
    pytest.param(
        "The Circles project, operated by Victim Support, supports older victims.",
        ["Circles", "Victim Support"],
        id="operated-by",
    ),
    pytest.param(
        "Parents can use the Safe Apps tool, run by the NSPCC, to check a game.",
        ["Safe Apps", "NSPCC"],
        id="tool",
    ),
    pytest.param(
        "Teenagers can use the Take It Down tool, which is run by the Lucy Faithfull "
        "Foundation, to remove images.",
        ["Take It Down", "Lucy Faithfull Foundation"],
        id="tool-which-is-run-by",
    ),
    # near misses: a scheme (a funded scheme a charity delivers is no entity of its own);
    # run by a force or a government department
    pytest.param(
        "The Fresh Start scheme, run by the charity Catch22, works with young offenders.",
        ["Catch22"],
        id="scheme",
    ),
    pytest.param(
        "The Safe Steps service, run by Kent Police, visits victims at home.", [], id="force"
    ),
    pytest.param(
        "The Open Door project, run by the Home Office, is new.", [], id="government-body"
    ),
    pytest.param(
        "Drivers can use the Safer Roads tool, run by Kent County Council, to report speeding.",
        [],
        id="tool-run-by-a-council",
    ),
]


@pytest.mark.parametrize(("text", "charities"), ROWS)
def test_service_word_run_by(nlp: Language, text: str, charities: list[str]) -> None:
    """The charity mentions found in the text."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [span.text for span in spans if span.label_ == "CHARITY"] == charities
