"""The subject of a cue that is a person the release leaves unnamed, said of with "the":
"In a victim personal statement read to the court, the woman said:", "said the survivor".

The text names nobody, so the quote is nobody's, not the court's or the service's named
nearby; a person named before whose honorific tells the noun's gender is who "the woman"
is (:func:`pressfacts.quotes.speakers._unnamed_definite`). The nouns are named data,
:data:`UNNAMED_DEFINITE_NOUNS`; nouns that refer back to a person named before ("the
officer", "the victim") are ``organisation_references.txt``'s, not these.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pressfacts.lexicon.stops import previous_sentence_start

UNNAMED_DEFINITE_NOUNS: dict[str, str | None] = {
    "woman": "female",
    "man": "male",
    "survivor": None,
    "complainant": None,
    # the victim of a street, shop or taxi attack, spoken of by what they were doing
    "driver": None,
    "shopkeeper": None,
    "pensioner": None,
    "teenager": None,
    "girl": "female",
    "boy": "male",
}
"""Nouns for a person a release leaves unnamed, with the gender they tell (None: none)."""

_NOUNS = "|".join(UNNAMED_DEFINITE_NOUNS)
_BEFORE = re.compile(rf"\bthe\s+(?:(?:young|older|elderly)\s+)?(?P<noun>{_NOUNS})\s*$", re.I)
"""The subject right before the verb: "the woman" in ", the woman said"."""
_AFTER = re.compile(rf"\s*the\s+(?:(?:young|older|elderly)\s+)?(?P<noun>{_NOUNS})\b", re.I)
"""The subject right after the verb: "the survivor" in "said the survivor"."""
_OPENERS = " \t\n,\"'“”‘’"
"""What may stand before a clause's subject or verb: space, commas and quote marks."""


def unnamed_definite_subject(
    text: str, clause_start: int, cue_start: int, cue_end: int, clause_end: int
) -> tuple[str, str | None] | None:
    """(noun, gender) of an unnamed "the <noun>" subject standing right at the cue's verb,
    or None: before it, opening the clause or its part after a comma ("In a statement,
    the woman said"; not "The officer who met the woman said"), or right after a verb
    that opens the clause ("said the survivor"; not "Kent Police said the woman …")."""
    match = _BEFORE.search(text, clause_start, cue_start)
    if match is not None:
        lead = text[clause_start : match.start()].rstrip()
        if lead.strip(_OPENERS) and not lead.endswith(","):
            return None
    elif not text[clause_start:cue_start].strip(_OPENERS):
        match = _AFTER.match(text, cue_end, clause_end)
    if match is None:
        return None
    noun = match.group("noun").lower()
    return noun, UNNAMED_DEFINITE_NOUNS[noun]


_SPOKESPERSON_REACH = 400
"""How far before a pronoun's clause a spokesperson may stand to be who the pronoun is."""


