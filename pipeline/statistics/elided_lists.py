"""Counts that leave their noun unsaid as the next item of a list the count before opened.

"214 arrests in London, 60 in Manchester and 45 in Leeds", "fined 90 riders: 41 for riding
on the pavement", "312 vehicles were seized – 204 in Southampton and 108 in Portsmouth":
the 60, 41 and 204 count what the count before them counted. Named rules of
:data:`pressfacts.statistics.elided_counts.ELIDED_RULES` (the elided-count rules, tried in
order), kept here by their job.
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.lexicon.offences import OFFENCE_HEAD
from pressfacts.statistics.elided_words import AGAINST_TARGET, CALENDAR, ON_NAMED_LINE, ElidedRule

__all__ = ["ITEM_BREAK", "LIST_RULES", "ROUGHLY", "TOPIC_RULES", "VERBED_PAIR_NAMES"]

ROUGHLY = r"(?:(?:around|about|some|nearly|almost|over|more\s+than|just\s+over)\s+)?"
"""A qualifier the elided count may carry ("more than 60 in Hull")."""
ITEM_BREAK = r"(?:[,:]|\s[-–—])"
"""What sets off a list's next item: a comma, a colon or a spaced dash (not a hyphen)."""

PAIR_NAMES = (
    r"(?:[,;]|(?<![\w-])(?i:and))\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+and\s+"
    r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?i:for|with|on|at)\s+"
)
"""Two named subjects and the preposition of a gapped verb before a pair of counts (rules
``gapped_pair_first``, ``gapped_pair_second``): "…, and Bolton and Stockport for"."""
_PAIR_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
VERBED_PAIR_NAMES = (
    r"(?:[,;]|(?<![\w-])(?i:and|while|whereas|but))\s+(?:[a-z]+\s+){0,2}?"
    rf"(?:(?:in|at|from)\s+)?(?:the\s+)?(?P<a>{_PAIR_NAME})\s+and\s+"
    rf"(?:the\s+)?(?P<b>{_PAIR_NAME})\s+"
    r"(?:[a-z]+ed|saw|took|had|made|got|drew|won|brought\s+in)\s+"
)
"""Two named places (or subjects) and a verb of their own before a pair of counts closing
the sentence, "respectively" left unsaid (rules ``verbed_pair_first``,
``verbed_pair_second``): "…, while bins in Crewe and Chester collected"."""
_COUNT = r"(?:\d[\d,]*(?:\.\d+)?)"
_CLAUSE_END = r"\s*(?:[.;)]|,\s|$)"
_ANY_COUNT = rf"(?:{_COUNT}|{WORD_NUMBER})"
"""A count in digits or in words ("eight")."""
_TOPIC = r"(?!(?:and|with|while|but|the|a|an)\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?"
"""A lower-case topic of one or two words ("speeding", "drug dealing"), not a joining
word."""

