"""Counts after "including" that leave their noun unsaid: a part of the count before
("arrested 41 people, including 6 aged 14 to 17"), named rules of
:data:`pressfacts.statistics.elided_counts.ELIDED_RULES` (read there in this order)."""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.elided_words import (
    INCLUDING,
    PART_AFTER,
    PART_PERIOD_AFTER,
    PREMISES_PART_AFTER,
    ElidedRule,
)

_PLACE = r"(?:the\s+)?[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*){0,2}"
PLACE_LIST_AFTER = re.compile(
    rf"\s+in\s+{_PLACE}(?:,|\s+and)\s+(?:\d[\d,]*|{WORD_NUMBER})\s+in\s+{_PLACE}"
)
"""After a count led by "including", its place and the next place's count in a list
(rule ``including_place_list``): "2,115 assaults in 2025, including 312 in Staffordshire,
148 in Shropshire and 57 in Herefordshire" is a breakdown of the count before by place; not
"including 45 in Leeds" alone (a place may open a new count), nor "including 45 in Leeds
and 12 children" (no place after the next count)."""

OUTCOME_PART_AFTER = re.compile(
    r"\s+(?:charged|convicted|jailed|imprisoned|sentenced|cautioned|remanded|summonsed|"
    r"bailed|released|detained|deported|disqualified)\b(?!\s+(?:offences?|crimes?|cases?)\b)",
    re.I,
)
"""What became of a part of the count before, after a count led by "including" (rule
``including_outcome``): "arrested 58 adults, including nine charged under the Modern Slavery
Act", "including four jailed", "including two remanded in custody"; not "including nine
charged offences" (a noun of its own), "including nine charges" (a noun)."""

INCLUDING_RULES: tuple[ElidedRule, ...] = (
    # "arrested 41 people, including 6 aged 14 to 17", "… including 3 who were under
    # 18", "58 tickets, including 23 for speeding": a part of the count before, described
    # by age, a clause, what it was for or the line it was on ("including 40 on the
    # Overground"); not "including 6 women" (a noun of its own),
    # "including 6 in Leeds" (a place may open a new count)
    ElidedRule("including_part", INCLUDING, PART_AFTER),
    # "31,000 staff since 2010, including 4,600 in the last financial year": a part over a
    # period of its own; not "including 45 in Leeds" (a place)
    ElidedRule("including_period", INCLUDING, PART_PERIOD_AFTER),
    # "58 cannabis factories since April, including nine in commercial premises", "including
    # 12 in rented homes": a part of the count before, by the kind of premises it was in;
    # not "including nine in Ashford" (a place), "including nine in the town" (no premises)
    ElidedRule("including_premises", INCLUDING, PREMISES_PART_AFTER),
    # "14 attacks during the week, including two in which fireworks were thrown", "including
    # 12 where a knife was used": a part of the count before, picked out by a relative
    # clause of place or circumstance; not "including two in Kirkby" (a place may open a
    # new count), "including two which …" (the noun-less "which" of a clause of its own)
    ElidedRule(
        "including_relative_part",
        INCLUDING,
        re.compile(r"\s+(?:(?:in|on|at|during|after)\s+which|where|when)\b", re.I),
    ),  # "2,115 assaults, including 312 in Staffordshire, 148 in Shropshire and 57 in
    # Herefordshire": the first of a list of places, each with its part of the count before
    ElidedRule("including_place_list", INCLUDING, PLACE_LIST_AFTER),
    # "arrested 58 adults, including nine charged under the Modern Slavery Act": a part of
    # the count before by what became of it; not "including nine charges" (a noun)
    ElidedRule("including_outcome", INCLUDING, OUTCOME_PART_AFTER),
)
"""The parts a count after "including" picks out of the count before: by age, a clause, a
use or a line; a period; premises; a relative clause of place or circumstance; a list of
places; an outcome (charged, jailed)."""
