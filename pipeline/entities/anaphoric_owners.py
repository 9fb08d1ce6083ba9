"""A title owned by "the force's", "the charity's" (or "of the trust", "for the force"): the
organisation of that kind named last before it.

Why: releases name their organisation once and then point back to it: "Sir Peter Ward,
the charity's chief executive", "Sam Cole, the force's head of crime". The title belongs
to the NSPCC or the force named before; read alone, "the charity's" names nothing. Each
noun a release points back with is a named entry of :data:`ANAPHORIC_OWNERS`, with the
entity types it may point to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pressfacts.entities.gazetteer import OrganisationMention
from pressfacts.lexicon.alternations import longest_first
from pressfacts.lexicon.stops import previous_sentence_start


@dataclass(frozen=True)
class AnaphoricOwner:
    """A noun that points back to an organisation ("force"), and the types it may be."""

    noun: str
    types: tuple[str, ...]
    by_name_only: bool = False
    """Point back only to a body whose name ends with the noun ("the service" to "Kent Fire
    and Rescue Service"), never to the last of its types: the noun names too many kinds of
    body to guess by type."""


ANAPHORIC_OWNERS: tuple[AnaphoricOwner, ...] = (
    AnaphoricOwner("force", ("FORCE",)),
    AnaphoricOwner("constabulary", ("FORCE",)),
    AnaphoricOwner("agency", ("FORCE", "ORG")),
    AnaphoricOwner("charity", ("CHARITY",)),
    AnaphoricOwner("organisation", ("CHARITY", "ORG")),
    AnaphoricOwner("trust", ("CHARITY", "ORG")),
    AnaphoricOwner("foundation", ("CHARITY", "ORG")),
    AnaphoricOwner("society", ("CHARITY",)),
    AnaphoricOwner("council", ("ORG",)),
    AnaphoricOwner("federation", ("ORG",)),
    AnaphoricOwner("association", ("ORG", "CHARITY")),
    AnaphoricOwner("partnership", ("ORG",)),
    AnaphoricOwner("union", ("ORG",)),
    AnaphoricOwner("commission", ("ORG",)),
    AnaphoricOwner("board", ("ORG",)),
    AnaphoricOwner("service", ("ORG", "FORCE", "CHARITY"), by_name_only=True),
    AnaphoricOwner("bank", ("ORG",)),
    AnaphoricOwner("insurer", ("ORG",)),
    AnaphoricOwner("regulator", ("ORG",)),
    AnaphoricOwner("watchdog", ("ORG",)),
    AnaphoricOwner("inspectorate", ("ORG",)),
)
"""The nouns of "the <noun>'s <title>" and what each may point back to."""


@dataclass(frozen=True)
class OwnerKind:
    """Words naming a kind of body before an owner ``noun`` in a possessive that opens a
    title: "the county council's cabinet member", "the combined authority's director"."""

    name: str
    kinds: tuple[str, ...]
    noun: str


OWNER_KINDS: tuple[OwnerKind, ...] = (
    OwnerKind(
        "council_kind", ("county", "city", "borough", "district", "town", "parish"), "council"
    ),
    OwnerKind(
        "authority_kind",
        ("mayoral combined", "combined", "local", "unitary", "transport", "fire", "police"),
        "authority",
    ),
    OwnerKind(
        "service_kind",
        ("fire and rescue", "fire", "ambulance", "probation", "prison", "police"),
        "service",
    ),
)
"""The kinds of body a title's possessive owner may be named by (rules ``council_kind``,
``authority_kind``, ``service_kind``): "the combined authority's director of transport
operations" is owned as "the council's" is, "head of prevention at the fire service" as
"at the service"; not "the health authority's" alone (no kind listed)."""

_BY_NOUN = {owner.noun: owner for owner in ANAPHORIC_OWNERS}
OWNER_KIND_WORDS = "|".join(longest_first(kind for owner in OWNER_KINDS for kind in owner.kinds))
"""Every kind word of :data:`OWNER_KINDS`, longest first, for a pattern's alternation."""
_KIND = r"(?:(?P<kind>" + OWNER_KIND_WORDS + r")\s+)?"
_POSSESSIVE = re.compile(
    r"\b(?:the|this|our)\s+" + _KIND + "(?P<noun>" + "|".join(_BY_NOUN) + r")[’']s\b", re.I
)
""""the charity's", "the fire service's": a possessive that points back."""
_OF_THE = re.compile(
    r"\b(?:of|at|for|with)\s+the\s+" + _KIND + "(?P<noun>" + "|".join(_BY_NOUN) + r")\b(?![’'-])",
    re.I,
)
""""chief executive of the trust", "head of crime for the force", "head of prevention at
the fire service": a title's owner named after it, pointing back."""
_HEAD = re.compile(r"\w+(?=\W*$)")
"""The last word of an organisation's name (its head noun: "Trust")."""


