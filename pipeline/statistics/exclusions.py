"""The numbers that are not statistics: one named rule each, tried on every sentence
with a number.

:data:`EXCLUSIONS` sets aside phone numbers, years and dates, times of day, ages and
age ranges, ordinals, section and reference numbers, list numbers, thresholds, durations
("six months"), schedules ("two evenings a week"), slogans ("100 per cent anonymous") and
"one of the …"; :func:`blocked_spans` gives the spans they take, which
:mod:`pressfacts.statistics.figures` reads no figure in.
A rule is spared a sentence that lacks its ``needs`` or ``hint``; a case-blind rule runs
as its lower-case twin on ASCII text (:mod:`pressfacts.statistics.rule_gates`); a ``led``
rule is tried only where one of its opening words starts, found by one scan of the
sentence shared by every led rule (:mod:`pressfacts.statistics.rule_leads`).
"""

from __future__ import annotations

import re

from pressfacts.lexicon.months import MONTH, MONTH_NAMES
from pressfacts.lexicon.number_words import NUMBER, WORD_NUMBER
from pressfacts.statistics.age_phrases import AGE_PHRASE_EXCLUSIONS
from pressfacts.statistics.duration_guards import (
    DURATION_EXCLUSIONS,
    GENERATIONS_AS_TIME,
    SENTENCE_HOURS,
)
from pressfacts.statistics.exclusion_rule import Exclusion
from pressfacts.statistics.idiom_exclusions import IDIOM_EXCLUSIONS
from pressfacts.statistics.measured_times import (
    CLOCK_HOUR,
    OPENING_HOURS,
    TIME_OF_DAY,
    measured_spans,
)
from pressfacts.statistics.period_month_first import MONTH_FIRST_DAY_RANGE
from pressfacts.statistics.rate_bases import FIGURE_FOR_EVERY_BASE, FOR_EVERY_BASE, PER_BASE
from pressfacts.statistics.reference_labels import LABEL_NUMBER_WORDS, LABEL_WORDS, REFERENCE_WORDS
from pressfacts.statistics.route_numbers import ROUTE_NUMBER_LIST, ROUTE_NUMBER_NAMED
from pressfacts.statistics.rule_gates import GateTable
from pressfacts.statistics.rule_leads import LeadScanner, Scan
from pressfacts.statistics.rule_needs import CASE_TRAPS, trie
from pressfacts.statistics.service_numbers import SERVICE_EXCLUSIONS
from pressfacts.statistics.thresholds import (
    CONDITIONAL_FLOOR,
    GROUP_SIZE_FLOOR,
    LIMIT_MULTIPLE,
    LIMIT_WORDS,
    LOOK_TWICE,
    NOT_A_TALLY,
    POWER_FLOOR,
    RANKED_SET,
    RANKED_SET_NOUNS,
    REPEAT_BAND,
    REPEAT_THRESHOLD,
    SIZE_BAND,
    SIZE_WORDS,
    SUPERLATIVE_SET,
    SUPERLATIVES,
    THINK_TWICE,
    TOP_RANKING,
    TWICE_BEFORE_VERB,
    TWICE_HOW_OFTEN,
    TWICE_THEN_CLAUSE,
    VALUE_CEILING,
    WITHIN_DISTANCE,
)

