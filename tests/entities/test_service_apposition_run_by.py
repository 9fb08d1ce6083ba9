"""A named service a charity runs, named before an apposition ", a tool run by" the charity
(also a service, a helpline or a project, "free" or not), is a CHARITY of its own (rule
``charity-service-run-by`` of ``organisation_patterns.jsonl``, beside ", run by"). Sentences
invented; near misses are a scheme (house convention: a funded scheme is no entity) and a
service run by a force or a council."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

ROWS = [
    pytest.param(
        "Teenagers can use Safe Apps, a free tool run by the NSPCC, to check a game.",
        ["Safe Apps", "NSPCC"],
        id="free-tool",
    ),
    pytest.param(
        "Older people can ring Home Safe, a helpline run by Age UK Leeds, at any time.",
        ["Home Safe", "Age UK Leeds"],
        id="helpline",
    ),
    pytest.param(
        "Victims were referred to Circles, a service run by Victim Support, in Norwich.",
        ["Circles", "Victim Support"],
        id="service",
    ),
    # near misses: a scheme; a service run by a force or by a council
    pytest.param(
        "Young offenders join Fresh Start, a scheme run by Catch22, in Leeds.",
        ["Catch22"],
        id="scheme",
    ),
    pytest.param(
        "Victims can contact Safe Steps, a service run by Kent Police, for help.", [], id="force"
    ),
    pytest.param(
        "Callers reach Home Safe, a service run by Kent County Council, every day.",
        [],
        id="council",
    ),
]


@pytest.mark.parametrize(("text", "charities"), ROWS)
def test_service_apposition_run_by(nlp: Language, text: str, charities: list[str]) -> None:
    """The charity mentions found in the text."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [span.text for span in spans if span.label_ == "CHARITY"] == charities
