"""The token language of the organisation pattern resource (``organisation_patterns.jsonl``).

A rule's tokens are spaCy Matcher token dicts or named macros with an operator suffix
(``"CAP{1,4}"``, ``"LINK?"``): :func:`compile_pattern` expands them once, when the
rules are built. :func:`anchor_words` picks the literal word every match of a pattern
holds, around which :mod:`pressfacts.entities.rule_windows` runs it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

# A capitalised word ("Tewkesbury", "NHS", "St."), or "-"/"&" inside a name
# ("Dyfed-Powys", "Express & Star"); must not match "police" or "’s".
_CAP = r"^(?:[A-Z][\w’'.]*|[-&])$"
_NAME_ENDS = [
    "Council",
    "Police",
    "Constabulary",
    "Service",
    "Services",
    "Trust",
    "Authority",
    "Brigade",
]
"""Words that end an organisation's own name: a name joined to another by "and" ("… City
Council and East Sussex Fire and Rescue Service") is two names, not one."""
_PERSON_LEADS = [
    *("Chief", "Deputy", "Assistant", "Acting", "Detective", "Commissioner", "Councillor"),
    *("Cllr", "Superintendent", "Inspector", "Sergeant", "Constable", "Mayor", "Professor"),
    *("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady"),
]
"""Capitalised words that open a person's title or name: after "and", the start of a
person ("… Panel for Dorset and Chief Constable …"), not the next part of a place."""
_TITLE_WORDS = [
    *("Director", "Manager", "Chair", "Chairman", "Chairwoman", "Chairperson", "Coordinator"),
    *("Officer", "Lead", "Head", "Spokesperson", "Spokesman", "Spokeswoman", "President"),
    *("Secretary", "Founder", "Executive", "Trustee", "Co-ordinator", "Convenor"),
]
"""Capitalised words of a title: after a body's name, the start of its officer's title
("… Against Scams Director Rhian Jones"), not a word of the name."""
TOKEN_MACROS: dict[str, dict[str, Any]] = {
    "CAP": {"TEXT": {"REGEX": _CAP}},
    "NAMECAP": {"TEXT": {"REGEX": _CAP, "NOT_IN": _NAME_ENDS}},
    "PLACECAP": {"TEXT": {"REGEX": _CAP, "NOT_IN": _NAME_ENDS + _PERSON_LEADS}},
    "TOPICCAP": {"TEXT": {"REGEX": _CAP, "NOT_IN": _NAME_ENDS + _PERSON_LEADS + _TITLE_WORDS}},
    "LINK": {"LOWER": {"IN": ["of", "for", "and", "&", "the"]}},
    "POSS": {"NORM": {"IN": ["'s", "'"]}},
}
"""Named tokens the pattern resource may use, with an operator suffix (``CAP{1,4}``)."""
_MACRO = re.compile(r"^(?P<name>[A-Z]+)(?P<op>.*)$")


def compile_pattern(tokens: Iterable[dict[str, Any] | str]) -> list[dict[str, Any]]:
    """A spaCy Matcher pattern with every macro (``"CAP{1,4}"``) expanded."""
    compiled: list[dict[str, Any]] = []
    for token in tokens:
        if isinstance(token, str):
            macro = _MACRO.match(token)
            if not macro or macro.group("name") not in TOKEN_MACROS:
                raise ValueError(f"unknown token macro {token!r}")
            expanded = dict(TOKEN_MACROS[macro.group("name")])
            if macro.group("op"):
                expanded["OP"] = macro.group("op")
            compiled.append(expanded)
        else:
            compiled.append(dict(token))
    return compiled


def anchor_words(pattern: Sequence[dict[str, Any]]) -> set[str]:
    """Lower-case words one of which every match of ``pattern`` contains: its last
    required literal token of words longer than three letters ("council" of "CAP{1,4}
    Council", "commissioner" of "Office of the … Commissioner"), else its longest."""
    return anchor_literal(pattern)[1]


def anchor_literal(pattern: Sequence[dict[str, Any]]) -> tuple[str, set[str]]:
    """The attribute (ORTH, LOWER, NORM) and lower-case words of the literal token
    :func:`anchor_words` chooses."""
    literals: list[tuple[str, set[str]]] = []
    for token in pattern:
        if "OP" in token:
            continue
        for attr in ("ORTH", "LOWER", "NORM"):
            value = token.get(attr)
            words = {value} if isinstance(value, str) else set((value or {}).get("IN", []))
            if words:
                literals.append((attr, {word.lower() for word in words}))
    if not literals:
        raise ValueError(f"pattern without a required literal word: {pattern}")
    long_words = [literal for literal in literals if min(map(len, literal[1])) > 3]
    if long_words:
        return long_words[-1]
    return max(literals, key=lambda literal: min(map(len, literal[1])))


TRAIL_WORD: dict[str, Any] = {
    "IS_PUNCT": False,
    "IS_SPACE": False,
    "LOWER": {"NOT_IN": ["a", "an", "the", "for", "of", "at", "with", "from", "to", "by", "in"]},
}
"""A trail's "*": any one word or possessive ("the domestic abuse charity", "the children's
charity"), never a comma or a full stop, nor an article or a preposition (rule
``trail_word_no_phrase``): "Ali Khan, a spokesperson for the charity, said" and "…, a
member of the charity," describe a person, not the name before them as a charity."""
