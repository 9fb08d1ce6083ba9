"""Words that look like a qualifier but belong to the verb before them.

"preventing residents from handing over £210,000", "signed over £40,000 of savings",
"turned over £3m": the "over" is the particle of a phrasal verb, not "more than". Each
entry of :data:`PARTICLE_VERBS` is a named spaCy Matcher pattern (lemma of the verb, then
the particle) read on a small Doc of the words before the figure; its name is what traces
report.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.matcher import Matcher

PARTICLE_VERBS: tuple[tuple[str, list[dict[str, object]]], ...] = (
    # "handing over £210,000", "handed over 500 knives"; not "handed in over 500 knives"
    ("hand_over", [{"LOWER": {"IN": ["hand", "hands", "handed", "handing"]}}, {"LOWER": "over"}]),
    # "signed over £40,000 of her savings"
    ("sign_over", [{"LOWER": {"IN": ["sign", "signs", "signed", "signing"]}}, {"LOWER": "over"}]),
    # "turned over £3m a year"
    ("turn_over", [{"LOWER": {"IN": ["turn", "turns", "turned", "turning"]}}, {"LOWER": "over"}]),
)
"""Named patterns of a verb whose particle "over" stands right before a figure."""

_LAST_WORDS = re.compile(r"([A-Za-z]+\s+over)\s*$", re.I)


@lru_cache(maxsize=1)
def _matcher() -> tuple[Matcher, spacy.language.Language]:
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    for name, pattern in PARTICLE_VERBS:
        matcher.add(name, [pattern])
    return matcher, nlp


def particle_rule(before: str) -> str | None:
    """The name of the :data:`PARTICLE_VERBS` entry whose verb and particle "over" end
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
