"""A charity's (or another organisation's) name then a nation is its national branch; the
nation is looked up by the word right after the name (one or two words)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "charities"),
    [
        ("The NSPCC Northern Ireland team met.", ["NSPCC Northern Ireland"]),
        ("The NSPCC Northern region met.", ["NSPCC"]),  # "Northern" alone is no nation
        ("Staff at NSPCC Scotland agreed.", ["NSPCC Scotland"]),
        ("Volunteers joined the NSPCC", ["NSPCC"]),  # the name ends the text
        ("The NSPCC, Wales and England", ["NSPCC"]),  # a comma stands between
        # a nation's two names, Welsh and English, with a slash: one branch
        ("Staff at Barnardo's Cymru / Wales agreed.", ["Barnardo's Cymru / Wales"]),
        ("A grant from Age Cymru/Wales helped.", ["Age Cymru"]),  # already a name: no branch
        ("Victim Support Wales/Cymru runs it.", ["Victim Support Wales/Cymru"]),
        ("The NSPCC Cymru / Wales team met.", ["NSPCC Cymru / Wales"]),
        ("NSPCC Scotland / Police Scotland leads", ["NSPCC Scotland"]),  # no nation after
    ],
)
def test_charity_branch(nlp: Language, text: str, charities: list[str]) -> None:
    """Each case: a text and the charity mentions found in it."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [span.text for span in spans if span.label_ == "CHARITY"] == charities


@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        # a known organisation's name then a nation is its national branch, of its own type
        ("In Wales, NFU Cymru found 90 ewes dead.", [("NFU Cymru", "ORG")]),
        ("A survey by NFU Scotland found it.", [("NFU Scotland", "ORG")]),
        # near misses: a comma between, or no nation after the name
        ("The NFU, Wales and England", [("NFU", "ORG")]),
        ("The NFU Welsh office said so.", [("NFU", "ORG")]),
    ],
)
def test_organisation_branch(
    nlp: Language, text: str, organisations: list[tuple[str, str]]
) -> None:
    """Each case: a text and the ORG mentions found in it, with their type."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "ORG"] == organisations
