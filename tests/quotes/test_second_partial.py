"""A second partial quote of the same verb of saying, in a clause joined by "and that"
after a first partial quote ('She said drivers were “far too fast” and that the figures
showed “a clear trend”.', ``cues.SECOND_PARTIAL``, rule ``second_partial``): both are
quotes of the verb's subject. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "Inspector Callum Boyd said drivers on the A9 were going “far too fast” and that the "
        "figures showed “a clear and worrying trend”.",
        [
            ("far too fast", "person:callum-boyd"),
            ("a clear and worrying trend", "person:callum-boyd"),
        ],
        id="said-and-that",
    ),
    pytest.param(
        "Hannah Greer, director of the Lorimer Trust, warned that families were “left in limbo” "
        "but that the new service would be “a real lifeline” for many.",
        [("left in limbo", "person:hannah-greer"), ("a real lifeline", "person:hannah-greer")],
        id="warned-but-that",
    ),
    # near misses: a clause of its own after the first quote, no verb of saying before it
    pytest.param(
        "Inspector Callum Boyd said drivers were going “far too fast”, and the council's "
        "report called the road “a clear and worrying risk”.",
        [("far too fast", "person:callum-boyd")],
        id="a-clause-of-its-own",
    ),
    pytest.param(
        "The leaflet, titled “Slow Down Now” and that campaign's “Think Bike” posters, were "
        "handed out by volunteers.",
        [],
        id="no-verb-of-saying",
    ),
]


@pytest.mark.parametrize(("text", "quotes"), ROWS)
def test_second_partial(nlp: Language, text: str, quotes: list[tuple[str, str | None]]) -> None:
    found = [(q.text(text), q.speaker) for q in nlp(text)._.quotes]
    assert found == quotes
