"""What a number before a unit of time is not a duration for: the exclusion ``duration``
of :mod:`pressfacts.statistics.exclusions` reads these around "N hours/days/years", so a
count of hours put in ("4,200 hours of patrols", "volunteers gave 41,000 hours") or a
school year ("40 Year 11 pupils") stays a figure."""

from __future__ import annotations

import re
from typing import NamedTuple

from pressfacts.lexicon.number_words import NUMBER
from pressfacts.statistics.exclusion_rule import Exclusion

NOT_SCHOOL_YEAR = r"(?!(?<=(?-i:Year))\s+\d)"
"""After a duration's unit: not a capitalised "Year" numbering a school year ("40 Year 11
pupils" counts pupils; "40 years" and "a four-year term" stay durations)."""
STAY_NOUNS = ("accommodation", "shelter", "refuge", "housing", "respite", "hotel stays")
"""What nights of ... are given as (the guard ``nights-stayed`` of :data:`NOT_WORK_HOURS`):
"96,310 nights of safe house accommodation", "up to 500 nights of emergency shelter" count
the nights provided, as "12 nights of operations" counts the nights put in; "for three
nights in a hotel" and "over two nights" stay durations."""
SHIFT_NOUNS = (
    "patrols",
    "shifts",
    "visits",
    "raids",
    "checks",
    "operations",
    "deployments",
    "sorties",
    "flights",
    "inspections",
    "stops",
    "surveys",
)
"""Plural nouns a bare "night", "day" or "weekend" names the time of ("38 night patrols",
"12 day visits", "40 night shifts"): the guard ``day-or-night-noun`` of
:data:`NOT_SHIFT_NOUN`."""
NOT_SHIFT_NOUN = (
    r"(?!(?:(?<=\snight)|(?<=\sday)|(?<=\sweekend))\s+(?:" + "|".join(SHIFT_NOUNS) + r")\b)"
)
"""After a duration's unit: not "night", "day" or "weekend" (spaced, singular) naming what
the following plural noun is ("carried out 38 night patrols", "made 12 day visits", "12
weekend patrols" count the patrols and visits); "a two-night operation" (hyphen), "a five
day course" (no plural of :data:`SHIFT_NOUNS`) and "over four nights" stay durations."""
NOT_TIME_OF_DAY_NOUN = (
    r"(?!(?:(?<=\snight)|(?<=\sday))-time\s+(?:[a-z]+\s+){0,2}?(?:"
    + "|".join(SHIFT_NOUNS)
    + r")\b)"
)
"""After a duration's unit: not "night-time" or "day-time" naming, up to two words on,
what the following plural noun is (the guard ``night-time-noun``: "covered 212 night-time
economy shifts", "carried out 140 night-time patrols" count the shifts and patrols); "a
night-time curfew" and "12 night-time hours" (no plural of :data:`SHIFT_NOUNS`) stay as
before."""
NOT_WORK_HOURS = (
    r"(?!(?<=hours)\s+(?:of|on)\s+(?:[\w-]+\s+){0,2}?(?:patrols?|patrolling|policing|overtime|"
    r"volunteering|footage|work|their\s+time|community\s+service|mentoring|duty)\b)"
    r"(?!(?<=hours)\s+(?:recorded|logged|volunteered|given|worked|put\s+in)\b)"
    r"(?!(?<=nights)\s+(?:on|of)\s+(?:[\w-]+\s+){0,2}?(?:patrols?|duty|operations?|action)\b)"
    + r"(?!(?<=nights)\s+of\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(STAY_NOUNS)
    + r")\b)"
    + r"(?!(?<=days)\s+(?:of|on)\s+(?:[\w-]+\s+){0,2}?(?:leave|absence|sickness)\b)"
    + r"(?!(?<=days)\s+(?:lost|off\s+sick|taken\s+off)\b)"
    + NOT_SHIFT_NOUN
    + NOT_TIME_OF_DAY_NOUN
)
"""After a duration's unit: not hours of work counted ("4,200 hours of high-visibility
patrols", "900 hours on foot patrols", "900 hours of CCTV footage", "5,600 hours of unpaid
work", "700 hours of their time", "9,300 hours of duty", "the 7,100 hours logged" count
the hours put in); "48 hours" stays a duration. Nights alike: "40 nights on patrol", "12
nights of operations" count the nights put in, and "1,630 nights of shelter", "900 nights of
emergency accommodation" the nights provided; "over three nights" stays a duration. Days
of leave or absence taken are counted the same way (guard ``days-of-leave``: "took 12,700
days of sick leave", "900 days of absence", "3,100 days lost to stress"); "14 days of
action" and "for 28 days" stay durations."""

