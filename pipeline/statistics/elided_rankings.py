"""Counts that leave their noun unsaid as another member of a ranking after the count
before it.

"The North West had the most referrals, 612, with the West Midlands on 534": the 534
counts referrals; so do "followed by Albanian nationals at 618 and Vietnamese nationals
at 402" after "1,204 referrals of UK nationals", and the 6.1 of "19.8 deaths per 100,000
people, while London had the lowest at 6.1"; so does the 112 of "187 weapons were left
at Southend, while Chelmsford collected 112" (another place's count after a contrast). Named
rules of
:data:`pressfacts.statistics.elided_counts.ELIDED_RULES` (the elided-count rules, tried
in order), kept here by their job.
"""

from __future__ import annotations

import re

from pressfacts.statistics.elided_words import CALENDAR, RANKING_NEXT, ElidedRule

_HEDGE = r"(?:(?:around|about|nearly|almost|just\s+over|just\s+under)\s+)?"
_MEMBER_END = re.compile(r"\s*(?:[.;,)]|$)|\s+and\s+(?:the\s+)?(?-i:[A-Z])")
"""After a ranked member's count: its clause's end, or "and" before the next member."""

RANKED_AT = ElidedRule(
    "ranked_at",
    re.compile(
        r"\bthe\s+(?:most|fewest|least|highest|lowest|largest|smallest|biggest)"
        r"(?:\s+[a-z]+)?,\s+(?:at|with)\s+(?:(?:around|about|some|nearly|almost|over|"
        r"just\s+over|just\s+under|more\s+than)\s+)?$",
        re.I,
    ),
    re.compile(r"\s*(?:[.;)]|,\s|$)"),
)
"""Rule ``ranked_at``: "…, while Selby recorded the fewest, at 95.", "Hull had the highest
total, with 40": the count of a ranking's top or bottom, after a comma; not "the fewest,
at 95 per cent" (a unit of its own), "the most at 9am" (no comma: a time). Tried where
:data:`~pressfacts.statistics.elided_counts.ELIDED_RULES` names it."""

RANKING_RULES: tuple[ElidedRule, ...] = (
    # "…, 612, with the West Midlands on 534", "the most, 263, with Burnley at 198": the
    # next member of a ranking after ", with" and a named place at or on its count; not
    # ", with officers on 534" (no name), ", with York at 9am" (a time), ", with Leeds on
    # 14 May" (a date), ", with Bradford 301" (with_place_gapped's)
    ElidedRule(
        "with_place_at",
        re.compile(
            r",\s+(?i:with)\s+(?:the\s+)?(?!" + CALENDAR + r")[A-Z][\w’'-]*"
            r"(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}\s+(?:at|on)\s+" + _HEDGE + r"$"
        ),
        _MEMBER_END,
    ),
    # "…, 138, with Doncaster close behind on 91", "with Leeds not far behind at 40": the
    # next member of a ranking after ", with", a named place and how far behind it stands;
    # not ", with officers close behind on 91" (no name), ", with York close behind at 9am"
    ElidedRule(
        "with_place_behind",
        re.compile(
            r",\s+(?i:with)\s+(?:the\s+)?(?!" + CALENDAR + r")[A-Z][\w’'-]*"
            r"(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}\s+(?i:(?:close|closely|not\s+far|just|"
            r"hard|some\s+way)\s+)?(?i:behind)\s+(?:at|on)\s+" + _HEDGE + r"$"
        ),
        _MEMBER_END,
    ),
    # "followed by Albanian nationals at 618", "ahead of Polish workers on 51": the next
    # member of a ranking named by a capitalised word and the plural noun it qualifies
    # ("followed by York at 6.1" is followed_by_at's); not "followed by officers at 618"
    # (no name), "followed by Albanian nationals at 6pm" (a time)
    ElidedRule(
        "ranked_member_noun_at",
        re.compile(
            r"\b" + RANKING_NEXT + r"\s+(?!" + CALENDAR + r")[A-Z][\w’'-]*"
            r"(?:\s+[a-z][a-z-]*s){1,2}\s+(?:at|on)\s+" + _HEDGE + r"$"
        ),
        _MEMBER_END,
    ),
    # "… followed by Albanian nationals at 618 and Vietnamese nationals at 402": the member
    # after it, named the same way after "and" or a comma once a ranked member stood at its
    # count; not "and Vietnamese nationals at 4pm" (a time), "and officers at 402" (no name)
    ElidedRule(
        "ranked_member_noun_next",
        re.compile(
            r"\b" + RANKING_NEXT + r"\s+[^.;:]{1,80}?\s(?:at|on)\s+[\d,.]+(?:,|\s+and)\s+"
            r"(?!"
            + CALENDAR
            + r")[A-Z][\w’'-]*(?:\s+[a-z][a-z-]*s){1,2}\s+(?:at|on)\s+"
            + _HEDGE
            + r"$"
        ),
        _MEMBER_END,
        whole_clause=True,
    ),
    # "19.8 per 100,000 in Hull, while York had the lowest at 6.1": another member of a
    # ranking, a named place ranked at its count after a contrast, with no comma before
    # "at" (with one it is ranked_at's); not "while officers had the lowest at 6.1" (no
    # name), "while York had the lowest at 6pm" (a time)
    ElidedRule(
        "contrast_place_ranked_at",
        re.compile(
            r"\b(?i:while|whereas|and|but)\s+(?:the\s+)?(?!" + CALENDAR + r")[A-Z][\w’'-]*"
            r"(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}\s+(?:had|saw|recorded|was)\s+the\s+"
            r"(?:lowest|highest|fewest|most|smallest|largest)(?:\s+(?:rate|number|total|share))?"
            r"\s+(?:at|on)\s+" + _HEDGE + r"$"
        ),
        _MEMBER_END,
    ),
    # "187 weapons were left in Southend's bin, while Chelmsford collected 112", "…, but
    # Hull recorded 40 and York 25": another named place's count after a contrast, with a
    # verb of its own of taking or recording, closing its clause; not "while Chelmsford
    # collected 112 knives" (a noun of its own), "while officers collected 112" (no name),
    # "while June saw 112" (a month), "while Hull recorded 40 in May" (not its clause's end)
    ElidedRule(
        "contrast_place_verbed",
        re.compile(
            r"\b(?i:while|whereas|but)\s+(?:the\s+)?(?!" + CALENDAR + r")[A-Z][\w’'-]*"
            r"(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}\s+(?:collected|received|gathered|took(?:\s+in)?|"
            r"recorded|logged|reported|seized|recovered|saw|had)\s+" + _HEDGE + r"$"
        ),
        _MEMBER_END,
    ),
)