_MONTH_STEMS = tuple(sorted({name[:3] for names in MONTH_NAMES for name in names}))
"""The first three letters of every month name and abbreviation ("jan", "sep", "may")."""
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
"""A day of the month, 1 to 31: "In May 46 drivers were caught" names no day, nor "In
April 1,200 calls were made"."""
_YEAR_OPENERS = ("last", "this", "past", "previous", "that", "same", "each", "every", "next")
_SCHOOL_YEAR = "".join(rf"(?<!\b{word}\s)" for word in _YEAR_OPENERS) + "year"
""""Year" numbering a school year ("Year 9 pupils"), not the end of a period phrase that
opens a sentence without a comma ("Last year 460 drivers were caught")."""
_SCHOOL_YEAR_NUMBER = r"(?:1[0-3]|0?[1-9])\b(?![,.]?\d)"
"""The number of a school year, 1 to 13: not a count after a period phrase that ends in
"year" ("During the year 1,126 children …")."""
_PERSON_NOUNS = (
    r"(?:man|woman|boy|girl|teenager|youth|pensioner|mother|father|son|daughter|driver|"
    r"victim|resident|husband|wife|partner|brother|sister|grandmother|grandfather)"
)
"""Lower-case words an age may follow in apposition ("a man, 45, from Hull"); after any
other lower-case word the number counts ("the most arrests, 71,")."""
_STEM = "(?:" + "|".join(_MONTH_STEMS) + ")"
_DAY_MONTH = rf"\d(?:st|nd|rd|th)?\s+{_STEM}"
"""The hint of a day before a month ("2 nov", "3rd june"): it opens on a digit."""
_MONTH_DAY = rf"{_STEM}[a-z]*\.?\s+\d"
"""The hint of a month before a day ("november 2", "sept. 3")."""


_SHARE_WORDS = (
    r"half|(?:a|one|two|three|four)[-\s](?:half|third|quarter|fifth|sixth|eighth|tenth)s?|"
    r"three[-\s]quarters"
)
"""A share in words: "half", "a third", "two-thirds", "three quarters"."""

_AGE = rf"(?:\d{{1,3}}|{WORD_NUMBER})"
"""An age in an age range: "11", "seven" (digits or a word)."""

HALF_IDIOM_NOUNS: tuple[str, ...] = (
    "battle", "job", "story", "picture", "answer", "solution", "work",
)  # fmt: skip
"""What "half the …" says of an idea, not a counted whole ("only half the battle")."""

