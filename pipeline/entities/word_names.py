"""One-word organisation names that are everyday words, read only where they stand alone.

Why: the gazetteer matches a one-word name as written ("Liberty", "Mind", "Refuge"), so
its lower-case word is never the charity. Written with a capital, such a word still
begins other names: "the Liberty Stadium", "the Liberty Protection Safeguards", "Liberty
Steel", "Mind Matters Café", "the Respect Festival". Each had been read as the charity.

How: a match of a name in :data:`EVERYDAY_WORD_NAMES` is part of a longer name (rule
``everyday-word-in-a-longer-name``) when a capitalised word follows it, unless that word
opens a title ("Refuge Chief Executive Ruth Reed", "Liberty Director Akiko Hart"), names
a part of it ("the Refuge Helpline") or a place or nation naming a branch ("Mind Cymru",
"Refuge Scotland"), or another name found in the text starts there. Other one-word names
("Tesco", "Samaritans") are names wherever written, so a word after them ("Tesco Express",
"Facebook Marketplace") leaves them be.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from pressfacts.entities.title_tails import PLACE_MODIFIERS

EVERYDAY_WORD_NAMES = frozenset(
    {"Brake", "Brook", "Discord", "Fearless", "Hourglass", "Liberty", "Mind", "Nexus"}
    | {"Opal", "Pact", "Refuge", "Respect", "Shelter", "Shore"}
)
"""One-word names in the gazetteers that are English words, which begin other names."""

TITLE_OPENINGS = frozenset(
    {"Chief", "Director", "Head", "Executive", "Chair", "Chairman", "Chairwoman", "Chairperson"}
    | {"President", "Manager", "Founder", "Spokesman", "Spokeswoman", "Spokesperson"}
    | {"Officer", "Lead", "Trustee", "Deputy", "Senior", "Interim", "Acting", "CEO"}
    | {"Policy", "Campaigns", "Advocacy", "Legal", "Services", "Operations"}
)
"""Capitalised words that open a title after an organisation's name ("Mind Chief Executive",
"Liberty Policy Officer")."""

OWN_PARTS = frozenset(
    {"Service", "Services", "Helpline", "Phoneline", "Team", "Branch", "Project", "Programme"}
)
"""A part or service of the organisation after its name ("Refuge Helpline", "the Respect
Phoneline", "Mind Service users"): the organisation is still named."""

NATIONS = frozenset({"Cymru", "Wales", "Scotland", "England", "Ireland", "Northern", "UK"})
"""A nation after a name: the organisation's branch ("Mind Cymru", "Refuge Scotland")."""


def inside_a_longer_name(doc: Doc, start: int, end: int, name_starts: Collection[int] = ()) -> bool:
    """Whether the one-word match ``doc[start:end]`` of an everyday-word name begins a
    longer capitalised name (rule ``everyday-word-in-a-longer-name``); not when another
    name found in the text starts right after it (``name_starts``: "Refuge Cleveland
    Police and the council met", a list without commas)."""
    if end - start != 1 or end >= len(doc) or doc[start].text not in EVERYDAY_WORD_NAMES:
        return False
    if end in name_starts:
        return False
    after = doc[end].text
    if not doc[start].whitespace_ or not after[:1].isupper() or not after.isalpha():
        return False
    allowed = (TITLE_OPENINGS, OWN_PARTS, NATIONS, PLACE_MODIFIERS)
    return not any(after in words for words in allowed)
