"""Counts that leave their noun unsaid as the part of a count of people that did something.

"The team helped 210 pupils in 2024, and 76 had missed school", "the charity supported
2,340 carers, and more than 600 said they had no time for friends": the 76 counts pupils,
the 600 carers. The clause after "and", "but" or "while" has a count for its subject and a
verb that only people do (said, missed, waited, felt …), so its count is a part of the
people just counted. A named rule of
:data:`pressfacts.statistics.elided_counts.ELIDED_RULES` (the elided-count rules, tried in
order), kept here by its job.
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import NUMBER
from pressfacts.statistics.elided_words import OBJECT_VERB_END, PERFECT_ADVERB, ElidedRule

PEOPLE_NOUNS = (
    "people", "persons", "adults", "children", "pupils", "students", "young people",
    "teenagers", "girls", "boys", "women", "men", "carers", "parents", "families",
    "victims", "survivors", "residents", "callers", "clients", "patients", "users",
    "respondents", "participants", "members", "volunteers", "drivers", "riders",
    "passengers", "workers", "offenders", "tenants", "householders", "runaways",
    "suspects",
)  # fmt: skip
"""Plural nouns of people a count before may count (the rule ``clause_people_act``)."""

PEOPLE_ACTS = (
    "said", "told", "missed", "waited", "felt", "admitted", "asked", "wanted", "needed",
    "agreed", "refused", "declined", "disclosed", "experienced", "returned", "completed",
    "chose", "went on", "took up", "lived", "lost", "posted", "shared", "uploaded",
)  # fmt: skip
"""Verbs of what people said, did or went through, after a count that opens a clause: "and
81 said they felt safer", "while 40 had waited longer than a month", "and 1,200 had posted
clips"."""

_QUALIFIER = r"(?:(?:only|just|around|about|some|nearly|almost|over|more\s+than)\s+)?"

_PEOPLE = "|".join(noun.replace(" ", r"\s+") for noun in PEOPLE_NOUNS)
_ACTS = "|".join(verb.replace(" ", r"\s+") for verb in PEOPLE_ACTS)

_PEOPLE_COUNT = rf"(?:\d[\d,]*|\b(?:{NUMBER}))\s+(?:[a-z-]+\s+){{0,2}}?(?:{_PEOPLE})\b"
"""A count of people: :data:`PEOPLE_NOUNS`, up to two words before the noun."""

PEOPLE_COUNTED_BEFORE = re.compile(
    _PEOPLE_COUNT + rf"[^.;:!?\"“”]{{0,80}}?(?:,\s*|\s)(?:and|but|while|whereas)\s+{_QUALIFIER}$",
    re.I,
)
"""The clause before: a count of people (:data:`PEOPLE_NOUNS`, up to two words before the
noun: "2,340 young carers"), then ", and" (or "but", "while") and an optional qualifier
before the count (a year may come between: "in 2024")."""

OBJECT_PEOPLE_WORDS: tuple[str, ...] = (
    "fans", "individuals", "supporters", "youngsters", "spectators", "visitors", "shoppers",
    "revellers", "motorists", "pedestrians", "cyclists", "migrants", "travellers", "guests",
    "youths",
)  # fmt: skip
"""More plural nouns of people a "who" after a second verb's count may take, beyond
:data:`PEOPLE_NOUNS` (kept here, so that the rules that read that list do not change)."""
PEOPLE_SUFFIXES = ("ists", "ians", "ants", "ees")
"""Endings of plural nouns of people ("motorists", "guardians", "applicants", "trainees")."""
PEOPLE_PLURALS = "|".join(
    [_PEOPLE, *OBJECT_PEOPLE_WORDS, *(rf"[a-z]{{3,}}{suffix}" for suffix in PEOPLE_SUFFIXES)]
)
"""An alternation of plural nouns of people: :data:`PEOPLE_NOUNS`, :data:`OBJECT_PEOPLE_WORDS`
and the endings of :data:`PEOPLE_SUFFIXES`."""
PEOPLE_OBJECT_BEFORE = re.compile(
    rf"(?:\d[\d,]*|\b(?:{NUMBER}))\s+(?:[a-z-]+\s+){{0,2}}?(?:{PEOPLE_PLURALS})\b"
    r"[^.;:!?\"“”]{0,80}?" + OBJECT_VERB_END,
    re.I,
)
"""Rule ``object_relative_people``'s clause before: a count of people (:data:`PEOPLE_NOUNS`,
:data:`OBJECT_PEOPLE_WORDS`, a noun ending as in :data:`PEOPLE_SUFFIXES`), then a second
verb in the past of the clause's subject before the count it takes as its object ("traced
140 runaways and returned", "stopped 600 motorists and arrested", "ejected 140 fans and
arrested"); not "searched 30 properties and arrested" (no people counted)."""
WHO_RELATIVE_AFTER = re.compile(r"\s+who\s+(?:were|was|are|is|had|have|has)\b", re.I)
"""A relative "who" right after such an object count: "and returned 52 who had been
sleeping rough"."""

PEOPLE_SHARE_BEFORE = re.compile(
    rf"\d[\d,]*(?:\.\d+)?\s*(?:%|per\s?cent)\s+of\s+(?:the\s+|their\s+|its\s+)?(?:{_PEOPLE})\b"
    rf"[^.;:!?\"“”%]{{0,120}}?(?:,\s*|\s)(?:and|but|while|whereas)\s+{_QUALIFIER}$",
    re.I,
)
"""The clause before, rule ``share_people_act``: a share of people ("38% of members with
cameras did not know …"), then ", and" and an optional qualifier before the count, with no
other share between: the count after it counts the same people."""

PEOPLE_ACT_AFTER = re.compile(
    r"\s+(?:also\s+|later\s+|then\s+)?(?:(?:had|have|has)\s+" + PERFECT_ADVERB + r")?"
    rf"(?:{_ACTS})\b",
    re.I,
)
"""The count's verb: one of :data:`PEOPLE_ACTS`, perhaps after "had"/"have" and a time
adverb (:data:`~pressfacts.statistics.elided_words.PERFECT_ADVERB`: "and nine have so far
agreed to be referred")."""

PEOPLE_ACT_RULES: tuple[ElidedRule, ...] = (
    # "helped 210 pupils in 2024, and 76 had missed school", "supported 300 victims, and 85
    # waited longer than six weeks", "…, while 40 said they felt safer": the people just
    # counted, a part of them doing what people do; not "recorded 400 burglaries, and 12
    # said" (no people counted), "helped 210 pupils, and 76 teachers said" (a noun of its
    # own, read first), "helped 210 pupils, and 76 were …" (the passive rules')
    ElidedRule("clause_people_act", PEOPLE_COUNTED_BEFORE, PEOPLE_ACT_AFTER, whole_clause=True),
    # "38% of members with cameras did not know …, and about 1,200 had posted clips": the
    # people a share was of; not "38% of burglaries …, and 1,200 had posted" (no people),
    # "38% of members …, and 1,200 officers had posted" (a noun of its own, read first)
    ElidedRule("share_people_act", PEOPLE_SHARE_BEFORE, PEOPLE_ACT_AFTER, whole_clause=True),
    # "traced 140 runaways and returned 52 who had been sleeping rough": the object of a
    # second verb, people told by a relative "who" (rule ``object_relative``'s for
    # people); not "searched 30 properties and arrested 12 who were wanted" (no people
    # counted before: the 12 are no properties)
    ElidedRule(
        "object_relative_people", PEOPLE_OBJECT_BEFORE, WHO_RELATIVE_AFTER, whole_clause=True
    ),
)
"""The elided-count rule of a part of the people just counted, by what they did."""
