"""Rule ``newspaper-joined-heads`` (``organisation_patterns.jsonl``): "the" and two of a
newspaper's head words joined by "&" or "and" are one paper's name ("the Telegraph & Argus",
"the Gazette and Herald"), which the ``newspaper`` rule (a modifier, then one head word)
does not find. Near misses: two papers each with its own "the"; a head word joined to a word
that is no paper's head. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

Found = list[tuple[str, str, str]]

ROWS: list[tuple[str, Found]] = [
    (
        "A resident told the Star & Echo that the shop had been shut for weeks.",
        [("Star & Echo", "ORG", "org:star-echo")],
    ),
    (
        "The inspector spoke to the Herald and Post on Monday.",
        [("Herald and Post", "ORG", "org:herald-and-post")],
    ),
    # near misses
    ("Officers told the Mail and the Express about the case.", []),
    ("The Leader and Cabinet approved the plan on Tuesday.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_paper_named_by_two_heads(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
