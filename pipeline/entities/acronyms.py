"""Acronyms a release defines ("Modern Slavery Unit (MSU)"), so a title written with the
short form ("Head of the MSU") can be expanded to the long one."""

from __future__ import annotations

import re

# "Long Form Of Words (LFOW)": an acronym defined in the text; bounded, one line
_ACRONYM_DEFINITION = re.compile(
    r"(?P<long>(?:[A-Z][a-z]+\s+(?:(?:and|of|for|&)\s+)?){1,7}[A-Z][a-z]+)\s+\((?P<short>[A-Z]{2,8})\)"
)


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines: "Modern Slavery Unit (MSU)" -> {"MSU": "Modern Slavery
    Unit"}, kept when the initials of the long form's capitalised words spell it."""
    found: dict[str, str] = {}
    for match in _ACRONYM_DEFINITION.finditer(text):
        words = match.group("long").split()
        short = match.group("short")
        for start in range(len(words)):  # the long form may begin late: "and PSNI's Modern…"
            capitals = "".join(word[0] for word in words[start:] if word[0].isupper())
            if capitals == short:
                found.setdefault(short, " ".join(words[start:]))
                break
    return found
