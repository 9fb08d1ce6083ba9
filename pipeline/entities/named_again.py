"""Later mentions of a charity a text introduced by context alone.

"The anti-slavery charity Unseen has …" finds "Unseen" by the words before it (rule
``charity-named``); a later "Unseen's chief executive" or "Unseen said" has no such words,
and no list holds the name. Each name found by one of :data:`NAMED_AGAIN_RULES` is a
mention again at every later whole-word use of it that no other mention covers and that
is not part of a longer capitalised name ("Unseen Voices Trust"): rule ``named-again``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.entities.club_lists import LISTED_CLUB_RULE
from pressfacts.entities.fixture_sides import CLUB_RULES
from pressfacts.entities.gazetteer import OrganisationMention
from pressfacts.entities.taken_spans import TakenSpans

__all__ = ["NAMED_AGAIN_RULES", "with_names_again"]

NAMED_AGAIN_RULES: frozenset[str] = frozenset(
    {
        "charity-named",
        "charity-named-before-noun",
        "charity-appositive",
        "safety-partnership-appositive",  # "Safer Leeds, the city's community safety …"
        "road-safety-partnership-appositive",  # "Safer Roads Fife, the county's road safety …"
    }
    | (CLUB_RULES - {"football-club", "football-club-named"})
    | {LISTED_CLUB_RULE}
)
"""Pattern rules that find a name by the words around it (``organisation_patterns.jsonl``):
their names, said again without those words, are found again (rule ``named-again``), as is
a community or road safety partnership told by its appositive ("Safer Leeds, the city's
community safety partnership, …" then "chair of Safer Leeds"). A
football club told by a match word ("the derby between Hull City and …", "Hull City's FA Cup
tie", "a tie against Port Vale") is the club again
in "Hull City's head of security" (rule ``named-again``), not in "Hull City centre"."""

RETYPED_HEAD_RULES: frozenset[str] = frozenset({"club-network"})
"""Rule ``named-again-retyped``: pattern rules that type a name as ORG by its head word
alone ("… Network", "… Club"): a use of a name one of :data:`NAMED_AGAIN_RULES` told as a
charity by its context ("Survivors' Network, the Rape Crisis centre for Sussex, …" then
"said Survivors' Network chief executive …") is that charity, not an ORG of its own; not
an ORG a known list or another context names, nor a different name."""


def _retyped(mentions: Sequence[OrganisationMention]) -> Sequence[OrganisationMention]:
    """``mentions`` with each ORG of :data:`RETYPED_HEAD_RULES` whose name a mention of
    :data:`NAMED_AGAIN_RULES` gives another type made that mention again (rule
    ``named-again-retyped``)."""
    told = {m.name: m for m in mentions if m.rule in NAMED_AGAIN_RULES and m.type != "ORG"}
    if not told:
        return mentions
    return [
        replace(told[m.name], start=m.start, end=m.end, rule="named-again-retyped")
        if m.type == "ORG" and m.rule in RETYPED_HEAD_RULES and m.name in told
        else m
        for m in mentions
    ]


_CAPITALISED_NEXT = re.compile(r"\s+(?:of\s+|and\s+)?[A-Z]")
"""A capitalised word right after a use: the use is part of a longer name."""
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+$")
"""A capitalised word right before a use (not a sentence's first word)."""
_PLACE_NOUN_NEXT = re.compile(r"\s+(?:centre|center|council|hall|region|area)\b", re.I)
"""A place's noun right after a use: the place, not the club or charity ("Hull City centre")."""
_SENTENCE_OPENS = re.compile(r"[.!?:\"“]\s+\S*$")
"""A sentence or quote opening on the word before a use: its capital says nothing."""


def with_names_again(
    text: str, mentions: Sequence[OrganisationMention]
) -> list[OrganisationMention]:
    """``mentions`` and a mention at every later free use of each name found by one of
    :data:`NAMED_AGAIN_RULES`, in text order."""
    mentions = _retyped(mentions)
    added: list[OrganisationMention] = []
    taken = TakenSpans((mention.start, mention.end) for mention in mentions)
    searched: set[str] = set()  # each name is looked for once, after its first mention
    for mention in mentions:
        if mention.rule not in NAMED_AGAIN_RULES or mention.is_area or mention.name in searched:
            continue
        searched.add(mention.name)
        name = re.escape(mention.name)
        for use in re.finditer(rf"(?<![\w’'-]){name}(?![\w-]|[’']\w\w)", text[mention.end :]):
            start, end = mention.end + use.start(), mention.end + use.end()
            if _CAPITALISED_NEXT.match(text, end) or _PLACE_NOUN_NEXT.match(text, end):
                continue
            head = text[max(0, start - 40) : start]
            if _CAPITALISED_BEFORE.search(head) and not _SENTENCE_OPENS.search(head):
                continue
            if taken.overlaps(start, end):
                continue
            taken.add(start, end)
            added.append(replace(mention, start=start, end=end, rule="named-again"))
    if not added:
        return list(mentions)
    return sorted([*mentions, *added], key=lambda mention: (mention.start, mention.end))
