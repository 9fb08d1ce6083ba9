"""A titled appositive set off by spaced dashes ("Jo Bell – head of policy at X – said")
or after a photo marker ("Jo Bell (pictured), head of X, said") names the person, gives
the title, and makes the person the speaker of the quote that follows; the same marks
round an organisation's description name no one.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_person_rules import found

ROWS = {
    "en_dashes_then_said": (
        "Nadia Okafor – chief executive of the Harbour Trust – said: “We are ready.”",
        {"Nadia Okafor": ["Chief Executive"]},
        ["person:nadia-okafor"],
    ),
    "spaced_hyphens_then_said": (
        "Gethin Rowe - director of policy at Barnardo’s - said: “Children need this.”",
        {"Gethin Rowe": ["Director of Policy"]},
        ["person:gethin-rowe"],
    ),
    "em_dashes_then_reported": (
        "Tasha Greer — head of services at Victim Support — said the scheme worked.",
        {"Tasha Greer": ["Head of Services"]},
        [],
    ),
    "dashes_then_auxiliary": (
        "Omar Hadid – the Police and Crime Commissioner for Gwent – will open the hub.",
        {"Omar Hadid": ["Police and Crime Commissioner"]},
        [],
    ),
    "pictured_then_comma_appositive": (
        "Sergeant Ffion Tudor (pictured), head of the rural crime team at Dyfed-Powys "
        "Police, said: “Report it.”",
        {"Ffion Tudor": ["Sergeant", "Head of Rural Crime Team"]},
        ["person:ffion-tudor"],
    ),
    "pictured_left_untitled_name": (
        "Kerys Lamb (pictured left), chair of the Wessex Safeguarding Board, will speak.",
        {"Kerys Lamb": ["Chair"]},
        [],
    ),
}


@pytest.mark.parametrize(("text", "people", "speakers"), ROWS.values(), ids=list(ROWS))
def test_dashed_or_pictured_appositive(
    nlp: Language, text: str, people: dict[str, list[str]], speakers: list[str]
) -> None:
    doc = nlp(text)
    assert found(nlp, text) == people
    assert [quote.speaker for quote in doc._.quotes] == speakers


NOT_PEOPLE = {
    "force_described_in_dashes": "Avon Police – the county force – said it would act.",
    "charity_described_in_dashes": "The NSPCC – the children’s charity – said it was worried.",
    "dash_without_verb_after": "Bridge Lane – the road to the harbour – was closed all day.",
}


@pytest.mark.parametrize("text", NOT_PEOPLE.values(), ids=list(NOT_PEOPLE))
def test_dashed_descriptions_of_non_people(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}
