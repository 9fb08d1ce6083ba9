"""Does a capitalised phrase look like a person's name?

Context finds a candidate ("X Y said", "By X Y"); this module decides whether the words
can be a name. Each word must be capitalised and must not be a word that never belongs
to a name (a month, a verb of saying, "The"); a word that heads an organisation, unit,
operation or form label ("Branch", "Operation", "Email") vetoes the whole candidate; and
where the context alone is weak (no rank or title before the name) the first word must be
a known given name, from the given-name lexicon (``resources/given_names.txt``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

STREET_SURNAMES = frozenset({"lane", "grove", "street"})
"""Street words (``non_name_words``) that are also common surnames: "Kate Lane", "Amy
Grove"; after a given name and closing a two-word name they are the surname."""


def _unaccented(word: str) -> str:
    """``word`` without its accents ("Siân" -> "Sian", "Zoë" -> "Zoe"): the lexicon
    lists names in plain letters."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


NAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "bin", "al", "ap"}
)
"""Lower-case words inside a surname ("Rachel de Souza", "Mark van der Berg"): kept
between a name word and a capitalised one (the person rules' ``_PARTICLE``)."""


WEATHER_SYSTEM_WORDS: frozenset[str] = frozenset(
    {"Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical"}
)
"""Rule ``named_storm``: the first word of a named weather system ("Storm Bryony",
"Hurricane Lee", "Tropical Storm Ana"); a candidate name of two or more words opening with
one names a storm, not a person, even when its next word is a given name. A surname is
not touched ("Amy Storm")."""


@dataclass(frozen=True)
class NameCheck:
    """The word lists a name is checked against; built once per pipeline."""

    given_names: frozenset[str]
    head_words: frozenset[str]
    stop_words: frozenset[str]
    """Lower-cased words that end a name: a name is cut before one."""

    @classmethod
    def build(
        cls,
        given_names: Iterable[str],
        head_words: Iterable[str],
        stop_words: Iterable[str],
    ) -> NameCheck:
        """A check from plain word lists (given names and head words as written)."""
        return cls(
            frozenset(given_names),
            frozenset(head_words),
            frozenset(word.lower() for word in stop_words),
        )

    def is_given_name(self, word: str) -> bool:
        """True for a known given name ("Zoe", "Rhodri"), as written, title-cased or
        without its accents ("Siân"); a hyphenated one ("Mary-Kate") when each of its
        parts is one."""
        if word in self.given_names or word.capitalize() in self.given_names:
            return True
        plain = _unaccented(word)
        if plain != word and (plain in self.given_names or plain.capitalize() in self.given_names):
            return True
        parts = word.split("-")
        return len(parts) > 1 and all(part and self.is_given_name(part) for part in parts)

    def vetoed(self, name: str) -> bool:
        """True when a word of ``name`` heads an organisation, unit or label, or when
        ``name`` is a named storm (:data:`WEATHER_SYSTEM_WORDS`, rule ``named_storm``)."""
        words = name.split()
        if len(words) > 1 and words[0] in WEATHER_SYSTEM_WORDS:
            return True
        return any(word.strip(".,’'") in self.head_words for word in words)

    def cut(self, name: str) -> str:
        """``name`` up to the first word that cannot belong to a name ("Jo Bell Chief"
        -> "Jo Bell"); empty when the first word is one. A street word that is also a
        surname (:data:`STREET_SURNAMES`) closes a two-word name after a given name
        ("Kate Lane"), where it would otherwise end it ("Kate")."""
        kept: list[str] = []
        words = name.split()
        for index, word in enumerate(words):
            if not word[:1].isupper():
                particle = (
                    word in NAME_PARTICLES
                    and kept
                    and index + 1 < len(words)
                    and (words[index + 1][:1].isupper() or words[index + 1] in NAME_PARTICLES)
                )
                if not particle:
                    break
                kept.append(word)
                continue
            if word.lower() in self.stop_words:
                surname = (
                    word.lower() in STREET_SURNAMES
                    and index == len(words) - 1 == 1
                    and self.is_given_name(kept[0])
                )
                if not surname:
                    break
            kept.append(word)
        return " ".join(kept)

    def looks_like_name(self, name: str, *, given_name_required: bool) -> bool:
        """A whole candidate is a name: no vetoed word, and when the context is weak,
        a known given name first."""
        words = name.split()
        if not words or self.vetoed(name) or self.cut(name) != name:
            return False
        return not given_name_required or self.is_given_name(words[0])
