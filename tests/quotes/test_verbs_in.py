"""Verbs of saying found in a stretch of text, entries of several words included."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Inspector Ravi Kale went on to thank the crew.", ["went on"]),
        ("She pointed out the risks and added a caution.", ["pointed out", "added"]),
        ("He went home and said little.", ["said"]),  # "went" alone is no entry
        ("They Said so. SAYS who?", ["said", "says"]),
        ("Nobody spoke of it on the day.", []),
    ],
)
def test_verbs_in(nlp: Language, text: str, verbs: list[str]) -> None:
    """Each case: a text and the entries found in it, in order."""
    cues = nlp.get_pipe("pressfacts_quotes").cues
    assert [key for _, _, key in cues.verbs_in(text, 0, len(text))] == verbs
