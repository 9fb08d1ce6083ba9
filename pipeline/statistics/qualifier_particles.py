"""Words that look like a qualifier but belong to the word before them.

"preventing residents from handing over £210,000", "signed over £40,000 of savings",
"turned over £3m": the "over" is the particle of a phrasal verb, not "more than";
"raised concerns about 6 vehicles", "complaints about 40 drivers": the "about" says what
the concerns were about, not "approximately". Each entry of :data:`PARTICLE_VERBS` is a
named spaCy Matcher pattern (the word, then the particle) read on a small Doc of the words
before the figure; its name is what traces report.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.matcher import Matcher

_CONCERN_NOUNS = (
    "concern", "concerns", "complaint", "complaints", "worries", "fears", "questions",
    "warnings", "calls", "reports", "information", "intelligence", "enquiries", "queries",
)  # fmt: skip
"""Nouns that "about" after them tells the subject of (what a figure after it is about)."""

_UNDER_PLACE_VERBS = (
    "grow", "grows", "growing", "grown", "grew", "kept", "stored", "hidden", "hung",
    "hanging", "placed", "lit", "drying", "dried", "sheltering", "sheltered",
)  # fmt: skip
"""Verbs after which "under" says where a thing is (under lamps, under tarpaulins), not
"less than"."""

PARTICLE_VERBS: tuple[tuple[str, list[dict[str, object]]], ...] = (
    # "handing over £210,000", "handed over 500 knives"; not "handed in over 500 knives"
    ("hand_over", [{"LOWER": {"IN": ["hand", "hands", "handed", "handing"]}}, {"LOWER": "over"}]),
    # "signed over £40,000 of her savings"
    ("sign_over", [{"LOWER": {"IN": ["sign", "signs", "signed", "signing"]}}, {"LOWER": "over"}]),
    # "turned over £3m a year"
    ("turn_over", [{"LOWER": {"IN": ["turn", "turns", "turned", "turning"]}}, {"LOWER": "over"}]),
    # "raised concerns about 6 vehicles", "complaints about 40 drivers"; not "made about 40
    # arrests" (a verb before "about": approximately)
    ("concerns_about", [{"LOWER": {"IN": list(_CONCERN_NOUNS)}}, {"LOWER": "about"}]),
    # "plants growing under 160 lamps", "cannabis hidden under 12 tarpaulins": "under" as a
    # preposition of place; not "seized under 50 grams" (no such verb: less than)
    ("place_under", [{"LOWER": {"IN": list(_UNDER_PLACE_VERBS)}}, {"LOWER": "under"}]),
)
"""Named patterns of a word whose particle "over" or "about" (or a place's "under") stands
right before a figure."""

_LAST_WORDS = re.compile(r"([A-Za-z]+\s+(?:over|about|under))\s*$", re.I)


@lru_cache(maxsize=1)
def _matcher() -> tuple[Matcher, spacy.language.Language]:
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    for name, pattern in PARTICLE_VERBS:
        matcher.add(name, [pattern])
    return matcher, nlp


def particle_rule(before: str) -> str | None:
    """The name of the :data:`PARTICLE_VERBS` entry whose verb and particle ("over") end
    ``before`` (the text before a figure), or None."""
    last = _LAST_WORDS.search(before)
    if not last:
        return None
    matcher, nlp = _matcher()
    doc = nlp.make_doc(last.group(1))
    for match_id, start, end in matcher(doc):
        if start == 0 and end == len(doc):
            return nlp.vocab.strings[match_id]
    return None
