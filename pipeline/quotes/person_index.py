"""Indexes of a document's people that the speaker rules read, built once per document:
each person's gender from the honorifics the text uses, and the people by surname."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pressfacts.quotes.cues import Cues


def person_genders(aliases: Mapping[str, Sequence[str]], cues: Cues) -> dict[str, str]:
    """Person id -> gender, from honorifics in the forms the text uses ("Mr Findlater")."""
    genders: dict[str, str] = {}
    for ident, forms in aliases.items():
        for form in forms:
            first = form.split()[0].lower().rstrip(".") if form.split() else ""
            if first in cues.genders and first not in cues.pronouns:
                genders[ident] = cues.genders[first]
    return genders


def surname_index(names: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """Lower-case surname -> person ids, from each person's name and aliases."""
    index: dict[str, set[str]] = {}
    for ident, forms in names.items():
        for form in forms:
            words = form.split()
            if len(words) >= 2 and words[-1][:1].isupper():
                index.setdefault(words[-1].lower(), set()).add(ident)
    return {surname: frozenset(ids) for surname, ids in index.items()}
