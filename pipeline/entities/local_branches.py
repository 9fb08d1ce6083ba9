"""Local charities named after a known one: "Staffordshire Women's Aid", "Harbour Refuge".

A capitalised place or name run written directly before a known charity's name is part
of the name (rule ``local-branch``): a local charity is an entity of its own, as a
national branch is ("Barnardo's Cymru", :data:`~pressfacts.entities.organisations.
CHARITY_BRANCH_NATIONS`). The gazetteer alone would clip it to the known tail
("Women's Aid", "Refuge").

The run must be tight, so that "On Monday Refuge said" or "Call Refuge" stay the known
charity:

- at most :data:`MAX_RUN` capitalised words, each followed by a space on the same line;
- no word of the run is a non-name word (``non_name_words``: "On", "Monday", "The");
- no word belongs to another organisation's name ("Kent Police Victim Support" is two);
- a run starting a sentence (or a line) must start with a known place ("Staffordshire
  Women's Aid said" is kept; "Contact Women's Aid" is not), unless the document states
  the same local name inside a sentence ("… of Juno Women's Aid. Juno Women's Aid runs …");
- or it is one known hyphened place (rule ``hyphened-place-branch``: "Stoke-on-Trent
  Citizens Advice"), its tokens written with no space between them.

A run that is a known place, written after another known place and "and" or "&", names
the branch of both (rule ``joined-place-branch``: "Birmingham and Solihull Women's Aid",
"Leeds & Bradford Rape Crisis"): two towns a local charity serves, as "Rape Crisis
Tyneside and Northumberland" after the name; one known place whose name holds the "and"
names it too ("Tyne and Wear Citizens Advice"); not "Kent and Medway Police Victim Support"
(a word of another name), nor "Contact Leeds and Age UK" (no place right before the name).

A known place written directly after a known charity's name names its local branch too
(rule ``local-branch-place-after``: "Age UK Oxfordshire", "Citizens Advice North Devon"):
at most :data:`MAX_RUN` capitalised words forming one known place, in no other
organisation's name, and not running on into a further capitalised word ("Citizens
Advice Reading Borough Council" is not one) or a noun of :data:`PLACE_MODIFIED_NOUNS`
("the Samaritans Hull branch": the place says which branch, it names none). A nation
there is a national branch (``charity-branch``), found before this rule. The place may
close on a word of :data:`AREA_TAILS` after "and" or "&" ("Age UK Selby and District",
"Citizens Advice Ryedale & Area", "Citizens Advice Cardiff and Vale"), which local
charities add to their town, or on "District" or "Area" with no "and" (rule
``direct-area-tail``: "Age UK Bradford District").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Span, Token

from pressfacts.entities.gazetteer import OrganisationMention
from pressfacts.entities.title_tails import COMPASS_WORDS
from pressfacts.lexicon.text import squash_spaces
from pressfacts.models.ids import entity_id

__all__ = [
    "AREA_TAILS",
    "BRANCH_COMPASS_WORDS",
    "DIRECT_AREA_TAILS",
    "MAX_PLACE_WORDS",
    "MAX_RUN",
    "PLACE_LINK_WORDS",
    "PLACE_MODIFIED_NOUNS",
    "LocalBranches",
]

MAX_RUN = 3
"""Capitalised words at most before the known name ("Safe Harbour", "North Devon")."""

MAX_PLACE_WORDS = 5
"""Words at most of a known place after the known name ("Bath and North East Somerset")."""
BRANCH_COMPASS_WORDS = frozenset(COMPASS_WORDS)
"""Words that may lead a known place joined by "and" to a branch's first place (the compass
words, :data:`~pressfacts.entities.title_tails.COMPASS_WORDS`), naming a part of it
(rule ``compass-joined-place``: "Lincoln and South Lincolnshire", "Cambridge and East
Cambridgeshire"): the two are the branch's area."""

PLACE_MODIFIED_NOUNS = frozenset(
    {"branch", "branches", "office", "offices", "shop", "shops", "centre", "team", "hub"}
)
"""Nouns after "<charity> <place>" that make the place a modifier of a unit of the charity
("the Age UK Leeds office"), not part of a local charity's name."""

AREA_TAILS = frozenset({"District", "Districts", "Area", "Vale"})
"""Capitalised words closing a local charity's place after "and"/"&" ("Bradford and
District", "Cardiff and Vale"): the place's surroundings, part of the branch's name; not
before "of" ("Cardiff and Vale of Glamorgan Council": a place of its own)."""

DIRECT_AREA_TAILS = frozenset({"District", "Area"})
"""Words closing a local charity's place with no "and" before them ("Age UK Bradford
District", "Citizens Advice Ryedale Area"); not before "of" ("Kent Area of Outstanding
Natural Beauty")."""

LOCAL_NAME_HEADS = frozenset(
    {
        "Partnership",
        "Centre",
        "Project",
        "Service",
        "Services",
        "Network",
        "Trust",
        "Hub",
        "Association",
    }
)
"""Head words a local charity's name may close on after the known name (rule
``local-branch`` still: "Essex Rape Crisis Partnership", "Calderdale Women's Aid Project",
"Surrey Neighbourhood Watch Association"):
kept only after a local name run, so "Victim Support Service" stays the known charity."""

_AREA_JOINS = frozenset({"and", "&"})
PLACE_LINK_WORDS = frozenset({"of", "with", "upon"})
"""Lower-case words a known place written after a charity's name may hold inside it, never
at its ends (rule ``place-with-link-word``: "Age UK Isle of Wight", "Carers Trust Heart of
England", "Citizens Advice Blackburn with Darwen"); the whole run must still be one known
place, so "Age UK Leeds of all places" is no branch."""
_HYPHENED_TOKENS = 7
"""Tokens at most of a hyphened place ("Newcastle - under - Lyme": five)."""

_NAME_WORD = re.compile(r"^[A-Z][\w’'.-]*$")
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "“", "”", '"', "(", "-", "–", "—"})


