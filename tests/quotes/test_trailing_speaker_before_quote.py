"""A sentence of reported speech closed by a person and a verb of saying after a comma,
ending right before a quote in its paragraph, names the quote's speaker ("Most calls came
from schools, Jo Bell said. “We answer them all.”": the attribution rule ``trailing speaker
before quote``, ``cues.trailing_reported_clause``). Sentences invented for the test; near
misses: an organisation's reported speech, a sentence with no verb of saying."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "Nearly half of the callers to the advice line over the summer holidays were parents of "
        "primary school children, Mr Okoro said. "
        "“They had never heard of the scam before it happened to them.”",
        ["person:okoro"],
        id="title-surname-said",
    ),
    pytest.param(
        "Parish and town councils in the north of the county had been targeted by the gang more "
        "often than anyone else, said Inspector Lena Varga. "
        "“Their systems are older and their budgets are smaller.”",
        ["person:lena-varga"],
        id="said-rank-name",
    ),
    # near misses: an organisation's reported speech, no verb of saying in the tail
    pytest.param(
        "Most of the calls came from schools, the charity said. “Teachers are worried about "
        "what was taken and what happens next.”",
        [None],
        id="organisation-said",
    ),
    pytest.param(
        "Dr Nina Patel ran the clinic in Leeds, Bradford and Halifax. “We were busy from the "
        "day we opened until the day we closed.”",
        [None],
        id="no-verb-of-saying",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ROWS)
def test_trailing_speaker_before_quote(
    nlp: Language, text: str, speakers: list[str | None]
) -> None:
    assert [quote.speaker for quote in nlp(text)._.quotes] == speakers
