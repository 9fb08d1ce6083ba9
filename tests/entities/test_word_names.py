"""Everyday-word organisation names ("Liberty", "Mind") are not read inside longer names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts import extract_texts
from pressfacts.models.records import EntityRecord


def _organisations(text: str, nlp: Language) -> set[tuple[str, str]]:
    records = extract_texts(["---\npublished: 2026-01-01\n---\n" + text], nlp)
    return {(r.type, r.name) for r in records if isinstance(r, EntityRecord) and r.type != "PERSON"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule everyday-word-in-a-longer-name: the word begins another name
        ("Officers made 12 arrests outside the Liberty Stadium in Swansea.", set()),
        ("The Liberty Protection Safeguards replace the old scheme next year.", set()),
        ("The Respect Festival in Leeds drew 4,000 people.", set()),
        ("Volunteers at the Brook Street hostel helped 40 families.", set()),
        # near misses: the name alone, before a title, a nation or punctuation
        ("Liberty said the new powers were far too wide.", {("CHARITY", "Liberty")}),
        (
            "Liberty Director Akiko Hart said the powers were too wide.",
            {("CHARITY", "Liberty")},
        ),
        ("The charity Refuge, which runs the helpline, took 900 calls.", {("CHARITY", "Refuge")}),
        ("Refuge Chief Executive Ruth Reed said it was a start.", {("CHARITY", "Refuge")}),
        ("Staff spoke to 40 Mind Service users in Hull.", {("CHARITY", "Mind")}),
        # a name not an everyday word is read before any capitalised word
        ("Fraudsters used Facebook Marketplace to sell 30 fake tickets.", {("ORG", "Facebook")}),
    ],
)
def test_everyday_word_names(text: str, expected: set[tuple[str, str]], nlp: Language) -> None:
    assert _organisations(text, nlp) == expected
