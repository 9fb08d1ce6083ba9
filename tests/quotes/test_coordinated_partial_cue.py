"""A partial quote after a second verb of saying joined by a conjunction to an earlier one
("She added that …, and said forces were “…”", ``cues.COORDINATED_PARTIAL_CUE``, rule
``coordinated_partial_cue``): the cue is the earlier verb and its subject the speaker.
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "“Waiting lists are too long,” said Hannah Greer, director of the Lorimer Trust.\n\n"
        "She added that the council knew about the delays, and said families were “left in "
        "limbo”.",
        ["person:hannah-greer", "person:hannah-greer"],
        id="she-added-and-said",
    ),
    pytest.param(
        "“We are ready,” said Inspector Callum Boyd of Tayside.\n\n"
        "He explained that the roads were busy, but warned drivers would be “stopped and "
        "checked”.",
        ["person:callum-boyd", "person:callum-boyd"],
        id="he-explained-but-warned",
    ),
    # near misses: a subject of its own between the conjunction and the verb
    pytest.param(
        "“We are ready,” said Inspector Callum Boyd of Tayside.\n\n"
        "He said the roads were busy, and the council said drivers had been “warned often”.",
        ["person:callum-boyd", None],
        id="a-subject-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ROWS)
def test_coordinated_partial_cue(nlp: Language, text: str, speakers: list[str | None]) -> None:
    assert [quote.speaker for quote in nlp(text)._.quotes] == speakers