DURATION_THRESHOLD = r"(?:\s+or\s+(?:more|longer|fewer|less))?"
"""Rule ``duration_or_more``: between a duration's number and its unit, "or more" (or
"longer", "fewer", "less") makes the time a threshold a count is sorted by ("438 had missed
five or more school days", "waited three or more hours"), still a duration; not "40 or
more officers" (no unit of time)."""
DURATION_ADDED = r"(?:(?:more|further|extra|additional)\s+)?"
"""Between a duration's number and its unit: a time added on ("running for three more
years", "two further years", "for four extra weeks") is still a duration, not a count of
money or people made larger (the exclusion ``duration`` reads it)."""


class HoursLead(NamedTuple):
    """Words right before "N hours" that make the hours time put in."""

    name: str
    words: str
    large_only: bool = False
    """Only before a count of 100 hours or more: "they worked a further 12 hours" is one
    shift (a duration), "crews worked a further 1,340 hours" a total put in."""
    not_terms: bool = False
    """Not before years or months: "jailed for a total of 112 years" totals prison terms,
    a duration, where "a total of 640 hours" is time put in."""


HOURS_QUALIFIERS = (
    "more than",
    "over",
    "nearly",
    "almost",
    "around",
    "about",
    "some",
    "an estimated",
)
"""Qualifiers that may stand between a verb of work or of losing and the hours or days it
counts ("gave more than", "lost an estimated")."""
GIVEN_HOURS_LEADS: tuple[HoursLead, ...] = (
    HoursLead("gave", "gave"),
    HoursLead("worked", "worked"),
    HoursLead("logged", "logged"),
    HoursLead("volunteered", "volunteered"),
    HoursLead("given", "given", large_only=True),
    HoursLead("accounted-for", "accounted for"),
    HoursLead("worked-a-further", "worked a further", large_only=True),
    HoursLead("gave-a-further", "gave a further", large_only=True),
    HoursLead("put-in-a-further", "put in a further", large_only=True),
    HoursLead("put-in", "put in", large_only=True),
    HoursLead("spent", "spent", large_only=True),
    HoursLead("a-total-of", "a total of", large_only=True, not_terms=True),
    HoursLead("lost", "lost", large_only=True),
    HoursLead("flew", "flew", large_only=True),
    HoursLead("flown", "flown", large_only=True),
    *(
        HoursLead(f"lost-{q.replace(' ', '-')}", f"lost {q}", large_only=True)
        for q in HOURS_QUALIFIERS
    ),
    HoursLead("on-duty-for", "on duty for", large_only=True),
    *(
        HoursLead(f"{verb.replace(' ', '-')}-{q.replace(' ', '-')}", f"{verb} {q}", large_only=True)
        for verb in ("gave", "given", "worked", "volunteered", "logged", "spent", "put in")
        for q in HOURS_QUALIFIERS
    ),
)
"""Named words right before "N hours" that make the hours time put in, not a duration: "gave
41,000 hours last year", "Leeds accounted for 2,300 hours", "teams worked a further 900
hours", "specials volunteered 9,300 hours", "she had given 310 hours", "officers spent
3,870 hours with people in crisis", "a total of 640 hours"; "held for a
further 36 hours" stays a duration (no verb of work before it), and so
does "worked a further 12 hours" or "spent 36 hours in custody" (a lead ``large_only``:
one stretch, under 100 hours). Days or hours lost are counted too (rule ``lost`` and its
qualified forms ``lost-more-than`` …, each ``large_only``): "officers lost 3,870 working days
to sickness", "crews lost more than 5,200 working days" total the time lost; "she lost 12
days" stays a duration. Flying hours are counted (rules ``flew`` and ``flown``, each
``large_only``): "the drone unit flew 2,300 hours", "crews have flown 640 hours so far this
year" total the hours in the air; "the helicopter flew 12 hours" stays one sortie's length. Hours
on duty are counted too (rule ``on-duty-for``, ``large_only``): "specials were on duty for
27,650 hours" totals a quarter's volunteering; "on duty for 12 hours" stays one shift. A
qualifier between a verb of work and the hours keeps them time put in (rules ``gave-more-than``,
``given-nearly`` … for gave, given, worked, volunteered, logged, spent and put in, each
``large_only``): "cadets have given more than 6,000 hours", "volunteers gave nearly 4,500
hours", "nurses spent more than 4,300 hours with people in crisis"; "she worked over 12
hours" and "he spent more than 30 hours in custody" stay one stretch; an estimate does too
(rules ``spent-an-estimated`` …): "officers spent an estimated 38,000 hours looking for
missing people" (found by held-out 317), where "spent an estimated 20 hours" stays one.
Hours put in are counted too (rule ``put-in``, ``large_only``): "offenders put in 2,650
hours clearing litter"."""
_TERMS = r"(?![\d,]*\s+(?:years?|months?)\b)"
NOT_GIVEN_HOURS = r"(?<![\d,.])" + "".join(
    rf"(?!(?<=\b{lead.words}\s)(?:\d{{3}}|\d{{1,3}},\d){_TERMS if lead.not_terms else ''})"
    if lead.large_only
    else rf"(?<!\b{lead.words}\s)"
    for lead in GIVEN_HOURS_LEADS
)
"""Before a duration: not inside a number, nor time put in (one of :data:`GIVEN_HOURS_LEADS`)."""