EXCLUSIONS: tuple[Exclusion, ...] = (
    # "01234 567890", "+44 20 7946 0000"; not "1,204 arrests"
    Exclusion(
        "phone",
        re.compile(r"(?<![\w,])(?:\+44\s?|0)\d{2,4}[ -]?\d{3,4}(?:[ -]?\d{3,4})?\b"),
        needs=("0", "+44"),
        hint=r"(?<![\w,])(?:\+44|0\d\d)",  # not the "02" of "2023"
    ),
    # "call 101", "999 calls", "one in six 101 calls", "999 performance" (:mod:`.service_numbers`)
    *SERVICE_EXCLUSIONS,
    # the base of a rate: "3.3 per 1,000 people", "86p in every £1" (:mod:`.rate_bases`)
    Exclusion("rate-base", PER_BASE, needs=("per", "every £1", "each £1")),
    Exclusion("rate-base-for-every", FOR_EVERY_BASE, needs=("for every", "for each")),
    Exclusion("rate-base-after-figure", FIGURE_FOR_EVERY_BASE, needs=("for every", "for each")),
    # "one too many", "42 too many", "two too few": a judgement, not a count
    Exclusion(
        "too-many",
        re.compile(rf"\b(?:\d[\d,]*|{WORD_NUMBER}|one)\s+too\s+(?:many|few|much|often)\b", re.I),
        needs=("too",),
    ),
    # "the hour or two you need", "for a day or two", "another week or two": a rough length of
    # one unit or two, not a count; not "one or two arrests", "a total of two"
    Exclusion(
        "unit-or-two",
        re.compile(
            r"\b(?:an?|the|another)\s+(?:minute|hour|day|night|week|month|year|mile|metre|yard|inch|foot)"
            r"\s+or\s+two\b",
            re.I,
        ),
        needs=("or two",),
    ),
    # "10:30", "9am" (:data:`~.measured_times.TIME_OF_DAY`); not "0.32", "1.32 per 1,000"
    Exclusion("time-of-day", TIME_OF_DAY, hint=r"\d(?:[:.]\d|\s?[ap]m)"),
    # "between midnight and six in the morning", "until ten at night", "at 8 in the evening",
    # "six o'clock": an hour of the clock; not "arrested six in the morning" (a count)
    Exclusion("clock-hour", CLOCK_HOUR, needs=("morning", "afternoon", "evening", "night", "lock")),
    # "open eight till seven", "9 till 5" (:data:`~.measured_times.OPENING_HOURS`)
    Exclusion("opening-hours", OPENING_HOURS, needs=("til",)),
    # "2 November", "November 2nd"; not "2 men in November"
    Exclusion(
        "day-month",
        re.compile(rf"\b{_DAY}(?:st|nd|rd|th)?\s+{MONTH}\b", re.I),
        hint=_DAY_MONTH,
    ),
    # "from 3 to 9 June", "between 6 and 12 May": the first day of a range; not "from 40 to
    # 55 reports in June"
    Exclusion(
        "day-range",
        re.compile(
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|-|–|and|until|till)\s*\d{{1,2}}(?:st|nd|rd|th)?"
            rf"\s+{MONTH}\b",
            re.I,
        ),
        hint=_DAY_MONTH,
    ),
    # "text 61016", "text HELP to 88440", "SMS 87007", "who texted 61016", "text the force
    # on 61016", "its 61016 text service", "made by text to 61016", "texts to 61016": a short
    # code; not "texted 12 people", "12,500 text messages", "from 900 texts to 1,200"
    Exclusion(
        "short-code",
        re.compile(
            r"\b(?:text|texts|texting|texted|sms|txt)\s+"
            r"(?:[A-Z]{2,12}\s+to\s+|to\s+(?=\d{5,6}\b(?![,.]\d))|(?:[\w'’]+\s+){1,3}?on\s+)?"
            r"\d{4,6}\b|(?<![\d,.£])\b\d{5,6}\s+(?:text|sms)\s+(?:service|number|line)s?\b",
            re.I,
        ),
        needs=("text", "sms", "txt"),
    ),
    # "between October 5 and 9": the last day of a month-first range (:mod:`.period_month_first`)
    Exclusion("month-first-day-range", MONTH_FIRST_DAY_RANGE, needs=("between", "from")),
    Exclusion(
        "month-day",
        re.compile(rf"\b{MONTH}\s+{_DAY}(?:st|nd|rd|th)?\b(?![,.]\d)", re.I),
        hint=_MONTH_DAY,
    ),
    # "in 2019"; not "2,019 reports" or "£2019.50"
    Exclusion(
        "year",
        re.compile(r"(?<![\d,.£])\b(?:19|20)\d{2}\b(?![,.]\d)"),
        needs=("19", "20"),
        hint=r"(?:19|20)\d\d",
    ),
    # "40th anniversary", "the 3rd time"; not "3 arrests"
    Exclusion(
        "ordinal", re.compile(r"\b\d+\s*(?:st|nd|rd|th)\b", re.I), hint=r"\d\s*(?:st|nd|rd|th)"
    ),
    # "a 15-year-old", "aged 52", "aged under 14", "under-18s", "children under 13";
    # not "just under 2,000"; "people under 25", "those over 55"; not "victims under 40
    # per cent", "those over 18 months" ("were under 10" is age-predicate's)
    Exclusion(
        "age",
        re.compile(
            r"\b\w+[- ]year[- ]olds?\b|\baged\s+(?:(?:under|over|below|above)\s+)?\d+|"
            r"\bage\s+(?:of\s+)?\d+|\bunder[- ]\d{1,2}s\b|"
            r"\bunder-\d{1,2}\b|\b(?:children|child|girls|boys|pupils|those|anyone|people|"
            r"victims)\s+(?:under|over)\s+\d{1,2}\b(?!\s*(?:%|per\s*cent)|\s+[a-z]+s\b)",
            re.I,
        ),
        needs=("year", "age", "under", "over"),
    ),
    # an age bound or an age as what a clause says of people: "one in four was under 16",
    # "most were over 65", "the youngest was 11", "the oldest victim was just 19", "some
    # as young as 14", "some as young as eight", "appeared to be under 18", "had been over
    # 70"; not
    # "the total was under 2,000" (no clause end after two digits), "under 18 arrests"
    Exclusion(
        "age-predicate",
        re.compile(
            r"\b(?:was|were|is|are|be|been)\s+(?:all\s+|still\s+)?(?:aged\s+)?(?:under|over|below|above)"
            r"\s+\d{1,2}\b(?![,.]\d)(?=\s*(?:[.,;:!?)]|and\b|or\b|$))|"
            r"\b(?:youngest|oldest)\b(?:\s+[a-z]+){0,3}?\s+(?:was|is|were|being|aged)\s+"
            r"(?:just\s+|only\s+)?\d{1,3}\b(?![,.]\d)|"
            rf"\bas\s+(?:young|old)\s+as\s+(?:\d{{1,3}}\b(?![,.]\d)|{WORD_NUMBER}\b)",
            re.I,
        ),
        needs=("under", "over", "below", "above", "youngest", "oldest", "as young", "as old"),
    ),
    # an age said of a person with "now": "He is 11 now", "she's nine now", "he is now
    # 14"; not "there are 11 now", "the total is 40 now" (no pronoun), "she is now 40%"
    Exclusion(
        "age-now",
        re.compile(
            rf"\b(?:he|she)\s+(?:is|['’]s)\s+(?:{_AGE}\s+now\b|now\s+{_AGE}\b(?![,.]\d)"
            r"(?!\s*(?:%|per\s*cent|[a-z]+s\b)))",
            re.I,
        ),
        needs=("he",),
    ),
    # "aged 11 to 16", "aged seven to 10", "aged 13 or 14", "ranging in age from 15 to
    # 76", "between 18 and 25 years old", "70 years old", "12 to 15-year-olds"; not "from
    # 120 to 410 reports"
    Exclusion(
        "age-range",
        re.compile(
            rf"\b(?:aged?|ages|in\s+age)\s+(?:from\s+|between\s+)?{_AGE}\s*(?:to|-|–|and|or)\s*"
            rf"{_AGE}\b|"
            r"\b\d{1,3}\s*(?:to|-|–|and)\s*\d{1,3}\s+years?\s+old\b|\b\d{1,3}\s+years?\s+old\b|"
            r"\b\d{1,3}\s*(?:to|–|and)\s*\d{1,3}[- ]year[- ]olds?\b",
            re.I,
        ),
        needs=("age", "year"),
    ),
    # an age band named as a group: "the 55 to 64 age group", "the 18-24 age bracket",
    # "in the 25 to 34 age range"; not "from 55 to 64 group sessions", "rose from 12 to 40
    # age-related offences" (no band noun after "age")
    Exclusion(
        "age-band",
        re.compile(
            rf"\b{_AGE}\s*(?:to|-|–)\s*{_AGE}\s+age[- ]?(?:group|band|bracket|range)s?\b",
            re.I,
        ),
        needs=("age",),
    ),
    # "children of 11 and 12", "suspects under 18", "a criminal record at 13", …
    *AGE_PHRASE_EXCLUSIONS,  # (:data:`.age_phrases.AGE_PHRASE_EXCLUSIONS`)
    # "Jo Bell, 45, of Leeds", "a man, 45,"; not "in Leeds, 45 people", "the highest
    # number, 912, …", "recorded the most arrests, 71," (a count noun: no name)
    Exclusion(
        "age-after-name",
        re.compile(rf"(?:\b[A-Z][\w’'-]*|\b{_PERSON_NOUNS}){NOT_A_TALLY},\s*\d{{1,3}}\s*,(?!\d)"),
        needs=(",",),
        hint=r",\s*\d{1,3}\s*,",
    ),
    # "the first half of 2023"; not "half of all reports"
    Exclusion(
        "half-of-year",
        re.compile(r"\b(?:first|second|last|latter|former)\s+half\b", re.I),
        needs=("half",),
    ),
    # "at least two-thirds of his sentence", "half of their jail term", "a third of the
    # licence": a share of a prison sentence (when release comes), not a figure; not "half
    # of the sentences handed down" (a share of many sentences), "a third of the terms"
    Exclusion(
        "share-of-a-sentence",
        re.compile(
            rf"\b(?:{_SHARE_WORDS})\s+of\s+(?:his|her|their|the|a|its)\s+"
            r"(?:(?:prison|jail|custodial|extended|whole|total|original)\s+)?"
            r"(?:sentence|term|licence|license)\b(?!\s+(?:handed|imposed|passed)\b)",
            re.I,
        ),
        needs=("sentence", "term", "licen"),
    ),
    # "only half the battle", "half of the job", "half the story": a share of an idea, said
    # of the work, not of a counted whole (:data:`HALF_IDIOM_NOUNS`); not "half of the
    # calls", "half the jobs advertised"
    Exclusion(
        "half-idiom",
        re.compile(rf"\bhalf\s+(?:of\s+)?the\s+(?:{'|'.join(HALF_IDIOM_NOUNS)})\b(?!s)", re.I),
        needs=("half",),
    ),
    # "PC 1234"; not "PCSOs made 12 visits"
    Exclusion(
        "collar-number",
        re.compile(r"\b(?:PC|DC|PS|DS|PCSO|Sgt|SC|TDC)\s+\d{2,5}\b"),
        needs=("pc", "dc", "ps", "ds", "sgt", "sc"),
    ),
    # "section 58", "case 12", "Year 9", "Group 1 to 5" (a range, not "Group 1 to 5,000")
    Exclusion(
        "reference-number",
        re.compile(
            rf"\b(?:(?:{'|'.join(map(re.escape, REFERENCE_WORDS))})\s+\d+\b"
            r"(?:\s*(?:to|-|–)\s*\d{1,2}\b(?![,.]?\d))?"
            rf"|{_SCHOOL_YEAR}\s+{_SCHOOL_YEAR_NUMBER})",
            re.I,
        ),
        hint=rf"(?:{trie((*REFERENCE_WORDS, 'year'))})\s+\d",
        led=True,
    ),
    # "category two calls", "category two and three calls", "phase one of the scheme": a
    # label numbered in words; not "the level two years ago" (a time after it), "stage
    # two hundred" (a scale), "a level three times higher" (a multiple)
    Exclusion("reference-number-word", LABEL_NUMBER_WORDS, needs=LABEL_WORDS),
    # "the 4, 16 and 49 routes", "the 36 route" (:mod:`.route_numbers`); not "49 routes"
    Exclusion("route-number-list", ROUTE_NUMBER_LIST, needs=("route", "service", "bus", "tram")),
    Exclusion("route-number-named", ROUTE_NUMBER_NAMED, needs=("route", "service", "bus", "tram")),
    # "Operation Lantern 2 campaign", "Op Harbour 3 patrols": a number right after a
    # capitalised name that follows "Operation"/"Op" is part of the name; not "Operation
    # Sceptre, 240 knives", "during the operation 12 arrests" (no capitalised name)
    Exclusion(
        "operation-name",
        re.compile(
            r"\b(?:[Oo]peration|OPERATION|Op\.?)\s+(?:[A-Z][\w'’-]*\s+){1,3}\d{1,2}\b(?![,.]\d)"
        ),
        needs=("operation", "op"),
    ),
    # "1. Report it" at a line start; not "1.5 million"
    Exclusion("list-number", re.compile(r"^\s*\d+[.)]\s", re.M), hint=r"\d[.)]\s"),
    # "24/7", "the 1990s", "under 18s"; not "18 suspects"
    Exclusion("slash-or-decade", re.compile(r"\b\d+/\d+\b|\b\d+s\b"), hint=r"\d(?:/\d|s)"),
    Exclusion(
        "web-address", re.compile(r"https?://\S+|\S+@\S+|www\.\S+"), needs=("://", "@", "www.")
    ),
    *DURATION_EXCLUSIONS,
    # "the first three quarters of 2024", "the past two quarters", "for three quarters in a
    # row", "four consecutive quarters": quarters of a year as time; not "three quarters of
    # the victims" (a share)
    Exclusion(
        "quarters-of-a-year",
        re.compile(
            rf"\b(?:first|last|final|past|previous|next)\s+(?:{NUMBER})\s+quarters\b|"
            rf"\b(?:{NUMBER})\s+(?:(?:consecutive|successive|straight)\s+quarters\b|"
            r"quarters\s+(?:in\s+a\s+row|running)\b)",
            re.I,
        ),
        needs=("quarters",),
    ),
    Exclusion("generations-as-time", GENERATIONS_AS_TIME, needs=("generations",)),
    Exclusion(  # "the past three seasons", "four seasons in a row", "five seasons earlier"
        "seasons-as-time",
        re.compile(
            rf"\b(?:first|last|final|past|previous|next)\s+(?:{NUMBER})\s+seasons\b|\b(?:{NUMBER})"
            r"\s+(?:(?:consecutive|successive|straight)\s+seasons|seasons\s+in\s+a\s+row|"
            r"seasons\s+(?:earlier|before|ago|later))\b",
            re.I,
        ),
        needs=("seasons",),
    ),
    # "a drop of this size over one quarter is welcome", "in a single quarter": one quarter of
    # a year as time; not "over one quarter were children", "a quarter of 2,000 calls"
    Exclusion(
        "one-quarter-as-time",
        re.compile(
            r"(?<=[a-z]\s)(?<!\band\s)(?<!\bbut\s)(?<!\bwith\s)(?<!\bby\s)(?:over|across|"
            r"during|within)\s+(?:one|a\s+single)\s+quarter\b(?=\s+(?:is|was|would|will|alone)\b)|"
            r"\b(?:in|during|within|over|across)\s+a\s+single\s+quarter\b(?!\s+of\b)"
        ),
        needs=("quarter",),
    ),
    # "the quarter two report", "in quarter 3", "Q2 figures": a quarter of the year by its
    # number; not "a quarter of 2,000 calls" (a share), "three quarters"
    Exclusion(
        "quarter-number",
        re.compile(r"\bquarter\s+(?:one|two|three|four|[1-4])\b|\bQ[1-4]\b", re.I),
        needs=("quarter", "q"),
    ),
    # "two evenings a week", "three nights per month", "four Saturdays a year", "four
    # evening shifts each week": how often something opens, runs or is worked; not "two
    # evenings of patrols", "40 nights in custody", "4,000 extra shifts in 2025"
    Exclusion(
        "schedule",
        re.compile(
            rf"\b(?:{NUMBER}|one)\s+(?:(?:evening|night|morning|afternoon|weekend|(?:mon|tues|"
            r"wednes|thurs|fri|satur|sun)day)s?(?:\s+shifts?)?|(?:late|early)\s+shifts?|shifts?)"
            r"\s+(?:a|per|each|every)\s+(?:week|fortnight|month|year)\b",
            re.I,
        ),
        needs=("evening", "night", "morning", "afternoon", "weekend", "day", "shift"),
        led=True,
    ),
    # thresholds: "more than twice the legal limit", "firms employing fewer than 10 people"
    Exclusion("limit-multiple", LIMIT_MULTIPLE, needs=LIMIT_WORDS),
    Exclusion("size-band", SIZE_BAND, needs=SIZE_WORDS),
    Exclusion("value-ceiling", VALUE_CEILING, needs=("or less", "or under", "or below")),
    Exclusion("power-floor", POWER_FLOOR, needs=("or more", "or over", "or above")),
    Exclusion("conditional-floor", CONDITIONAL_FLOOR, needs=("or more", "or over", "or above")),
    Exclusion("group-size-floor", GROUP_SIZE_FLOOR, needs=("or more",)),  # "groups of two or more"
    # "the highest of the 43 forces", "one of only two regions" (``thresholds.RANKED_SET``)
    Exclusion("ranked-set", RANKED_SET, needs=RANKED_SET_NOUNS),
    # a court's order of unpaid work: "ordered to carry out 150 hours of unpaid work"
    Exclusion("sentence-hours", SENTENCE_HOURS, needs=("hours",)),
    # the size of a ranking: "among their top three concerns", "the two largest towns"
    Exclusion("count-of-superlatives", SUPERLATIVE_SET, needs=SUPERLATIVES),
    Exclusion("top-ranking", TOP_RANKING, needs=("top",)),
    # how often each one was seen: "caught three times or more", "missing more than twice"
    Exclusion("repeat-band", REPEAT_BAND, needs=("or more", "than")),
    Exclusion("repeat-threshold", REPEAT_THRESHOLD, needs=("times",)),  # "who are caught 3 times"
    # no multiple: idioms ("think twice", "look twice"), how often ("was stopped twice")
    Exclusion("think-twice", THINK_TWICE, needs=("twice",)),
    Exclusion("look-twice", LOOK_TWICE, needs=("twice",)),
    Exclusion("twice-how-often", TWICE_HOW_OFTEN, needs=("twice",)),
    Exclusion("twice-before-verb", TWICE_BEFORE_VERB, needs=("twice",)),  # "twice damaged"
    Exclusion("twice-then-clause", TWICE_THEN_CLAUSE, needs=("twice",)),  # "twice and had"
    Exclusion("within-distance", WITHIN_DISTANCE, needs=("within",)),  # "within 400m of"
    *IDIOM_EXCLUSIONS,
    # "one of the forces"; not "one in five", nor "Sixty-one of the offences" (a count)
    Exclusion("one-of", re.compile(r"(?<![\w-])one\s+of\b", re.I), needs=("one",)),
    # "our 100 per cent anonymous guarantee", "100% committed"; not "a 100% increase",
    # "100 per cent of calls"
    Exclusion(
        "slogan-percent",
        re.compile(
            r"\b100\s*(?:%|per\s?cent\b|percent\b)\s+(?!(?:of|increase|rise|jump|more|higher|up|"
            r"in|on|since|between|from|to|compared|than|above|below|over|year)\b)[a-z]{3,}\b",
            re.I,
        ),
        needs=("100",),
    ),
    # "One in five of those referred (21%)", "nine in 10 callers (91 per cent)", "over half
    # of 999 calls (52%)": a share in words restated by the percentage in brackets after
    # its noun (the percentage is the figure); not "one in five (of those referred)" nor
    # "40 in Kent (12%)" (a count, not a share). Straight before its brackets ("two-thirds
    # (67%)") the share is a restatement of the percentage (restatements.py: one
    # statistic, a mention at each wording)
    Exclusion(
        "bracketed-share",
        re.compile(
            rf"\b(?:{_SHARE_WORDS}|(?:one|two|three|four|five|six|seven|eight|nine|\d{{1,2}})\s+in"
            rf"\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}}))"
            r"(?=\s+[^()%.,;:]{1,50}?\s*\(\s*\d+(?:\.\d+)?\s*(?:%|per\s*cent)\s*\))",
            re.I,
        ),
        needs=("(",),
    ),
)
"""What is not a statistic, one named rule each (tried on every sentence with a number
that holds one of the rule's ``needs``)."""


