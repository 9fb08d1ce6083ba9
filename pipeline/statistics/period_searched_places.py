"""The places a raid or a warrant was carried out at, named again with "the": the raid's span.

A named rule of :data:`pressfacts.statistics.period_table.PERIOD_RULES` (through
:mod:`pressfacts.statistics.period_own_needs`):

- ``searched_places_again``: "at the addresses", "inside the properties", "from the
  premises" (or "the raided/searched/targeted addresses") after warrants, raids or
  searches dated a few paragraphs before ("executed 38 warrants … between 5 and 9 October"
  … "Officers found five men at the addresses"): the span stated in the latest sentence
  before that names a warrant, a raid or a search (:data:`RAID_WORDS`), the finds'
  span, as "that day" names a day again (``period_event_days``' ``that_day``). Read alone,
  the figure took nothing once a figure of another span ("54 grows since January") stood
  between. Not "at the address" (one home), "at 40 addresses" (a count of its own), "at
  the addresses in Leeds on 3 May" or "… during September" (dated in place), nor with no
  raid dated before it (no span: :data:`NOT_A_PERIOD`, so what else dates its sentence
  still does).
"""

from __future__ import annotations

import re

from pressfacts.findings import UNRESOLVED
from pressfacts.lexicon.months import MONTH
from pressfacts.statistics.period_refers import sentence_around
from pressfacts.statistics.period_rules import NOT_A_PERIOD, Context, PeriodRule, Resolution, Span

PLACE_NOUNS = ("addresses", "properties", "premises")
"""The searched places named again (a plural: the places of the raids, not one home)."""
SEARCHED_PLACES = re.compile(
    r"\b(?:at|from|inside|in|within)\s+the\s+(?:(?:same|raided|searched|targeted)\s+)?"
    rf"(?:{'|'.join(PLACE_NOUNS)})\b"
    rf"(?![^.!?\n]{{0,60}}?\b(?:on|in|between|from|during|over|throughout|since|last|this)\s+"
    rf"(?:the\s+)?(?:\d|{MONTH}\b|week|month|year))",
    re.I,
)
"""Rule ``searched_places_again``: "at the addresses", "inside the raided properties"."""
RAID_WORDS = re.compile(r"\b(?:warrants?|raids?|raided|searches|searched|swoops?)\b", re.I)
"""What a sentence that dates the raids names: a warrant, a raid, a search."""
RAID_REACH = 1500
"""How far before the places (characters) the raid may be dated: a few paragraphs."""


def resolve_searched_places(ctx: Context) -> Resolution:
    """The span of the latest phrase found within :data:`RAID_REACH` characters before
    whose sentence names a raid (:data:`RAID_WORDS`), an undated phrase passed over;
    else :data:`NOT_A_PERIOD`."""
    text = ctx.match.string
    floor = ctx.match.start() - RAID_REACH
    for earlier in reversed(ctx.found):
        if earlier.start_char < floor:
            break
        if earlier.start_char >= ctx.match.start() or earlier.kind == UNRESOLVED:
            continue
        if RAID_WORDS.search(sentence_around(text, earlier.start_char, earlier.end_char)):
            return Span(earlier.start, earlier.end, "same")
    return NOT_A_PERIOD


SEARCHED_PLACE_RULES: tuple[PeriodRule, ...] = (
    PeriodRule("searched_places_again", SEARCHED_PLACES, resolve_searched_places, PLACE_NOUNS),
)
"""The searched places named again (the period table adds them)."""
