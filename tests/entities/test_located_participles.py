"""A participle saying where a person works ("based in", "working in", "stationed at")
before a place is no part of their title (title cleaning step ``located_participle``);
a compound with "-based" and no place after it stays. Every sentence is invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "\u201cWe listen,\u201d said Tom Reed, a Samaritans volunteer based in Leeds.",
            ["Volunteer"],
            id="quote-then-based-in",
        ),
        pytest.param(
            "Tom Reed, a youth worker based in Leeds, said he was pleased.",
            ["Youth Worker"],
            id="based-in",
        ),
        pytest.param(
            "Tom Reed, a Barnardo's project worker working in Hull, said he was pleased.",
            ["Project Worker"],
            id="working-in",
        ),
        # near miss: "-based" inside a portfolio, with no place after it
        pytest.param(
            "Tom Reed, head of office-based services at Kent Police, said he was pleased.",
            ["Head of Office-based Services"],
            id="based-compound",
        ),
    ],
)
def test_located_participles(nlp: Language, text: str, titles: list[str]) -> None:
    assert people(nlp, text)["Tom Reed"].titles == titles
