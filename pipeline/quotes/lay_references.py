"""Who "the victim said" is: a person named before who may be the victim, else nobody.

A release about a court case names the defendant and the judge, then quotes the one it
harmed without a name: "In a statement read to the court, the victim said: …". The
reference rule gives "the <noun>" the last person named, and "statement" makes the
spokesperson rule give the quote to the organisation named last; both are wrong here.

- :data:`LAY_PERSON_NOUNS`: nouns for a member of the public ("the victim", "the
  mother"), never an official: a person named with a title (a judge, an officer, a
  commissioner) or named as the defendant (:data:`DEFENDANT_CUES`: "pleaded guilty", "was
  jailed") is not who they are. When nobody named before fits, the quote is nobody's.
- :func:`lay_subject_at`: such a noun is the subject of the cue ("In a statement, the
  victim said"), so the spokesperson rule's "statement" is not an organisation speaking.
"""

from __future__ import annotations

import re
from typing import NamedTuple

LAY_PERSON_NOUNS: frozenset[str] = frozenset(
    {"victim", "mother", "father", "resident", "teenager", "boy", "girl", "schoolboy", "schoolgirl"}
)
"""Reference nouns (``organisation_references.txt``'s PERSON nouns) for a member of the
public; "officer" and "detective" are not among them (they refer back to an official)."""


class DefendantCue(NamedTuple):
    """Words after a person's name that make them the one accused or convicted."""

    name: str
    pattern: re.Pattern[str]


DEFENDANT_CUES: tuple[DefendantCue, ...] = (
    DefendantCue(
        "pleaded",
        re.compile(
            r"\b(?:pleaded|pled)\s+(?:not\s+)?guilty\b|\badmitted\s+(?:a\s+|one\s+)?(?:charge|count)",
            re.I,
        ),
    ),
    DefendantCue(
        "sentenced",
        re.compile(
            r"\b(?:was|has\s+been|had\s+been)\s+(?:jailed|sentenced|convicted|found\s+guilty|"
            r"imprisoned|charged)\b",
            re.I,
        ),
    ),
)
"""Cues that the person named just before is the defendant (within their sentence)."""

_SENTENCE_END = re.compile(r"[.!?](?=[\"”’']?\s|$)|\n")
_LAY_BEFORE = re.compile(
    r"\bthe\s+(?P<noun>" + "|".join(sorted(LAY_PERSON_NOUNS)) + r")(?:'s\s+\w+)?\s*$", re.I
)
"""The subject right before the verb: "the victim" in ", the victim said"."""


def lay_subject_at(text: str, clause_start: int, cue_start: int) -> str | None:
    """The lay noun standing as the cue's subject right before its verb, opening the
    clause or its part after a comma ("In a statement, the victim said"), or None."""
    match = _LAY_BEFORE.search(text, clause_start, cue_start)
    if match is None or match.group(0).lower().endswith("'s"):
        return None
    lead = text[clause_start : match.start()].rstrip()
    if lead.strip(" \t\n\"'“”‘’") and not lead.endswith(","):
        return None
    return match.group("noun").lower()


def is_defendant(text: str, mention_end: int) -> bool:
    """Whether the words after a person's name in their sentence make them the defendant."""
    stop = _SENTENCE_END.search(text, mention_end)
    end = stop.start() if stop else len(text)
    return any(cue.pattern.search(text, mention_end, end) for cue in DEFENDANT_CUES)