def spokesperson_between(text: str, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Whether an unnamed spokesperson ("A spokesperson for Catch22 said …", one of
    ``nouns``) is spoken of in ``text[start:end]`` (after the last person named, before a
    pronoun's clause, not far back): "…," she said" is the spokesperson's, not the person
    named before."""
    window = max(start, end - _SPOKESPERSON_REACH)
    return _spokesperson_pattern(nouns).search(text, window, end) is not None


@lru_cache(maxsize=4)
def _spokesperson_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    """ "a/an/the <noun>" for the speaker nouns (not "statement": no one speaks it)."""
    words = "|".join(sorted(re.escape(n) for n in nouns if n != "statement"))
    return re.compile(rf"\b(?:a|an|the)\s+(?:{words})\b", re.I)


UNNAMED_INDEFINITE_NOUNS: dict[str, str | None] = {
    **UNNAMED_DEFINITE_NOUNS,
    "mother": "female",
    "father": "male",
    "parent": None,
    "resident": None,
    "victim": None,
}
"""Nouns for a person a release introduces unnamed with "a", "an", "one" or "another"
("One woman from Leeds, who asked not to be named, said …"), with the gender they tell."""

_UNNAMED_NOUN = (
    rf"(?:(?:young|older|elderly|local)\s+)?(?P<noun>{'|'.join(UNNAMED_INDEFINITE_NOUNS)})\b"
)
"""A noun of :data:`UNNAMED_INDEFINITE_NOUNS`, with an age or "local" before it."""
_INDEFINITE_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[.!?][\"”’']\s))(?:A|An|One|Another)\s+" + _UNNAMED_NOUN
)
"""A sentence that opens on an unnamed person: "One woman from Leeds", "A resident"."""
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’']?\s)|\n")
UNNAMED_TITLE_HEADS = (
    "head",
    "director",
    "deputy director",
    "chief executive",
    "manager",
    "lead",
    "chair",
    "chairman",
    "chairwoman",
    "commander",
    "co-ordinator",
    "coordinator",
)
"""Head words of a post a release names without its holder ("The force's head of local
policing said …"); not "the officer" (``organisation_references.txt``: the person named
before) nor "the spokesperson" (an organisation's voice)."""
_TITLED_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[.!?][\"”’']\s))The\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{'|'.join(UNNAMED_TITLE_HEADS)})\b(?:\s+(?:of|for)\s+[\w’' -]{{1,40}}?)?"
    r"(?=\s+(?:has\s+|also\s+)?(?:said|says|told|added|explained)\b)"
)
"""A sentence opening on a post held by someone unnamed, right before its verb of saying
(rule ``unnamed_post_holder``): "The force's head of local policing said …"; not "The head
of the unit, DI Jo Bell, said" (named: she is the last person named before the pronoun)."""


def _fits(noun: str, gender: str | None) -> bool:
    """Whether an unnamed person's ``noun`` may be of ``gender`` (None: any): "woman" is
    not "male"; "resident" tells no gender and fits either."""
    return gender is None or UNNAMED_INDEFINITE_NOUNS[noun.lower()] in (None, gender)


def unnamed_openings(text: str, start: int, end: int, gender: str | None) -> list[re.Match[str]]:
    """The sentences of ``text[start:end]`` (after the last person named, before a
    pronoun's clause) that open on an unnamed person of a fitting ``gender`` ("One woman
    from Leeds", "A resident"): found once for :func:`unnamed_sayer_between` and
    :func:`unnamed_subject_before`, which read the same stretch."""
    return [
        match
        for match in _INDEFINITE_OPENING.finditer(text, start, end)
        if _fits(match.group("noun"), gender)
    ]


def unnamed_sayer_between(
    text: str,
    start: int,
    end: int,
    openings: list[re.Match[str]],
    says: Callable[[int, int], bool],
) -> bool:
    """Whether a sentence in ``text[start:end]`` (after the last person named, before a
    pronoun's clause) opens on an unnamed person of a fitting gender (``openings``:
    :func:`unnamed_openings`) who says something (``says``: a verb of saying in a
    stretch): "One woman from Leeds, who asked not to be named, said she had waited five
    weeks. "…," she said" is hers, nobody named, not the person named before; so is one
    opening on a post whose holder goes unnamed (:data:`_TITLED_OPENING`)."""
    for match in openings:
        stop = _SENTENCE_END.search(text, match.end(), end)
        if says(match.end(), stop.start() if stop else end):
            return True
    window = max(start, end - _SPOKESPERSON_REACH)  # a post named not far back
    return _TITLED_OPENING.search(text, window, end) is not None


_DEFINITE_OPENING = re.compile(r"The\s+" + _UNNAMED_NOUN)
"""A sentence that opens on "the <noun>", speaking again of an unnamed person."""


def unnamed_subject_before(text: str, start: int, end: int, openings: list[re.Match[str]]) -> bool:
    """Whether the sentence right before a pronoun's cue clause (``end``; nothing but
    space between, no quote) opens on an unnamed person of a fitting gender introduced in
    ``text[start:end]`` (after the last person named; ``openings``:
    :func:`unnamed_openings`), rule ``unnamed_subject_before_pronoun``:
    "One woman from Hull … met the man who robbed her in May. She said: "…"" and "A man from
    Ely has spoken … The man, who …, was attacked in June.\n\nHe said: "…"" are theirs,
    nobody named; not when a quote stands between ("One resident has moved away. "…," she
    said": :func:`unnamed_sayer_between` decides)."""
    body_end = len(text[start:end].rstrip()) + start
    if body_end <= start or text[body_end - 1] not in ".!?":
        return False
    introduced = {match.group("noun").lower() for match in openings}
    if not introduced:
        return False
    opening = previous_sentence_start(text, body_end, body_end - start)
    while opening < body_end and text[opening] in _OPENERS:
        opening += 1
    match = _INDEFINITE_OPENING.match(text, opening) or _DEFINITE_OPENING.match(text, opening)
    return match is not None and match.group("noun").lower() in introduced


UNNAMED_SAYER_RULE = "pronoun of an unnamed person"
UNNAMED_SUBJECT_RULE = "pronoun after an unnamed subject"
"""The two speaker rules of :func:`unnamed_pronoun_rule`, whose answer is nobody named."""


def unnamed_pronoun_rule(
    text: str, start: int, end: int, gender: str | None, says: Callable[[int, int], bool]
) -> str | None:
    """The speaker rule that gives a pronoun's quote to nobody named, when a sentence in
    ``text[start:end]`` (after the last person named, before the pronoun's clause) speaks
    of an unnamed person of a fitting ``gender``: "pronoun of an unnamed person"
    (:func:`unnamed_sayer_between`), "pronoun after an unnamed subject"
    (:func:`unnamed_subject_before`); else None. The stretch is scanned once for both."""
    openings = unnamed_openings(text, start, end, gender)
    if unnamed_sayer_between(text, start, end, openings, says):
        return UNNAMED_SAYER_RULE
    if unnamed_subject_before(text, start, end, openings):
        return UNNAMED_SUBJECT_RULE
    return None