SENTENCE_HOURS = re.compile(
    r"\b(?:ordered\s+to|told\s+to|must|will\s+have\s+to|and\s+to|required\s+to)\s+"
    r"(?:carry\s+out|complete|do|undertake|perform)\s+(?:\d{1,4}|[a-z]+(?:[- ][a-z]+)?)\s+"
    r"hours\b"
    # the hours an order carries: "a 12-month community order with 80 hours of unpaid work"
    r"|\b(?:orders?|sentences?)\s+(?:with|including|and)\s+(?:\d{1,4}|[a-z]+(?:[- ][a-z]+)?)\s+"
    r"hours\s+of\s+(?:unpaid\s+work|community\s+service)\b",
    re.I,
)
"""The hours of unpaid work a court orders one offender to do ("ordered to carry out 150
hours of unpaid work", "must complete 200 hours", "a community order with 80 hours of unpaid
work"): a term of a sentence, as a prison term is, not a count; "offenders completed 5,600
hours of unpaid work" and "offenders on community orders worked 9,000 hours of unpaid work"
stay counts of work."""


GENERATIONS_AS_TIME = re.compile(
    rf"\b(?:for|over|across|spanning)\s+(?:(?:more\s+than|nearly|almost|at\s+least)\s+)?"
    rf"(?:{NUMBER})\s+generations\b",
    re.I,
)
"""How long a family has done something, read as time (the exclusion
``generations-as-time``): "whose family has farmed near Okehampton for four
generations", "a shop run over three generations"; not "three generations of one family
were arrested" (no "for" or "over": left a count)."""


_DURATION_UNIT = (
    DURATION_ADDED + r"(?:(?:financial|calendar|academic|school)\s+)?"
    r"(?:(?:working|school|business|calendar|clear)\s+(?=days?\b))?"
    r"(?:hour|day|night|weekend|week|fortnight|month|year|decade|minute|second)s?\b"
    + NOT_SCHOOL_YEAR
    + NOT_WORK_HOURS
    # not a change told per unit: "up 112 year on year", "40 month-on-month"
    + r"(?![\s-]+on[\s-]+(?:the\s+)?(?:day|week|month|quarter|year)\b)"
)
"""A unit of time after a duration's number ("over four weekends", "for two fortnights"
too), with the guards that keep hours put in, a school year and a change per unit figures."""
_DURATION_NEEDS = (
    "hour", "day", "night", "week", "fortnight", "month", "year", "decade", "minute", "second"
)  # fmt: skip

DURATION_EXCLUSIONS: tuple[Exclusion, ...] = (
    # "six months", "a six-month operation", "three financial years", "five working days",
    # "over three nights", "for three more years" (DURATION_ADDED); not "six men",
    # "12 nightclubs", "up 112 year on year" (per unit)
    Exclusion(
        "duration",
        re.compile(
            rf"{NOT_GIVEN_HOURS}\b(?:{NUMBER}|a|one){DURATION_THRESHOLD}[- ]" + _DURATION_UNIT,
            re.I,
        ),
        needs=_DURATION_NEEDS,
        led=True,
    ),
    # "between 20 and 26 weeks of training", "four to six years", "10-12 days": the first
    # number of a range whose second number is a duration is one too; not "between 20 and
    # 26 knives", "from 1,200 to 1,500 a year" (a rate: "a" is no number of the range),
    # "between 400 and 500 hours of patrols" (hours put in, NOT_WORK_HOURS)
    Exclusion(
        "duration-range",
        re.compile(
            rf"{NOT_GIVEN_HOURS}\b(?:{NUMBER})"
            rf"(?=\s*(?:and|to|or|-|–)\s*(?:{NUMBER})[- ]{_DURATION_UNIT})",
            re.I,
        ),
        needs=_DURATION_NEEDS,
        led=True,
    ),
)
"""The exclusions of durations (:data:`pressfacts.statistics.exclusions.EXCLUSIONS`)."""
