"""Words that look like a qualifier but belong to the word before them.

"preventing residents from handing over £210,000", "signed over £40,000 of savings",
"turned over £3m": the "over" is the particle of a phrasal verb, not "more than";
"raised concerns about 6 vehicles", "complaints about 40 drivers": the "about" says what
the concerns were about, not "approximately"; "schools were told about 2,304 children":
after a passive verb of telling, "about" says what the news was about. Each entry of
:data:`PARTICLE_VERBS` is a named spaCy Matcher pattern (the words, then the particle) read
on a small Doc of the words before the figure; its name is what traces report.
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

_BE_FORMS = ("was", "were", "been", "being", "is", "are", "be", "get", "got", "gets")
"""The auxiliaries of a passive ("were told", "have been told", "got told")."""

_TOLD_VERBS = (
    "told", "informed", "notified", "warned", "alerted", "briefed", "reminded", "asked",
    "updated", "contacted", "approached", "consulted",
)  # fmt: skip
"""Past participles of telling or asking: in the passive their subject is the one told,
so "about" after them says what about."""

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
    # "schools were told about 2,304 children", "parents have been informed about 40 cases";
    # not "officers told about 40 people to leave" (active: the told come next, approximately)
    (
        "passive_told_about",
        [
            {"LOWER": {"IN": list(_BE_FORMS)}},
            {"LOWER": {"IN": list(_TOLD_VERBS)}},
            {"LOWER": "about"},
        ],
    ),
    # "plants growing under 160 lamps", "cannabis hidden under 12 tarpaulins": "under" as a
    # preposition of place; not "seized under 50 grams" (no such verb: less than)
    ("place_under", [{"LOWER": {"IN": list(_UNDER_PLACE_VERBS)}}, {"LOWER": "under"}]),
)
"""Named patterns of a word whose particle "over" or "about" (or a place's "under") stands
right before a figure."""

_LAST_WORDS = re.compile(r"((?:[A-Za-z]+\s+)?[A-Za-z]+\s+(?:over|about|under))\s*$", re.I)
"""The one or two words before a closing particle: every pattern ends on the particle."""


@lru_cache(maxsize=1)
def _matcher() -> tuple[Matcher, spacy.language.Language]:
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    for name, pattern in PARTICLE_VERBS:
        matcher.add(name, [pattern])
    return matcher, nlp


def particle_rule(before: str) -> str | None:
    """The name of the :data:`PARTICLE_VERBS` entry whose words and particle ("over") end
    ``before`` (the text before a figure), or None."""
    last = _LAST_WORDS.search(before)
    if not last:
        return None
    matcher, nlp = _matcher()
    doc = nlp.make_doc(last.group(1))
    for match_id, _start, end in matcher(doc):
        if end == len(doc):
            return nlp.vocab.strings[match_id]
    return None
