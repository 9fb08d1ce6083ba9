"""A paragraph ending on a person's reported speech names the speaker of a quote that opens
the next paragraph with no cue of its own ("Superintendent Jo Bell said the rise reflected
more patrols.\\n\\n“We put officers where …”": the attribution rule ``reported speech
paragraph before``). Sentences invented for the test; near misses name no person, end the
paragraph on something other than reported speech, or carry a cue of their own."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "Chief Inspector Omar Lindqvist, head of traffic at Durham Constabulary, said the "
        "figures showed patrols were working.\n\n“We go where the racing is. Drivers know it.”",
        ["person:omar-lindqvist"],
        id="rank-name-appositive",
    ),
    pytest.param(
        "The scheme began in March. Councillor Bethan Ruddock told the meeting that the "
        "barriers would stay.\n\n“Residents asked for them, and they work.”",
        ["person:bethan-ruddock"],
        id="told-last-sentence",
    ),
    pytest.param(
        "Inspector Kay Oduya said: “We made six arrests.”\n\nSergeant Tom Pryce said the "
        "cars had been crushed.\n\n“None of them will be back on the road.”",
        ["person:kay-oduya", "person:tom-pryce"],
        id="over-a-continuation",
    ),
    pytest.param(
        "Gemma Rowntree said the group had logged every meet.\n\n“We kept a diary for "
        "months.\n\n“Then the police came.”",
        ["person:gemma-rowntree"],
        id="open-quote-over-two-paragraphs",
    ),
    # near misses: an organisation's reported speech, a paragraph ending on narrative, a
    # cue after the quote, a quote after a person's own quote
    pytest.param(
        "Dyfed-Powys Police said the road would reopen on Monday.\n\n“We thank drivers for "
        "their patience.”",
        [None],
        id="organisation-reported-speech",
    ),
    pytest.param(
        "Omar Lindqvist said the figures were up. The road was closed for an hour.\n\n“We go "
        "where the racing is.”",
        [None],
        id="paragraph-ends-on-narrative",
    ),
    pytest.param(
        "Omar Lindqvist said the figures were up.\n\n“We go where the racing is,” said "
        "Sergeant Ana Reyes.",
        ["person:ana-reyes"],
        id="cue-after-wins",
    ),
    pytest.param(
        "Omar Lindqvist said: “We go where the racing is.”\n\n“Drivers know it.”",
        ["person:omar-lindqvist", "person:omar-lindqvist"],
        id="plain-continuation",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ROWS)
def test_reported_speech_paragraph_before(
    nlp: Language, text: str, speakers: list[str | None]
) -> None:
    assert [quote.speaker for quote in nlp(text)._.quotes] == speakers
