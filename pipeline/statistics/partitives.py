"""Partitive openings: a sentence that opens on the total its counts divide.

"Of the 58 people arrested, 41 …", "Most of the burglaries, 34, …": the counts after
such an opening are parts of the total it names, and count its noun (or what "them"
points back to). The statistics stage reads each sentence's opening once
(:func:`partitive_opening`) and the unit rule ``partitive`` takes its noun.
"""

from __future__ import annotations

import re

_WHOLE_NOUN = (
    r"(?:\s+(?:[a-z]+\s+(?=[a-z]+s\b|people\b|children\b))?"
    r"(?P<noun>[a-z]+(?:-[a-z]+)*s|people|children|men|women))?"
)
"""The total's noun, with one modifier: "the [arrests]", "the 58 [older drivers]", a
hyphened noun whole ("the [call-outs]", "the [break-ins]")."""
PERIOD_OWNER = (
    r"(?:(?:last|this|the\s+(?:past|last|previous))\s+"
    r"(?:year|month|week|quarter|winter|summer|spring|autumn|weekend)|\d{4})['’]s\b"
)
"""Rule ``partitive_period_owner``: a period that owns the total stands for its
determiner: "Of last year's call-outs, 211 …", "Of this month's arrests, 12 …", "Of 2025's
referrals, 40 …" (the period itself is read by the period rules)."""
CONTACT_CLAUSE_SUBJECTS = ("the", "our", "its", "their")
"""Rule ``partitive_contact_clause``: words that open the subject of a relative clause
with no "that" after the total's noun ("Of the 214 cases [the] advisers supported …, 39
…", "Of the 120 cars [our] officers stopped, 31 …"); the description then runs to the
first comma as any other."""
PARTITIVE = re.compile(
    r"^\W{0,3}(?:(?:but|and|yet|however,?)\s+)?(?:of|out\s+of)\s+"
    r"(?:(?:the|these|those|them|all|its|their)\b(?:\s+[a-z-]+['’]s)?|" + PERIOD_OWNER + ")"
    r"(?:\s+[\d,]+)?"
    + _WHOLE_NOUN
    + r"(?:\s+(?:[a-z-]+ed|held|caught|seen|taken|found|given|sent|who|that|where|which|whose|"
    r"they|we|it|he|she|in|" + "|".join(CONTACT_CLAUSE_SUBJECTS) + "|"
    r"at|by|across|from|on|during|over|since)\b(?:\s+[\w’'/-]+){0,16}?)?\s*,",
    re.I,
)
"""A sentence that opens on the total it divides: "Of the arrests, 12 were …", "Of
those, 40 …", "Of the force's officers, 612 …", "Of its volunteers, 80 …", "Of the 58
people arrested in Hull, 41 …", "Of the 40 older drivers who took part, 31 …", "Of the
families we worked with, 61% …", "Of the bikes seized this summer, 212 …", "Of the 96
people who had worn a tag for six months by August, 58 …", "Of the harriers
satellite-tagged in England since 2018, more than 70 …", "Of the 90 recruits who joined
between May 2021 and June 2022, 12 …", "Of the sessions where a location was given, 3,870
…" (its figures point back; its description runs to the
first comma, sixteen words at most); a joining word may open it ("But of the 40 …, 31
…"). Not "Of course," nor "Of 300 calls, …". A share of the total may open it
too, the count set off after it: :data:`SHARE_PARTITIVE`."""


SHARE_PARTITIVE = re.compile(
    r"^\W{0,3}(?:(?:but|and|yet|however,?)\s+)?(?:most|many|some|all|the\s+(?:majority|bulk)|"
    r"(?:(?:almost|nearly|just\s+over|just\s+under|more\s+than|around|about|roughly)\s+)?"
    r"(?:half|a\s+third|a\s+quarter|two\s+thirds|three\s+quarters))\s+of\s+"
    r"(?:the|these|those|them|its|their)\b(?:\s+[a-z-]+['’]s)?(?:\s+[\d,]+)?"
    + _WHOLE_NOUN
    + r"\s*,(?=\s*(?:(?:around|about|some|nearly|almost)\s+)?\d)",
    re.I,
)
"""A share of a total opening its sentence, its size the count set off after it: "Most
of the burglaries, 34, …", "The majority of the arrests, 25, …", "Nearly half of them,
101, …" (the count counts the total's noun, or what "them" points back to); not "Almost
half of the people who …, and 30 …" (no count right after the total)."""


def partitive_noun(partitive: re.Match[str] | None) -> str | None:
    """The total a :data:`PARTITIVE` opening names, lower-cased ("Of the arrests, …":
    "arrests"); None when it names none ("Of those, …")."""
    noun = partitive.group("noun") if partitive else None
    return noun.lower() if noun else None


def partitive_opening(sentence: str) -> re.Match[str] | None:
    """The partitive opening of ``sentence`` (:data:`PARTITIVE`, else
    :data:`SHARE_PARTITIVE`), or None."""
    return PARTITIVE.match(sentence) or SHARE_PARTITIVE.match(sentence)


_DOUBLED_END = re.compile(r"([b-df-hj-np-tv-z])\1$")
"""A doubled final consonant of a past form's stem ("stopp" of "stopped")."""


def done_forms(done: str) -> tuple[str, ...]:
    """The words by which a count's own sentence says it counts what a partitive lead-in's
    participle (``done``: "arrested") names, in the order to look for them: the
    participle itself ("arrested 42 drivers"), then the stem its noun shares (rule
    ``done_noun_stem``: "made 63 arrests", "carried out 40 stops" for "stopped", "120
    seizures" for "seized"); none for no participle."""
    done = done.lower()
    if not done.endswith("ed") or len(done) < 6:
        return (done,) if done else ()
    stem = _DOUBLED_END.sub(r"\1", done[:-2])
    return done, stem
