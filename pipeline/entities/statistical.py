"""Optional statistical layer: an installed spaCy pipeline's PERSON and ORG spans as
extra candidates, which the rules then filter and type.

Off by default (config ``ner_model = null``; ``--ner-model NAME_OR_PATH`` on ``pressfacts
run`` and ``pressfacts eval``). When set, the named pipeline (a package name or a folder
written by ``nlp.to_disk``) is loaded once and run on each text; its spans only add
what the rules missed, never replace a rule's mention:

- ``ner-org``: an ORG span is a known organisation when its words are a gazetteer name
  or a small misspelling of one; otherwise its last word types it (Police/Constabulary
  -> FORCE, Trust/Foundation/Charity/… -> CHARITY, else ORG). Operations, laws and
  internal units (a first or last word in :data:`NOT_ORGANISATION_WORDS`) are dropped;
- ``ner-person``: a PERSON span must pass the people rules' name check
  (:meth:`pressfacts.entities.names.NameCheck.looks_like_name`, a known given name
  first) and must not be a person already found.
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Span, Token

from pressfacts.entities.gazetteer import Gazetteer, OrganisationMention
from pressfacts.entities.names import NameCheck
from pressfacts.models.ids import entity_id
from pressfacts.models.records import EntityType

HEAD_TYPES: dict[str, EntityType] = {
    "police": "FORCE",
    "constabulary": "FORCE",
    "foundation": "CHARITY",
    "trust": "CHARITY",
    "charity": "CHARITY",
    "society": "CHARITY",
    "appeal": "CHARITY",
    "helpline": "CHARITY",
}
"""An unknown organisation's last word -> its type (anything else is ORG)."""

NOT_ORGANISATION_WORDS = frozenset(
    {"operation", "act", "bill", "code", "unit", "branch", "team", "squad", "division"}
    | {"government", "week", "day", "month"}
)
"""A first or last word that makes a span an operation, a law, an internal unit or a
generic reference, none of them an entity."""

_LINKS = frozenset({"of", "for", "and", "the", "'s", "’s"})
_ORG_LABELS = frozenset({"ORG"})
_PERSON_LABELS = frozenset({"PERSON", "PER"})


class StatisticalCandidates:
    """PERSON and ORG candidates from an installed spaCy pipeline, loaded once."""

    def __init__(self, model: str, gazetteer: Gazetteer, names: NameCheck) -> None:
        self.model: Language = spacy.load(model)
        self.gazetteer = gazetteer
        self.names = names

    def find(
        self, text: str, taken: Sequence[tuple[int, int]], known_names: set[str]
    ) -> tuple[list[OrganisationMention], list[tuple[int, int, str]]]:
        """Run the model once: organisations and people the rules did not find."""
        ents = [
            ent
            for ent in self.model(text).ents
            if not _overlaps(ent.start_char, ent.end_char, taken)
        ]
        organisations = self._organisations(text, [e for e in ents if e.label_ in _ORG_LABELS])
        people = self._people([e for e in ents if e.label_ in _PERSON_LABELS], known_names)
        return organisations, people

    def _organisations(self, text: str, ents: Sequence[Span]) -> list[OrganisationMention]:
        """ORG spans typed by the gazetteer (exact or a small misspelling) or head word."""
        found: list[OrganisationMention] = []
        for ent in ents:
            words = [token for token in ent if not (token.i == ent.start and token.lower_ == "the")]
            if not words:
                continue
            start, end = words[0].idx, ent.end_char
            name = text[start:end]
            entry = self.gazetteer.resolve_typo(name)
            if entry is not None:
                found.append(
                    OrganisationMention(
                        start, end, entry.id, entry.type, entry.name, rule="ner-org"
                    )
                )
                continue
            if not self._name_shaped(words):
                continue
            kind = HEAD_TYPES.get(words[-1].lower_, "ORG")
            found.append(
                OrganisationMention(start, end, entity_id(kind, name), kind, name, rule="ner-org")
            )
        return found

    def _name_shaped(self, words: Sequence[Token]) -> bool:
        """An unknown organisation looks like a name: capitalised words (links inside),
        two or more of them or a head word, no figure, not a sentence opener ("This
        new"), not an operation, law, unit or generic reference."""
        first, last = words[0], words[-1]
        if first.lower_ in NOT_ORGANISATION_WORDS or last.lower_ in NOT_ORGANISATION_WORDS:
            return False
        if not (
            first.is_alpha and last.is_alpha and first.text[0].isupper() and last.text[0].isupper()
        ):
            return False
        if not all(
            (token.is_alpha and token.text[0].isupper())
            or token.lower_ in _LINKS
            or (token.i > first.i and token.i < last.i and token.text in {"-", "&"})
            for token in words
        ):
            return False
        headed = last.text in self.names.head_words or last.lower_ in HEAD_TYPES
        if first.lower_ in self.names.stop_words and not headed:
            return False
        return headed or len(words) >= 2

    def _people(self, ents: Sequence[Span], known_names: set[str]) -> list[tuple[int, int, str]]:
        """PERSON spans that look like names and name nobody found yet: (start, end, name)."""
        found: list[tuple[int, int, str]] = []
        for ent in ents:
            name = ent.text.strip()
            if name in known_names or any(name in other.split() for other in known_names):
                continue
            if self.names.looks_like_name(name, given_name_required=True):
                found.append((ent.start_char, ent.end_char, name))
        return found


def _overlaps(start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in taken)