LIST_RULES: tuple[ElidedRule, ...] = (
    # "214 arrests in London, 60 in Manchester and 45 in Leeds", "12 arrests in May: five
    # in Dover, …", "four in Louth and three near Boston", ", two outside Skegness", "812
    # in Hull, followed by 640 in York", "312 seized – 204 in Hull and …": a list item
    # after a comma, a colon, a spaced dash, "and" or "followed by", then a place (or a
    # month) after "in", "from", "across", "at", "near", "outside" or "around"; not ", 60
    # officers" (a noun of its own), ", 60 in total" (no capital after "in")
    ElidedRule(
        "listed_with_place",
        re.compile(
            rf"(?:{ITEM_BREAK}|(?<![\w-])and|\bfollowed\s+by)\s+{ROUGHLY}$",
            re.I,
        ),
        re.compile(
            r"\s+(?:in|from|across|at|near|outside|around)\s+(?:the\s+)?[A-Z]|" + ON_NAMED_LINE
        ),
    ),
    # "287 thefts in 2023/24, 319 in 2024/25 and 366 in 2025/26", "40 arrests in May, 52 in
    # June", "made 214 arrests: 60 during March": another item of a list by time, after a
    # comma, a colon or a spaced dash (after "and": and_then_period's), then "in" or
    # "during" and a year, a financial year, a month or "the previous/same/following …";
    # not ", 319 officers in 2024" (a noun of its own), ", 60 in total" (no time)
    ElidedRule(
        "listed_with_period",
        re.compile(rf"{ITEM_BREAK}\s+{ROUGHLY}$", re.I),
        re.compile(
            r"\s+(?i:in|during)\s+(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b|" + CALENDAR + "|"
            r"(?i:the\s+(?:previous|same|following|past|last)\b)|(?i:(?:last|this)\s+year\b))"
        ),
    ),
    # "317 drivers were reported for using a phone, 64 for not wearing a seatbelt and 22
    # for speeding", "fined 90 riders: 41 for riding on the pavement", "arrested 54 people,
    # 38 for drugs offences": another item of a list of what the count before was for (a
    # doing, or an offence: OFFENCE_HEAD), after a comma, a colon or a dash (after "and":
    # and_then_period's); not ", 64 for 2025" (no doing), ", 64 officers for speeding" (own)
    ElidedRule(
        "listed_for_reason",
        re.compile(
            rf"{ITEM_BREAK}\s+{ROUGHLY}$",
            re.I,
        ),
        re.compile(
            r"\s+for\s+(?:(?:not\s+|failing\s+to\s+[a-z]+\s+)?[a-z-]+ing\b|"
            rf"(?:[a-z-]+\s+){{0,2}}?{OFFENCE_HEAD})",
            re.I,
        ),
    ),
    # "Nine were for abuse, six for pyrotechnics and eight for disorder", "40 bans: 12 for
    # racism, 9 for flares and 3 for …": an item of what the count before was for, of any
    # noun, when another such item follows it (", 9 for", "and eight for"): the list's shape
    # says so;
    # not ", six for pyrotechnics." (no item after: listed_for_reason's doings and
    # offences only), ", six officers for …" (a noun of its own)
    ElidedRule(
        "listed_for_parallel",
        re.compile(rf"{ITEM_BREAK}\s+{ROUGHLY}$", re.I),
        re.compile(
            r"\s+for\s+(?:[a-z-]+\s+){0,3}?[a-z-]+(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
            rf"{ROUGHLY}{_ANY_COUNT}\s+for\s",
            re.I,
        ),
    ),
    # "1,284 crimes motivated by race, 598 against disabled people and 204 against Jewish
    # people": another item of a list of whom the count before was aimed at, after a
    # comma, a colon or "and"; not "against a target of 80" (a yardstick), "and 45 against
    # 30" (and_then_period's), ", 60 officers against …" (a noun of its own)
    ElidedRule(
        "listed_against_target",
        re.compile(
            rf"(?:{ITEM_BREAK}|(?<![\w-])and)\s+(?:(?:around|about|some|nearly|almost|over)\s+)?$",
            re.I,
        ),
        re.compile(AGAINST_TARGET, re.I),
    ),
    # "57 dealers, 41 of them with a site licence and 16 with a collector's licence", "80
    # vans, 12 of them without insurance, 9 with no tax": the next part of a breakdown by
    # what the things counted have, after a part "of them with/without"; not "and 16
    # officers with …" (own noun), "arrested 40 people and 16 with …" (no part before)
    # "Wigan accounted for 41 of them, and Bolton and Stockport for 38 and 35.", "…, and
    # Hull and York with 12 and 9": two named subjects, the verb gapped, and their two
    # counts in the same order (as with "respectively", left unsaid); not "and Hull and
    # York for 12 officers and 9" (a noun of its own), "and for 12 and 9" (no names)
    ElidedRule(
        "gapped_pair_first",
        re.compile(PAIR_NAMES + ROUGHLY + "$"),
        re.compile(r"\s+and\s+" + ROUGHLY + _COUNT + _CLAUSE_END, re.I),
    ),
    ElidedRule(
        "gapped_pair_second",
        re.compile(PAIR_NAMES + ROUGHLY + _COUNT + r"\s+and\s+" + ROUGHLY + "$"),
        re.compile(_CLAUSE_END),
    ),
    # "The Hull bin took 311 items, while bins in Crewe and Chester collected 187 and 164.",
    # "…, and officers in Leeds and York made 40 and 52.": two named places (or subjects)
    # with a verb of their own, then their two counts closing the sentence, "respectively"
    # left unsaid; not "collected 187 knives and 164" (a noun of its own), "in Crewe and
    # Chester arrested 18 and charged 12" (no pair), "in 2024 and 2025 made 40 and 52" (no
    # names)
    ElidedRule(
        "verbed_pair_first",
        re.compile(VERBED_PAIR_NAMES + ROUGHLY + "$"),
        re.compile(r"\s+and\s+" + ROUGHLY + _COUNT + r"\s*(?:[.;]|$)", re.I),
        whole_clause=True,  # the places and their verb reach past the 40 characters read
    ),
    ElidedRule(
        "verbed_pair_second",
        re.compile(VERBED_PAIR_NAMES + ROUGHLY + _COUNT + r"\s+and\s+" + ROUGHLY + "$"),
        re.compile(r"\s*(?:[.;]|$)"),
        whole_clause=True,
    ),
    ElidedRule(
        "listed_with_attribute",
        re.compile(
            r"\b[\w,]+\s+of\s+(?:them|which|these|those)\s+(?:with|without)\s[^.;:!?]{1,80}?"
            r"(?:,|(?<![\w-])and)\s+(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$",
            re.I,
        ),
        re.compile(r"\s+(?:with|without)\s", re.I),
        whole_clause=True,
    ),
)
"""The list-item rules, in the order :data:`ELIDED_RULES` tries them."""