def _as_named(written: str, name: str) -> str:
    """The known charity's part of a local name: its canonical name when written as that
    name (bar case and apostrophes: "Womens Aid"), else as written ("Essex Rape Crisis" is
    no branch called "Essex Rape Crisis England and Wales")."""
    return name if _folded(written) == _folded(name) else written


_FOLDED_OUT = re.compile(r"[’'\s]+")
"""What two spellings of one name may differ by: apostrophes and spaces."""


def _folded(text: str) -> str:
    return _FOLDED_OUT.sub("", text.lower())


class LocalBranches:
    """Applies the ``local-branch`` rule; the word lists are folded once."""

    def __init__(self, places: Iterable[str], non_name_words: Iterable[str]) -> None:
        self.places = {place.lower() for place in places}
        self.non_names = {word.lower() for word in non_name_words}

    def extend(
        self, doc: Doc, known: list[tuple[Span, OrganisationMention]]
    ) -> list[tuple[Span, OrganisationMention]]:
        """``known`` with each gazetteer charity preceded by a local name run widened
        to the whole local charity (a CHARITY entity of its own)."""
        taken = {i for span, _ in known for i in range(span.start, span.end)}
        named = {  # local names a run inside a sentence states: a sentence may open on them
            doc[start : span.end].text
            for span, mention in known
            if mention.type == "CHARITY"
            and (start := self._run_start(doc, span, taken)) is not None
        }
        result: list[tuple[Span, OrganisationMention]] = []
        for span, mention in known:
            start = self._run_start(doc, span, taken, named) if mention.type == "CHARITY" else None
            end = span.end
            if start is None and mention.type == "CHARITY":
                end = self._place_after(doc, span, taken)
            if mention.rule != "gazetteer" or (start is None and end == span.end):
                result.append((span, mention))
                continue
            if start is None:
                start = span.start
            elif end < len(doc) and doc[end].text in LOCAL_NAME_HEADS and end not in taken:
                end += int(bool(doc[end - 1].whitespace_))  # "Essex Rape Crisis Partnership"
            local = doc[start:end]
            before, after = doc[start : span.start].text, doc[span.end : end].text
            known_name = _as_named(span.text, mention.name)  # words as written, one space
            name = squash_spaces(f"{before} {known_name} {after}")
            rule = "local-branch" if start < span.start else "local-branch-place-after"
            if any(token.text in _AREA_JOINS for token in doc[start : span.start]):
                rule = "joined-place-branch"
            result.append(
                (
                    local,
                    OrganisationMention(
                        local.start_char,
                        local.end_char,
                        entity_id("CHARITY", name),
                        "CHARITY",
                        name,
                        rule=rule,
                    ),
                )
            )
        return result

    def _place_after(self, doc: Doc, span: Span, taken: set[int]) -> int:
        """The end of a known place written right after ``span`` ("Age UK Oxfordshire"),
        or ``span.end`` when there is none: the longest place of at most :data:`MAX_RUN`
        capitalised words, in no other organisation's name, with no capitalised word
        running on after it. Two known places joined by "and" are one branch's area
        ("Rape Crisis Tyneside and Northumberland", "Citizens Advice Cheshire and
        Warrington"), and so are two written side by side or joined by "&" ("Age UK
        Shropshire Telford & Wrekin", "Age UK Herefordshire & Worcestershire")."""
        if doc[span.end - 1].whitespace_ != " ":
            return span.end
        end = self._place_end(doc, span.end, taken)
        if end is None:
            return span.end
        end = self._area_tail_end(doc, end, taken)
        if end + 1 < len(doc) and doc[end].lower_ in _AREA_JOINS and doc[end - 1].whitespace_:
            joined = self._place_end(doc, end + 1, taken)
            if joined is None and doc[end + 1].text in BRANCH_COMPASS_WORDS:
                # rule compass-joined-place: "Age UK Lincoln and South Lincolnshire"
                joined = self._place_end(doc, end + 2, taken)
            if joined is not None and not self._runs_on(doc, joined):
                return joined
        if doc[end - 1].whitespace_ == " ":  # "Age UK Shropshire Telford & Wrekin"
            paired = self._place_end(doc, end, taken)
            if paired is not None and not self._runs_on(doc, paired):
                return paired
        if self._runs_on(doc, end):
            return span.end  # "… Reading Borough Council", "the … Hull branch"
        return end

    def _place_end(self, doc: Doc, start: int, taken: set[int]) -> int | None:
        """The end of the longest known place of at most :data:`MAX_PLACE_WORDS` words
        starting at ``start``, in no other organisation's name, or None: capitalised
        words, and "and" or "&" inside a place that holds it (rule ``place-with-and``:
        "Bath and North East Somerset"), and "of", "with" or "upon" inside a place that holds
        it (rule ``place-with-link-word``: "Isle of Wight", "Heart of England"); an "&"
        stands for "and" ("Telford & Wrekin"); a hyphened place is one word
        (``hyphened-place-branch``: "Stoke-on-Trent")."""
        for size in range(MAX_PLACE_WORDS, 0, -1):
            end = start + size
            if end > len(doc):
                continue
            words = doc[start:end]
            hyphened = "-" in words.text and not any(token.whitespace_ for token in words[:-1])
            if (
                any(
                    token.i in taken
                    or not (
                        _NAME_WORD.match(token.text)
                        or token.text in _AREA_JOINS
                        or token.text in PLACE_LINK_WORDS
                        or hyphened
                    )
                    for token in words
                )
                or {words[0].text, words[-1].text} & (_AREA_JOINS | PLACE_LINK_WORDS)
                or not words[0].text[:1].isupper()
                or (not hyphened and any(token.whitespace_ != " " for token in words[:-1]))
                or words.text.lower().replace(" & ", " and ") not in self.places
            ):
                continue
            return end
        return None

    @staticmethod
    def _area_tail_end(doc: Doc, end: int, taken: set[int]) -> int:
        """``end`` moved past "and District"-like words of :data:`AREA_TAILS` written right
        after the place ending there, or past a word of :data:`DIRECT_AREA_TAILS` written
        directly after it ("Bradford District"), or ``end`` itself."""
        if (
            end + 2 <= len(doc)
            and doc[end].text in _AREA_JOINS
            and doc[end + 1].text in AREA_TAILS
            and doc[end - 1].whitespace_
            and doc[end].whitespace_
            and not {end, end + 1} & taken
            and (end + 2 == len(doc) or doc[end + 2].lower_ != "of")
        ):
            return end + 2
        if (  # rule ``direct-area-tail``: "Age UK Bradford District", "… Ryedale Area"
            end < len(doc)
            and doc[end].text in DIRECT_AREA_TAILS
            and doc[end - 1].whitespace_ == " "
            and end not in taken
            and (end + 1 == len(doc) or doc[end + 1].lower_ != "of")
        ):
            return end + 1
        return end

    @staticmethod
    def _runs_on(doc: Doc, end: int) -> bool:
        """Whether a capitalised word or a noun of :data:`PLACE_MODIFIED_NOUNS` follows the
        place ending at ``end`` (a longer name, or a unit of the charity)."""
        return (
            end < len(doc)
            and bool(doc[end - 1].whitespace_)
            and (bool(_NAME_WORD.match(doc[end].text)) or doc[end].lower_ in PLACE_MODIFIED_NOUNS)
        )

    def _hyphened_place_start(self, doc: Doc, end: int, taken: set[int]) -> int | None:
        """Where a known hyphened place written right before token ``end`` starts
        ("Stoke-on-Trent", "Newcastle-under-Lyme": tokens with no space between them, the
        last followed by one), or None."""
        if end < 3 or doc[end - 1].whitespace_ != " ":
            return None
        start = end - 1
        while start > 0 and end - start < _HYPHENED_TOKENS and not doc[start - 1].whitespace_:
            start -= 1
        words = doc[start:end]
        if "-" not in words.text or any(token.i in taken for token in words):
            return None
        return start if words.text.lower() in self.places and words[0].text[:1].isupper() else None

    def _joined_place_start(self, doc: Doc, start: int, end: int, taken: set[int]) -> int:
        """Rule ``joined-place-branch``: where a known place of at most :data:`MAX_RUN`
        words starts that is written right before "and"/"&" and the run ``start``..``end``,
        itself a known place ("Birmingham and Solihull"), or where one known place starts
        whose own name holds the "and" ("Tyne and Wear", "Brighton and Hove": not cut to
        "Wear Citizens Advice"); else ``start``."""
        join = start - 1
        if (
            join < 1
            or doc[join].text not in _AREA_JOINS
            or join in taken
            or not doc[join].whitespace_
            or doc[join - 1].whitespace_ != " "
        ):
            return start
        run_is_place = doc[start:end].text.lower() in self.places
        for size in range(min(MAX_RUN, join), 0, -1):
            words = doc[join - size : join]
            if all(self._run_word(token, taken) for token in words) and (
                (run_is_place and words.text.lower() in self.places)
                or doc[words.start : end].text.lower() in self.places
            ):
                return words.start
        return start

    def _run_word(self, token: Token, taken: set[int]) -> bool:
        """Whether ``token`` may be a word of a local name run: a capitalised name word, no
        non-name word, in no other organisation's name, one space after it."""
        return (
            token.i not in taken
            and _NAME_WORD.match(token.text) is not None
            and token.whitespace_ == " "
            and token.lower_ not in self.non_names
        )

    def _run_start(
        self,
        doc: Doc,
        span: Span,
        taken: set[int],
        named: Collection[str] = frozenset(),
    ) -> int | None:
        """Where the local name run before ``span`` starts, or None when there is none. A
        run opening a sentence must start with a place, unless the same local name is
        stated inside a sentence of the document (``named``: "Juno Women's Aid, which
        runs …" after "chief executive of Juno Women's Aid")."""
        start = span.start
        if (hyphened := self._hyphened_place_start(doc, start, taken)) is not None:
            return hyphened  # rule hyphened-place-branch: "Stoke-on-Trent Citizens Advice"
        while start > 0 and span.start - start < MAX_RUN:
            if not self._run_word(doc[start - 1], taken):
                break
            start -= 1
        if start == span.start:
            return None
        start = self._joined_place_start(doc, start, span.start, taken)
        opens_sentence = start == 0 or (
            doc[start - 1].text in _SENTENCE_ENDS or "\n" in doc[start - 1].text_with_ws
        )
        if (
            opens_sentence
            and doc[start].lower_ not in self.places
            and doc[start : span.start].text.lower() not in self.places  # "Tyne and Wear"
            and doc[start : span.end].text not in named
        ):
            return None
        return start
