"""Organisations a text names again by their leading words: "Leeds Federated Housing
Association has served notices … Joanne Pell, director of housing at Leeds Federated, said"
makes "Leeds Federated" a mention (an alias) of the association, so the title's owner is
that organisation and not part of the title.

Only the kinds of organisation in :data:`SHORT_NAME_TAILS` are so shortened: a housing
association is called by what comes before "Housing Association" ("Clarion", "Sanctuary").
The leading words must not be a place ("Leeds" alone is the city) and the short form must
not run on into another capitalised word ("Leeds Federated Homes" is another name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from pressfacts.entities.gazetteer import OrganisationMention
from pressfacts.entities.taken_spans import TakenSpans

__all__ = ["SHORT_NAME_TAILS", "YIELDING_RULES", "folded_places", "with_leading_short_names"]

SHORT_NAME_TAILS: dict[str, str] = {
    "housing_association": "Housing Association",
    "housing_trust": "Housing Trust",
    "housing_group": "Housing Group",
}
"""Rule name -> the words closing an organisation's name that a text may drop when it
names it again: "Leeds Federated Housing Association" -> "Leeds Federated"."""

YIELDING_RULES = frozenset({"company"})
"""Pattern rules whose match yields to a longer name of the text when it is that name's
short form: "Marlow Homes Housing Trust … at Marlow Homes" is the trust named again, not
a company read by its trade word ("Homes")."""

_RUNS_ON = re.compile(r"[ \t]+[A-Z]")
"""A capitalised word right after the short form: another name, not the short form."""


def _short_forms(
    mentions: Sequence[OrganisationMention], places: frozenset[str]
) -> list[tuple[str, str, OrganisationMention]]:
    """(short form, rule name, full mention) of each organisation whose name ends in a
    tail of :data:`SHORT_NAME_TAILS` and whose leading words are not a place."""
    forms: list[tuple[str, str, OrganisationMention]] = []
    for mention in mentions:
        if mention.type not in ("ORG", "CHARITY") or mention.is_area:
            continue
        for rule, tail in SHORT_NAME_TAILS.items():
            if not mention.name.endswith(" " + tail):
                continue
            short = mention.name[: -len(tail) - 1].strip()
            if short and short.casefold() not in places and short[:1].isupper():
                forms.append((short, rule, mention))
    return forms


def folded_places(places: Iterable[str]) -> frozenset[str]:
    """The place names as :func:`with_leading_short_names` compares them (built once per
    pipeline, not per document)."""
    return frozenset(place.casefold() for place in places)


def with_leading_short_names(
    text: str, mentions: Sequence[OrganisationMention], places: frozenset[str]
) -> list[OrganisationMention]:
    """``mentions`` with a mention added for each later or earlier use of an
    organisation's leading words alone (rule ``short-name-<tail>``), in text order; a place
    of the text (``places``: :func:`folded_places`) is never one, nor a form inside another
    mention. Each short form is looked for once, each use tested by :class:`TakenSpans`."""
    forms = _short_forms(mentions, places)
    if not forms:
        return list(mentions)
    shorts = {short for short, _rule, _full in forms}
    mentions = [m for m in mentions if m.rule not in YIELDING_RULES or m.name not in shorts]
    added: list[OrganisationMention] = []
    taken = TakenSpans((m.start, m.end) for m in mentions)
    searched: set[str] = set()  # a name said twice gives its short form twice
    for short, rule, full in forms:
        if short in searched:
            continue
        searched.add(short)
        for match in re.finditer(r"\b" + re.escape(short) + r"\b(?![’'-]?\w)", text):
            start, end = match.span()
            if taken.overlaps(start, end) or _RUNS_ON.match(text, end):
                continue
            added.append(
                OrganisationMention(
                    start, end, full.entity_id, full.type, full.name, rule="short-name-" + rule
                )
            )
            taken.add(start, end)
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))
