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

from pressfacts.entities.word_scan import whole_words

_KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|wife|husband|partner|brother|sister|father|mother|dad|mum|"
    r"grandson|granddaughter|grandfather|grandmother|nephew|niece|cousin|uncle|aunt)[ \t]+$",
    re.I,
)
"""A kin word right before a full name: a relative of the one named by the short form."""


_GIVEN_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z’'-]+)[ \t]+\Z")
"""A capitalised word and white space right before a family name: the given name to check."""
_GIVEN_REACH = 40
"""How far before the family name (characters) its given name is looked for."""


def full_name_of(
    text: str,
    family: str,
    is_given_name: Callable[[str], bool],
    is_place: Callable[[str], bool],
    free: Callable[[int, int], bool],
) -> tuple[int, str] | None:
    """(start, full name) of the first "<given name> <family>" in ``text`` whose first word
    is a known given name and no place ("Kent Ridley" is no one's name), on words no
    organisation or person found so far takes; None when there is none. The family name's
    whole-word occurrences are found by :func:`~pressfacts.entities.word_scan.whole_words`
    (no pattern compiled for each family name)."""
    for at, end, _word in whole_words(text, [family]):
        given = _GIVEN_BEFORE.search(text, max(0, at - _GIVEN_REACH), at)
        if given is None or text[end : end + 1] in ("’", "'", "-"):
            continue  # no given name right before it, or a longer word ("Ridley-Smith")
        start = given.start()
        if _KIN_BEFORE.search(text, max(0, start - 20), start):
            continue
        if is_given_name(given.group(1)) and not is_place(given.group(1)) and free(start, end):
            return start, text[start:end].replace("\t", " ")
    return None
