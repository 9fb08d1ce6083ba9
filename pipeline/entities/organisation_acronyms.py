"""Acronyms a text defines for an organisation it names: "the Mayor's Office for
Policing and Crime (MOPAC)" makes "MOPAC" there and after it a mention of that office
(an alias), so "MOPAC said" is the same organisation.

Names in the gazetteer carry their own aliases; this serves the names found by pattern,
which no list holds. The acronym must spell the name: every capitalised word's initial,
in order, with small words ("and", "of") free to give a letter or not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from pressfacts.entities.gazetteer import OrganisationMention

__all__ = ["spells", "with_defined_acronyms", "with_shortened_names"]

_DEFINITION = re.compile(r"[ \t]*\((?P<short>[A-Z][A-Za-z]{1,7})\)")
_SHORTENED = re.compile(r"^(?P<lead>.+?)\s+(?P<short>[A-Z]{2,7})$")
"""A name shortened to its lead and an acronym of the rest: "Avon and Somerset VRU"."""


def spells(short: str, name: str) -> bool:
    """Whether ``short`` is the acronym of ``name``: "MOPAC" of "Mayor's Office for
    Policing and Crime" (capitalised words must give their letter, small words may)."""
    letters = short.upper()
    index = 0
    for word in re.findall(r"[\w’'-]+", name):
        if index < len(letters) and word[0].upper() == letters[index]:
            index += 1
        elif word[0].isupper():
            return False
    return index == len(letters) and len(letters) >= 2


def with_defined_acronyms(
    text: str, mentions: Sequence[OrganisationMention]
) -> list[OrganisationMention]:
    """``mentions`` and, for each name found by pattern right before "(ACRONYM)" that
    spells it, a mention of that name at the acronym and at each later whole-word use
    of it that no other mention covers; in text order."""
    added: list[OrganisationMention] = []
    renamed: set[tuple[int, int]] = set()
    for mention in mentions:
        if mention.rule == "gazetteer" or mention.is_area:
            continue
        definition = _DEFINITION.match(text, mention.end)
        if definition is None:
            continue
        short = definition.group("short")
        lead = _spelled_after_lead(short, mention.name)
        if lead is None:
            if _spells_before_place(short, mention):
                _take_parent_uses(
                    text, short, definition.start("short"), mention, mentions, added, renamed
                )
            continue
        for use in _uses_from(text, short, definition.start("short")):
            taken = [*mentions, *added]
            covering = [
                other for other in taken if other.start < use.end() and use.start() < other.end
            ]
            if lead and any(other.name == f"{lead} {short}" for other in covering):
                # "the West Midlands VRU" after "West Midlands Violence Reduction Unit (VRU)"
                renamed.update({(other.start, other.end) for other in covering})
                added.append(
                    replace(
                        mention,
                        start=covering[0].start,
                        end=covering[0].end,
                        rule="defined-acronym",
                    )
                )
            elif not covering:
                added.append(
                    replace(mention, start=use.start(), end=use.end(), rule="defined-acronym")
                )
    kept = [mention for mention in mentions if (mention.start, mention.end) not in renamed]
    return sorted([*kept, *added], key=lambda mention: (mention.start, mention.end))


def _uses_from(text: str, short: str, start: int) -> Iterator[re.Match[str]]:
    """Each whole-word use of ``short`` in ``text`` from ``start`` on (the acronym's
    definition and what follows it), in order."""
    word = re.compile(rf"(?<![\w’'-]){re.escape(short)}(?![\w’'-])")
    return word.finditer(text, start)


BRANCH_ACRONYM_RULES = frozenset({"local-branch-place-after"})
"""Rules naming a local branch by a known name and a place after it ("Rape Crisis
Tyneside"): an acronym bracketed after such a branch that spells the known name alone
("… Support Centre Merseyside (RASASC)") is the branch's own short form (rule
``branch-acronym``), so the parent's gazetteer abbreviation there and after it names the
branch, not the parent."""


def _spells_before_place(short: str, mention: OrganisationMention) -> bool:
    """Whether ``short`` spells the name of a branch of :data:`BRANCH_ACRONYM_RULES`
    without the place words closing it."""
    if mention.rule not in BRANCH_ACRONYM_RULES:
        return False
    words = mention.name.split()
    return any(spells(short, " ".join(words[:cut])) for cut in range(len(words) - 1, 1, -1))


def _take_parent_uses(
    text: str,
    short: str,
    defined_at: int,
    branch: OrganisationMention,
    mentions: Sequence[OrganisationMention],
    added: list[OrganisationMention],
    renamed: set[tuple[int, int]],
) -> None:
    """Each use of ``short`` from ``defined_at`` on that a gazetteer mention of the
    branch's parent covers (a known name the branch's name opens with) becomes a
    mention of ``branch`` (rule ``branch-acronym``); other uses are left as they are."""
    for use in _uses_from(text, short, defined_at):
        covering = [m for m in mentions if m.start < use.end() and use.start() < m.end]
        if covering and all(
            m.rule == "gazetteer" and branch.name.startswith(m.name + " ") for m in covering
        ):
            renamed.update({(m.start, m.end) for m in covering})
            added.append(replace(branch, start=use.start(), end=use.end(), rule="branch-acronym"))


def _spelled_after_lead(short: str, name: str) -> str | None:
    """The words of ``name`` before the part ``short`` spells: "" when it spells the whole
    name, "West Midlands" for "VRU" of "West Midlands Violence Reduction Unit"; None when
    no tail of at least two words spells it."""
    words = name.split()
    for start in range(len(words) - 1):
        if spells(short, " ".join(words[start:])):
            return " ".join(words[:start])
    return None


def with_shortened_names(mentions: Sequence[OrganisationMention]) -> list[OrganisationMention]:
    """``mentions``, with each pattern-found name written as a lead and an acronym ("Avon
    and Somerset VRU") that shortens another pattern-found name of the text with the same
    lead ("Avon and Somerset Violence Reduction Unit") taken as that name: one
    organisation, whether the text defines the acronym or not. Not "Kent VRU" beside
    "Essex Violence Reduction Unit" (another lead)."""
    full: dict[tuple[str, str], OrganisationMention] = {}
    for mention in mentions:
        if mention.rule == "gazetteer" or mention.is_area or _SHORTENED.match(mention.name):
            continue
        for short_len in range(2, 8):
            words = mention.name.split()
            if len(words) <= short_len:
                break
            lead, tail = " ".join(words[:-short_len]), " ".join(words[-short_len:])
            short = "".join(w[0] for w in tail.split() if w[0].isupper())
            if spells(short, tail):
                full.setdefault((lead, short), mention)
    if not full:
        return list(mentions)
    renamed: list[OrganisationMention] = []
    for mention in mentions:
        shortened = _SHORTENED.match(mention.name) if mention.rule != "gazetteer" else None
        target = shortened and full.get((shortened.group("lead"), shortened.group("short")))
        renamed.append(
            replace(target, start=mention.start, end=mention.end, rule="shortened-name")
            if target
            else mention
        )
    return renamed