TOPIC_RULES: tuple[ElidedRule, ...] = (
    # "Burglary was raised at 11 of the meetings, speeding at eight and fly-tipping at
    # six", "came up in 40 calls, noise in 31 and parking in 12": more subjects, each a
    # lower-case topic of one or two words with the verb gapped, at the same preposition as
    # the count before (not "for": "accounted for 120 and officers for 7" is no topic
    # list); not ", speeding at eight officers" (a noun of its own), ", with
    # Burnley at eight" (a name: with_place_at's), "…, speeding in eight" (another
    # preposition)
    ElidedRule(
        "gapped_topic_at",
        re.compile(
            r"\b(?P<prep>at|in|on)\s+" + ROUGHLY + _ANY_COUNT + r"(?:\s+[a-z-]+){0,3}"
            r"(?:,\s+" + _TOPIC + r"\s+(?P=prep)\s+" + ROUGHLY + _ANY_COUNT + r")*"
            r"(?:,\s+(?:and\s+)?|\s+and\s+)" + _TOPIC + r"\s+(?P=prep)\s+" + ROUGHLY + "$"
        ),
        re.compile(r"\s*(?:[.;)]|,\s|$)|\s+and\s"),
    ),
    # "Speeding came up in 40 calls, followed by parking in 31", "Theft was the reason in
    # 212 cases, followed by assault in 98 and fraud in 41": the next topic of a ranking
    # after "followed by", its verb and noun gapped, at the same preposition as the count
    # before; not ", followed by parking in 31 streets" (a noun of its own), ", followed by
    # Hull in 31" (a name: listed_with_place's), ", followed by parking at 31" (another
    # preposition)
    ElidedRule(
        "gapped_topic_followed_by",
        re.compile(
            r"\b(?P<prep>at|in|on)\s+" + ROUGHLY + _ANY_COUNT + r"(?:\s+[a-z-]+){0,3}"
            r",\s+followed\s+by\s+" + _TOPIC + r"\s+(?P=prep)\s+" + ROUGHLY + "$"
        ),
        re.compile(r"\s*(?:[.;)]|,\s|$)|\s+and\s"),
    ),
)
"""The gapped-topic rules, tried after ``gapped_preposition`` (whose rows they would
otherwise take)."""