_LEADS = LeadScanner([rule.pattern for rule in EXCLUSIONS if rule.led])
"""The one scan of every led rule's leads."""
_GATES = GateTable(EXCLUSIONS)
"""Every rule's ``needs`` and ``hint``, tried in one loop per sentence."""


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are not statistics (:data:`EXCLUSIONS`), merged, sorted;
    none inside a measured time (:func:`.measured_spans`: "an average of 94 seconds").

    A led rule's matches are read from one scan of the leads of them all, made when the
    first of them is tried (:meth:`.Scan.finditer`: the same matches as ``finditer``)."""
    folded = text.lower()
    unsure = not text.isascii() and any(trap in text for trap in CASE_TRAPS)
    spans: list[tuple[int, int]] = []
    scan: Scan | None = None
    for rule in EXCLUSIONS if unsure else _GATES.open(folded):
        if rule.led:
            scan = scan or _LEADS.scan(text)
            spans.extend(match.span() for match in scan.finditer(rule.pattern))
        else:
            spans.extend(rule.spans(text, folded))
    measured = measured_spans(text) if spans else []
    if measured:  # a measured time is a figure: no duration of it is set aside
        spans = [s for s in spans if not any(m <= s[0] and s[1] <= e for m, e in measured)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:  # one sweep: overlapping spans become one
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
