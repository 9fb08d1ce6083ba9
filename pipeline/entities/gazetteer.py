"""The organisation gazetteer on spaCy's PhraseMatcher: every name and alias, one lookup.

Built once from the gazetteer entries (``resources/forces.jsonl`` …). Each pattern is
added under its entry's canonical id, so a match id resolves any alias to its entity:

- names and aliases of two or more words match on ``NORM`` (lower case, curly and
  straight apostrophes alike): "National crime agency", "Barnardo’s"; a match all in
  lower case is an everyday phrase, not the name ("their hope for justice");
- one-word names and abbreviations match on ``ORTH`` (exact case), since many are
  ordinary words in lower case ("Refuge", "Met", "Mind"); both apostrophes are added;
- force ``areas`` ("Lancashire") have a matcher of their own, read only inside a list
  of forces (:mod:`pressfacts.entities.force_lists`).

A name found by pattern but not in the gazetteer may still be a typo of an entry
("Lucy Faithful Foundation"): :meth:`Gazetteer.resolve_typo` looks it up with rapidfuzz.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pressfacts.entities.title_tails import PLACE_MODIFIERS
from pressfacts.entities.word_names import inside_a_longer_name
from pressfacts.models.records import EntityType
from pressfacts.models.resources import OrganisationEntry
from pressfacts.phrase_arrays import phrase_arrays

FUZZY_MIN_SCORE = 90.0
"""rapidfuzz ``ratio`` at or above which an unknown name is a misspelling of a known one."""

_LEADING_THE = ("the ", "The ", "THE ")


@dataclass(frozen=True)
class OrganisationMention:
    """An organisation named at ``[start, end)`` of the text."""

    start: int
    end: int
    entity_id: str
    type: EntityType
    name: str
    is_area: bool = False
    """True when the text names the force by its area only ("Lancashire")."""
    rule: str = "gazetteer"
    """The rule that found it: ``gazetteer``, ``typo``, a pattern id, a list rule."""


def _apostrophe_variants(form: str) -> set[str]:
    """The form with straight and with curly apostrophes ("Barnardo's", "Barnardo’s")."""
    return {form, form.replace("'", "’"), form.replace("’", "'")}


def _bare(form: str) -> str:
    """A form without a leading "the": mentions never include it."""
    for lead in _LEADING_THE:
        if form.startswith(lead):
            return form[len(lead) :]
    return form


def fold(form: str) -> str:
    """The key a case-insensitive form is compared by (lower case, straight apostrophes)."""
    return form.replace("’", "'").lower()


class Gazetteer:
    """Known organisations, matched by PhraseMatcher; built once per component."""

    def __init__(
        self,
        nlp: Language,
        entries: Sequence[OrganisationEntry],
        given_names: frozenset[str] = frozenset(),
    ) -> None:
        self.entries = {entry.id: entry for entry in entries}
        self.given_names = given_names
        """Known given names: a word after one is a surname, not an organisation."""
        """Given names as written: a one-word name right after one is a surname ("Nadia
        Brook"), not the charity Brook."""
        self._folded = PhraseMatcher(nlp.vocab, attr="NORM")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._areas = PhraseMatcher(nlp.vocab, attr="NORM")
        phrases = phrase_arrays(nlp)
        fuzzy: dict[str, str] = {}
        self._written: set[str] = set()
        """The multi-word forms as written: a match that is one of them always counts."""
        for entry in entries:
            folded: set[str] = set()
            exact: set[str] = set(entry.abbreviations)
            for form in (entry.name, *entry.aliases):
                bare = _bare(form)
                (folded if " " in bare else exact).add(bare)
                fuzzy.setdefault(fold(bare), entry.id)
            self._written |= {v for form in folded for v in _apostrophe_variants(form)}
            if folded:
                self._folded.add(entry.id, phrases.of("NORM", sorted(folded)))  # type: ignore[arg-type]
            variants = sorted({v for form in exact for v in _apostrophe_variants(form)})
            if variants:
                self._exact.add(entry.id, phrases.of("ORTH", variants))  # type: ignore[arg-type]
            if entry.areas:
                self._areas.add(entry.id, phrases.of("NORM", entry.areas))  # type: ignore[arg-type]
        self._fuzzy = fuzzy
        self._fuzzy_choices = sorted(fuzzy)

    def mention(self, span: Span, entry_id: str, rule: str = "gazetteer") -> OrganisationMention:
        """A mention of entry ``entry_id`` over ``span``."""
        entry = self.entries[entry_id]
        return OrganisationMention(
            span.start_char, span.end_char, entry.id, entry.type, entry.name, rule=rule
        )

    def find(self, doc: Doc) -> list[tuple[Span, OrganisationMention]]:
        """Every gazetteer mention, longest first among overlaps, in text order (a Span is
        made for the matches kept only)."""
        strings = doc.vocab.strings
        folded = [
            m
            for m in self._folded(doc)
            if doc[m[1] : m[2]].text in self._written or _capitalised(doc, m[1], m[2])
        ]
        matches = [*folded, *self._exact(doc)]
        starts = {start for _, start, _ in matches}  # a name right after is a name of its own
        candidates = [
            m
            for m in matches
            if not _question_asked(doc, m[1], m[2])
            and not self._surname(doc, m[1], m[2])
            and not inside_a_longer_name(doc, m[1], m[2], starts)  # "the Liberty Stadium"
        ]
        return [
            (span, self.mention(span, strings[match_id]))
            for match_id, start, end in _longest(candidates)
            for span in (Span(doc, start, end, label=match_id),)
        ]

    def _surname(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a one-word match stands right after a known given name ("Nadia Brook",
        "Insp Nadia Brook"): a person's surname, not the organisation. A given name after a
        place modifier (:data:`PLACE_MODIFIERS`: "North Kent Mind", "West Devon Refuge") is
        a place naming a local charity, not a person."""
        return (
            end - start == 1
            and start > 0
            and bool(doc[start - 1].whitespace_)
            and not doc[start - 1].is_stop  # "The NSPCC", "Our Brook clinic"
            and doc[start - 1].text in self.given_names
            and not (start > 1 and doc[start - 2].text in PLACE_MODIFIERS)
        )

    def abbreviation_named(self, entry_id: str, form: str) -> str | None:
        """Rule ``abbreviation_before_descriptor``: the entry's abbreviation when ``form``
        is that abbreviation followed by lower-case descriptor words only ("RMT union",
        "NSPCC charity"): the text names the organisation by the abbreviation, which is
        then an alias too. A form that is not one of the entry's abbreviations and words in
        lower case ("RMT Scotland", "Unite union") gives None."""
        entry = self.entries.get(entry_id)
        if entry is None:
            return None
        short, _, rest = form.partition(" ")
        if short not in entry.abbreviations or not rest or not rest.islower():
            return None
        return short

    def areas(self, doc: Doc) -> dict[int, tuple[int, str]]:
        """Force areas by the token they start at: start -> (end, force id); longest wins."""
        strings = doc.vocab.strings
        found: dict[int, tuple[int, str]] = {}
        for match_id, start, end in self._areas(doc):
            if doc[start].text[:1].isupper() and (start not in found or found[start][0] < end):
                found[start] = (end, strings[match_id])
        return found

    def resolve_typo(self, name: str) -> OrganisationEntry | None:
        """The entry ``name`` is a small misspelling of ("Lucy Faithful Foundation")."""
        best = process.extractOne(fold(name), self._fuzzy_choices, scorer=fuzz.ratio)
        if (
            best
            and best[1] >= FUZZY_MIN_SCORE
            and _keeps_acronyms(name, best[0])
            and _keeps_initials(fold(name), best[0])
        ):
            return self.entries[self._fuzzy[best[0]]]
        return None


def _capitalised(doc: Doc, start: int, end: int) -> bool:
    """Whether a name matched without case (and not as written) holds a capital letter,
    a sentence's first word's aside: "HOPE FOR JUSTICE", "SOS+ project", not "their hope
    for justice" nor "Kick it out" opening a sentence (everyday phrases). Rule
    ``lower_case_first_word``: a match whose first word is in lower case inside a sentence
    is an everyday phrase before a place ("felt safe in Sussex", "a council of Europe's
    mayors"), not the name "Safe in Sussex" or "Council of Europe"."""
    first = start + 1 if doc[start].is_sent_start else start
    if first == start and doc[start].text[:1].islower():
        return False
    return any(char.isupper() for token in doc[first:end] for char in token.text)


QUESTION_NAME_END = "?"
"""The last character of a question-shaped name ("Which?", "Why me?")."""


def _question_asked(doc: Doc, start: int, end: int) -> bool:
    """Whether a question-shaped name matched at ``[start, end)`` is the question itself:
    a quote mark or a new capitalised sentence follows it ('"Why me?" she asked', "Why
    me? I had done nothing"), where the charity's name goes on ("Why me? chief executive
    …", "the charity Why me?, which …") or ends the text ("a referral to Which?")."""
    if not doc[end - 1].text.endswith(QUESTION_NAME_END) or end >= len(doc):
        return False
    after = doc[end]
    return after.is_quote or after.is_sent_start or after.text[:1].isupper()


def _keeps_acronyms(name: str, choice: str) -> bool:
    """Whether every acronym of ``name`` is a word of the folded ``choice``: a misspelling
    changes letters of words, not an acronym ("West Midlands VRU" is not "… ROCU")."""
    words = set(choice.split())
    return all(word.lower() in words for word in name.split() if len(word) > 1 and word.isupper())


def _keeps_initials(folded: str, choice: str) -> bool:
    """Whether the folded ``choice`` opens its words with the letters the folded name
    opens its words with: a misspelling changes letters inside words, not a word's first
    letter ("Equality Commission" is not "Care Quality Commission"); with one word more or
    less (a name split or joined: "Crime Stoppers", "Crimestoppers") the first letters of
    the names agree."""
    words, choices = folded.split(), choice.split()
    if len(words) == len(choices):
        return all(word[:1] == other[:1] for word, other in zip(words, choices, strict=True))
    return abs(len(words) - len(choices)) == 1 and folded[:1] == choice[:1]


def _longest(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Keep the longest of overlapping ``(match_id, start, end)`` (earliest on a tie), in
    text order."""
    chosen: list[tuple[int, int, int]] = []
    taken: set[int] = set()
    for match in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        if not taken.intersection(range(match[1], match[2])):
            chosen.append(match)
            taken.update(range(match[1], match[2]))
    return sorted(chosen, key=lambda match: match[1])
