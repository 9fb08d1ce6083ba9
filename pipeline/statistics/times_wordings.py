"""The wordings around "N times" that the figure rules ``times`` and ``occasions`` read
(:data:`.figures.FIGURE_RULES`): the earlier count a multiple multiplies ("three times
the 426 sessions the year before"), the span occasions were counted over ("115 times over
the same period"), and the span or place a small count of occasions was counted in ("used
the orders eight times in the district").
"""

from __future__ import annotations

from pressfacts.lexicon.months import MONTH_NAMES
from pressfacts.lexicon.number_words import WORD_NUMBER

FULL_MONTH_NAME = "(?:" + "|".join(names[0].capitalize() for names in MONTH_NAMES) + r")\b"
"""A month's full name, capitalised ("January"), from :data:`.lexicon.months.MONTH_NAMES`."""
EARLIER_COUNT = (
    r"\s+(?:as\s+(?:many|much)\s+as|the\s+(?:number|total|figure|amount|sum)(?:\s+(?:recorded|"
    rf"reported|seen|made|lost|paid))?|the\s+(?:£?\d[\d,.]*|{WORD_NUMBER})(?:\s+[a-z-]+){{0,3}}?)"
    r"\s+(?:(?:in|during|over|for)\s+)?(?:(?:19|20)\d{2}\b|"
    rf"{FULL_MONTH_NAME}|last\s|(?:the\s+)?(?:same|previous|year\s+before|first|second)\b|"
    rf"(?:a|\d+|{WORD_NUMBER})\s+(?:years?|decades?)\s+(?:earlier|before|ago)\b)"
)
"""After a multiple, the count of an earlier period it multiplies: " as many as in 2023",
" the number recorded the year before", " as many as the same period last year", or that
count stated ("almost three times the 426 sessions the year before", " the 160 recorded
in 2021"), in words too (" the nine it made the year before"), or years back (" as many as
two years earlier", " as many as a decade ago")."""

OVER_A_SPAN = (
    r"\s+(?:the|that|this|these|those)\s+(?:(?:same|last|past|next|previous|following|"
    r"whole|[\w-]+)\s+)?(?:period|years?|months?|weeks?|weekends?|fortnight|days?|quarters?|"
    r"seasons?|summer|winter|spring|autumn|campaign|operation|festive)\b"
)
"""After "N times over": a span the occasions were counted in ("deployed 115 times over
the same period", "stopped 40 times over the summer"), not the idiom of a multiple ("paid
back ten times over", "four times over the speed limit")."""

_TIME_UNIT = r"(?:days?|weeks?|fortnights?|months?|years?|hours?)\b"
TIMES_THEN_SPAN = (
    rf"\s+times\s+(?:in(?!\s+a\s+row\b|\s+(?:an?|one|\d+|{WORD_NUMBER})\s+{_TIME_UNIT})|since|"
    r"during|last|this|so\s+far|between|across)\b"
)
"""Rule ``times_then_span``: a small count of occasions after any word, told with the span
or place it was counted in ("used the orders eight times in the district", "called out
six times since May"); not "three times higher in Hull" (a multiple: no span right after),
nor "three times in a row" (a streak), nor "three times in six months" (how often: a
threshold or a habit), nor after a verb of change (:data:`NOT_AFTER_CHANGE`)."""
_CHANGE_VERBS = ("rose", "risen", "fell", "fallen", "grew", "grown", "increased", "jumped")
NOT_AFTER_CHANGE = "".join(rf"(?<!\b{verb}\s)" for verb in _CHANGE_VERBS)
"""Not after a verb of change: "Patrols rose four times in the city" is a multiple."""