def anaphoric_owner(
    text: str, start: int, end: int, organisations: Sequence[OrganisationMention]
) -> str | None:
    """The entity id a "the <noun>'s" (or "of the <noun>") in ``text[start:end]`` points
    back to (the first such): the last organisation named before it whose name ends with
    the noun ("the trust's" after "the Ashdown Trust" and its "National Helpline") and holds
    its kind word ("the ambulance service" is "East Midlands Ambulance Service", not the fire
    service named after it), else the last of one of the noun's types; None when there is
    none."""
    found = _POSSESSIVE.search(text, start, end) or _OF_THE.search(text, start, end)
    if found is None:
        return None
    return _named_before(text, found, found.start(), organisations)


def _named_before(
    text: str, found: re.Match[str], before: int, organisations: Sequence[OrganisationMention]
) -> str | None:
    """The entity id the owner noun of ``found`` (groups ``noun`` and ``kind``) points back
    to from ``before``: the last organisation named before it whose name ends with the noun
    and holds the kind word, else (unless ``by_name_only``) the last of one of its types."""
    owner_noun = _BY_NOUN[found.group("noun").lower()]
    kind = (found.group("kind") or "").lower().split()[:1]
    owner = named = None
    for mention in organisations:
        if mention.is_area or mention.type not in owner_noun.types:
            continue
        if mention.end <= before:
            owner = mention.entity_id
            head = _HEAD.search(text, mention.start, mention.end)
            name_words = text[mention.start : mention.end].lower().split()
            if head and head[0].lower() == owner_noun.noun and all(k in name_words for k in kind):
                named = mention.entity_id
    return named if owner_noun.by_name_only else named or owner


_ITS = re.compile(r"\b(?:its|their)\s+$", re.I)
""""Its regional manager": a possessive pronoun before a title, pointing back."""
_ITS_REACH = 300
"""How far before "its" (characters) the organisation it points back to may be named."""


_SENTENCE_OPENING = re.compile(r"(?:[.!?][\"”’']?\s+|\n\s*)$")
"""What stands before a sentence's first word: a full stop and space, or a line break."""
_SUBJECT_OPENING = re.compile(r"\s*(?:the\s+)?", re.I)
"""What may stand before a sentence's subject: nothing, or "the"."""
_NOUN_SUBJECT = re.compile(
    r"\s*the\s+" + _KIND + "(?P<noun>" + "|".join(_BY_NOUN) + r")\b(?![’'-])", re.I
)
"""Rule ``subject_noun_points_back``: the sentence before opens on "The <noun>" of
:data:`ANAPHORIC_OWNERS` ("The partnership, which is funded by the Home Office, spent
£1.6m. Its director, …"): "Its" is the body that noun points back to (the partnership
named earlier), not the last organisation named (the Home Office, inside its clause)."""


def _previous_opening(text: str, its_start: int) -> int | None:
    """Where the sentence before a sentence-opening "Its" starts; None when "its" opens no
    sentence."""
    if its_start and not _SENTENCE_OPENING.search(text, max(0, its_start - 4), its_start):
        return None
    end = its_start  # the sentence before ends here, white space before "Its" passed over
    while end and text[end - 1].isspace():
        end -= 1
    return previous_sentence_start(text, end, 2 * _ITS_REACH)


def its_owner(
    text: str,
    its_start: int,
    named: Sequence[OrganisationMention],
    organisations: Sequence[OrganisationMention],
) -> str | None:
    """The organisation an "Its" or "Their" at ``its_start`` points back to. Opening a
    sentence: the one the sentence before opens on, its subject ("Welsh Women's Aid said
    its helpline took 9,000 calls. Its chief executive, …" is the charity's, not the
    helpline's), or the one a subject "The <noun>" points back to among ``organisations``
    (rule ``subject_noun_points_back``, :data:`_NOUN_SUBJECT`; None when none of its kind
    was named: "its" is then a body named by no entity). Else the last of ``named`` (the
    organisations named not far before)."""
    previous_start = _previous_opening(text, its_start)
    if previous_start is not None:
        noun = _NOUN_SUBJECT.match(text, previous_start, its_start)
        if noun is not None:
            return _named_before(text, noun, previous_start, organisations)
        opening = next((m for m in named if m.start >= previous_start), None)
        if opening and _SUBJECT_OPENING.fullmatch(text, previous_start, opening.start):
            return opening.entity_id
    return named[-1].entity_id if named else None


def owner_right_before(
    text: str, position: int, organisations: Sequence[OrganisationMention]
) -> str | None:
    """:func:`anaphoric_owner` of a possessive that ends right before ``position`` (a
    title): "the force's Chief Inspector"; for "its" or "their" ("St Giles Trust received
    £120,000. Its regional manager, …"), the last organisation named not far before."""
    its = _ITS.search(text, max(0, position - 8), position)
    if its is not None:
        named = [
            m
            for m in organisations
            if m.end <= its.start() and its.start() - m.end <= _ITS_REACH and not m.is_area
        ]
        return its_owner(text, its.start(), named, organisations)
    window = max(0, position - 30)
    found = _POSSESSIVE.search(text, window, position)
    if found is None or text[found.end() : position].strip():
        return None
    return anaphoric_owner(text, found.start(), found.end(), organisations)
