"""The speaker rule for relatives: "In a statement, her family said:", "said the
parents of Ellie Ward", "Jo's mother added": the text names no single speaker, so the
quote has none (not the person or organisation named nearby, nor the victim named in
the possessive).

``KIN_NOUNS`` is the rule's named table; a relative named in apposition ("Her mother,
Jane Reed, said") is a named person and another rule's.
"""

from __future__ import annotations

import re

KIN_NOUNS: tuple[str, ...] = (
    "family",
    "families",
    "relatives",
    "loved ones",
    "parents",
    "mother",
    "father",
    "mum",
    "dad",
    "sister",
    "sisters",
    "brother",
    "brothers",
    "son",
    "sons",
    "daughter",
    "daughters",
    "children",
    "husband",
    "wife",
    "widow",
    "widower",
    "partner",
    "grandmother",
    "grandfather",
    "grandparents",
)
"""Nouns for a speaker's relation to someone (the victim, the deceased)."""

_NAME = r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3}"
_KIN = "|".join(sorted((re.escape(noun) for noun in KIN_NOUNS), key=len, reverse=True))
KIN_SUBJECT = re.compile(
    rf"(?:(?i:his|her|their|the|a)[ \t]+)?(?:{_NAME}[’'](?:s\b)?[ \t]+|[a-z]+[’']s[ \t]+)?"
    rf"(?:[a-z-]+[ \t]+){{0,2}}(?i:{_KIN})(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:{_NAME}|[a-z]+))?"
)
"""A subject that is only a relation: "her family", "the victim's heartbroken parents",
"Kelly's mother", "the family of Ellie Ward" (matched whole)."""
_SEGMENT_END = re.compile(r"[,;:.!?()–—\n]")
"""What bounds the subject around the verb."""


def relatives_subject(text: str, start: int, cue_start: int, cue_end: int, end: int) -> str | None:
    """The relation the clause ``text[start:end]`` names as the speaker of its verb at
    ``[cue_start, cue_end)`` — the words right before the verb, or right after it — or
    None."""
    before = text[start:cue_start]
    cut = max((m.end() for m in _SEGMENT_END.finditer(before)), default=0)
    subject = before[cut:].strip(" \t*_”’\"'")
    if not subject:
        after = text[cue_end:end]
        stop = _SEGMENT_END.search(after)
        subject = after[: stop.start() if stop else len(after)].strip()
        if stop and stop.group() == "," and _NAMED_AFTER.match(after, stop.end()):
            return None  # "said his mother, Karen Hughes": the relative is named
    return subject if subject and KIN_SUBJECT.fullmatch(subject) else None


_NAMED_AFTER = re.compile(rf"[ \t]*{_NAME}[ \t]*(?:[,.;]|$)")
"""A name in apposition after a relation's comma: " Karen Hughes." in "said his mother,
Karen Hughes."."""


WHOSE_KIN_NOUNS: tuple[str, ...] = (
    *KIN_NOUNS, "nephew", "niece", "cousin", "grandson", "granddaughter", "stepson",
    "stepdaughter", "uncle", "aunt",
)  # fmt: skip
"""Nouns of kin a relative clause names someone's relative by ("whose nephew Jerome")."""
WHOSE_KIN = re.compile(
    r"\bwhose[ \t]+(?:(?:late|own|eldest|youngest|older|younger|only)[ \t]+)?(?:"
    + "|".join(sorted((re.escape(noun) for noun in WHOSE_KIN_NOUNS), key=len, reverse=True))
    + r")[ \t]+\Z",
    re.I,
)
"""The rule ``relative_in_whose_clause``: a person named right after "whose" and a kin noun
("Jo Reed, whose son Callum was killed in 2022, said") is the relative the clause is about,
never a speaker nor a pronoun's antecedent: the clause's subject is the one named before."""


def named_as_relative(text: str, start: int) -> bool:
    """Whether the person named from ``start`` is named as the relative of a "whose"
    clause (:data:`WHOSE_KIN`)."""
    return WHOSE_KIN.search(text[max(0, start - 40) : start]) is not None
