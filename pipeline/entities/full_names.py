"""The full name of a person a text names by title and family name alone.

"Marcus Ridley, a sheep farmer near Louth, lost 17 ewes … 'It was the worst thing I have
seen,' Mr Ridley said": no person rule vouches for "Marcus Ridley" (a description and a
verb of no saying follow it), but the honorific's "Mr Ridley" is a person, and the text
writes his given name before the same family name elsewhere. Rule
``full_name_of_short_form``: that "<given name> <family name>" is the person's full name,
and the short forms are found as its mentions (not a person "Ridley" beside it). Not a
relative named after a kin word ("whose son Tom Ridley"): one family name, two people.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|wife|husband|partner|brother|sister|father|mother|dad|mum|"
    r"grandson|granddaughter|grandfather|grandmother|nephew|niece|cousin|uncle|aunt)[ \t]+$",
    re.I,
)
"""A kin word right before a full name: a relative of the one named by the short form."""


def full_name_of(
    text: str,
    family: str,
    is_given_name: Callable[[str], bool],
    is_place: Callable[[str], bool],
    free: Callable[[int, int], bool],
) -> tuple[int, str] | None:
    """(start, full name) of the first "<given name> <family>" in ``text`` whose first word
    is a known given name and no place ("Kent Ridley" is no one's name), on words no
    organisation or person found so far takes; None when there is none."""
    pattern = re.compile(rf"(?<![\w’'-])([A-Z][a-z’'-]+)[ \t]+{re.escape(family)}(?![\w’'-])")
    for match in pattern.finditer(text):
        given = match.group(1)
        if _KIN_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        if is_given_name(given) and not is_place(given) and free(match.start(), match.end()):
            return match.start(), match.group(0).replace("\t", " ")
    return None
