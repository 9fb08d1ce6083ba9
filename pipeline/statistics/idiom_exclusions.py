"""Numbers said in an idiom or a turn of speech, no tally: named exclusions of
:data:`pressfacts.statistics.exclusions.EXCLUSIONS`, kept here by their job.

"Behind every stabbing there are two families", "for three reasons", "on two wheels",
"we would rather test a hundred drinks than miss one": the number is part of what is said,
not a count the release reports; nor is a part of a code or number it quotes ("the last
four digits of the account").
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.exclusion_rule import Exclusion

__all__ = ["IDIOM_EXCLUSIONS"]

IDIOM_EXCLUSIONS: tuple[Exclusion, ...] = (
    # "Behind every stabbing there are two families": a count said of every one of a
    # kind, no tally; not "For every £1 spent there is £4 saved" (a return on money)
    Exclusion(
        "every-one-there-are",
        re.compile(
            r"\b(?:behind|for|in|with)\s+every\s+(?![£\d])[a-z][^.;:\d£]{0,60}?\bthere\s+"
            rf"(?:is|are|were|was|will\s+be)\s+(?:at\s+least\s+)?(?:\d+|{WORD_NUMBER})\b",
            re.I,
        ),
        needs=("every",),
    ),
    # "Those two things are not in conflict", "in three ways", "for two reasons": a few
    # ideas in speech, no tally; not "two knives", "12 ways in" (digits: a count)
    Exclusion(
        "abstract-count",
        re.compile(r"\b(?:two|three|four|five)\s+(?:things|ways|reasons|sides)\b", re.I),
        needs=("things", "ways", "reasons", "sides"),
    ),
    # "asking them to remember a dozen details", "a hundred questions", "a thousand
    # reasons": a round number of ideas in speech, no tally; not "a dozen officers" (a
    # count of people), "12 details" (digits: a count)
    Exclusion(
        "round-abstract-count",
        re.compile(
            r"\b(?:(?:half\s+)?a|one)\s+(?:dozen|hundred|thousand|million)\s+(?:different\s+)?"
            r"(?:details|things|questions|reasons|ways|ideas|excuses|worries|thoughts)\b",
            re.I,
        ),
        needs=("dozen", "hundred", "thousand", "million"),
    ),
    # "thefts by riders on two wheels", "life on four wheels": a way of travelling, no
    # tally; not "stole four wheels from a van" (no "on"), nor "on 12 wheels" (digits)
    Exclusion(
        "on-two-wheels",
        re.compile(r"\bon\s+(?:two|four)\s+wheels\b", re.I),
        needs=("wheels",),
    ),
    # "drive a hundred miles overnight", "a million miles away": a long way said round, no
    # measured distance (rule ``a-round-distance``); not "100 miles", "one hundred miles",
    # "more than a hundred miles" (qualified), "a thousand miles of roads" (an extent)
    Exclusion(
        "a-round-distance",
        re.compile(
            r"(?<!than\s)(?<!over\s)(?<!nearly\s)(?<!almost\s)(?<!about\s)(?<!around\s)"
            r"(?<!some\s)\ba\s+(?:hundred|thousand|million)\s+miles\b(?!\s+of\b)",
            re.I,
        ),
        needs=("miles",),
    ),
    # "We would rather test a hundred drinks than miss one", "I'd sooner see 50 cars
    # seized than …": a figure in a preference, no tally; not "tested 100 drinks rather
    # than 50" (a count, with no "would")
    Exclusion(
        "would-rather-than",
        re.compile(
            r"\b(?:would|['’]d)\s+(?:rather|sooner)\s+[a-z]+\s+(?:(?:away|back|off|out|up|down)\s+)?"
            r"(?:(?:a|one)\s+)?(?:\d[\d,]*|"
            rf"{WORD_NUMBER}|hundred|thousand|dozen)\b(?=[^.;:!?]{{0,80}}\bthan\b)",
            re.I,
        ),
        needs=("rather", "sooner"),
    ),
    # "They were being exploited twice over, at work and at home", "paid for it twice over.":
    # in two ways, or once more, no multiple; not "twice over the limit" (a level after it)
    Exclusion(
        "twice-over",
        re.compile(
            r"\btwice\s+over\b(?=\s*(?:[,.;:!?)\"”’]|[-–—]|$)|\s+(?:and|but|as|at|in|by|for|"
            r"because|when|with|again)\b)",
            re.I,
        ),
        needs=("twice over",),
    ),
    # "One quarter is not a trend", "a single month doesn't make a trend", "two good years
    # do not make a trend": a stretch of time said to be too short to judge by, no
    # proportion or count; not "a quarter of reports is not …" (a share, with "of")
    Exclusion(
        "not-a-trend",
        re.compile(
            r"\b(?:one|a(?:\s+single)?|two|three)\s+(?:(?:good|bad|poor|strong)\s+)?"
            r"(?:quarters?|months?|weeks?|years?|days?)(?:['’]s\s+figures)?\s+"
            r"(?:is|are|does|do)(?:\s+not|n['’]t)\s+(?:make\s+)?a\s+trend\b",
            re.I,
        ),
        needs=("trend",),
    ),
    # "drivers committing fatal four offences", "the Fatal 5", "so-called fatal four": the
    # name of the group of driving offences roads policing targets (speeding, drink or drug
    # driving, seatbelts, phones), no tally (rule ``fatal-four-name``); not "four fatal
    # crashes" (a count before the adjective), "a fatal four-car collision" (a compound)
    Exclusion(
        "fatal-four-name",
        re.compile(r"\bfatal\s+(?:four|five|4|5)\b(?![-‐–])", re.I),
        needs=("fatal",),
    ),
    # "the last four digits of the account", "the first two letters of the postcode": a
    # part of a number or code the text quotes, no tally (rule ``digits-of-a-code``); not
    # "the last four reports" (a count), "four digital officers", "the last 12 months"
    Exclusion(
        "digits-of-a-code",
        re.compile(
            r"\b(?:last|first|final|middle)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|"
            r"nine|ten)\s+(?:digits|characters|letters|numbers\s+of)\b",
            re.I,
        ),
        needs=("digits", "characters", "letters", "numbers of"),
    ),
    # "a double blow", "the double murder", "a double-edged sword": "double" as an
    # adjective after an article is a kind of thing, no multiple (rule
    # ``article-double-noun``); not "almost double the number", "a rise, double that of
    # 2024" (a multiple of a yardstick), "doubled" (a verb)
    Exclusion(
        "article-double-noun",
        re.compile(
            r"\b(?:a|the)\s+double(?:\s+|-)(?!(?:the|that|those|this|these|its|their|what|"
            r"last|in|on|from|since|to|for|of|and|or)\b)[a-z]",
            re.I,
        ),
        needs=("double",),
    ),
    # "The 12 Scams of Christmas campaign", "the Twelve Frauds of Christmas", "the 7 Days
    # of Action": a number opening the capitalised name of a campaign or event after
    # "the", no tally (rule ``numbered-title-name``); not "the 12 scams of the year" (lower
    # case: a count), "arrested 31 people during the 5 Days of Action" (the count outside)
    Exclusion(
        "numbered-title-name",
        re.compile(
            rf"\b[Tt]he\s+(?:\d{{1,3}}|(?i:{WORD_NUMBER}))\s+[A-Z][a-z]+s\s+of\s+"
            r"(?:the\s+)?[A-Z][a-z]"
        ),
        hint=rf"\bthe\s+(?:\d|{WORD_NUMBER})",
    ),
)
"""The idiom exclusions, tried among the others."""
