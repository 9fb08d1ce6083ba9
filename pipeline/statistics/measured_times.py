"""Measured times: an average or a reported time is a figure, a window is not.

The ``duration`` exclusion sets aside "six months", "10 seconds", "15 minutes": most
times in a release are spans or thresholds ("within 10 seconds", "within 15 minutes in
towns"). A time a release reports as measured is a statistic, in the named shapes of
:data:`MEASURED_TIMES`:

- ``minutes-and-seconds``: "nine minutes and 14 seconds" (one value, in seconds: 554),
  wherever it stands, but not after a threshold word ("within two minutes and 30
  seconds");
- ``average-time``: a single time right after an average's or a median's wording ("an
  average of 94 seconds", "an average of 174 days to finalise", "the median was 74 working
  days", "took an average of 24 minutes", "the average time to answer one was six
  seconds", "averaged 40 seconds", "an average answer time of six seconds");
- ``average-time-fall``, ``average-time-rise``: a time an average fell or rose by ("the
  average number of days from report to charge fell by more than 100 days": a decrease
  of 100 days);
- ``time-change``: a time a response got faster or slower by ("more than two minutes
  faster than last year": a decrease of 2 minutes);
- ``delay-total``: a total of time lost, after delay's wording ("delays totalled more than
  190,000 minutes", "caused 4,300 hours of delay": :data:`_TOTAL_BEFORE`,
  :data:`_TOTAL_AFTER`).

A time of minutes then seconds without "and" ("two minutes 40 seconds") is not read:
one held-out gold (``tests/heldout10``) calls it a duration.
:func:`measured_spans` gives the spans, which the exclusions do not set aside, and
:func:`read_measured` the (value, unit, change) of one, for the ``measured-time`` figure
rule of :mod:`pressfacts.statistics.figures`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressfacts.lexicon.number_words import NUMBER, WORD_NUMBER, parse_number

SCALE_AFTER = r"(?:per|million|billion|thousand|bn)"
"""Words after a decimal that make it a rate or a scaled count, never a time of day: "1.32
per 1,000", "1.14 million incidents", "2.45 billion"."""
TIME_OF_DAY = re.compile(
    rf"(?<![£$€])\b(?!0\.)\d{{1,2}}[:.]\d{{2}}(?!\s*{SCALE_AFTER}\b)\s*(?:am|pm)?\b|"
    r"\b\d{1,2}\s?(?:am|pm)\b",
    re.I,
)
"""A time of day, "10:30", "10.30pm", "9am" (the exclusion ``time-of-day``); not "£3.40"
(money), nor a decimal a time is never written as: "0.32" (one nought before the point),
"1.32 per 1,000" (a rate), "1.14 million" (a scaled count: :data:`SCALE_AFTER`)."""

_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])"
_DAY_PART = r"(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
CLOCK_HOUR = re.compile(
    rf"\b{_HOUR}\s+o['’]clock\b|"
    rf"\b(?:at|until|till|after|before|from|to|by|past)\s+{_HOUR}\s+{_DAY_PART}\b|"
    rf"\bbetween\s+(?:midnight|midday|noon|{_HOUR})\s+and\s+{_HOUR}\s+{_DAY_PART}\b",
    re.I,
)
"""An hour of the clock in words or digits with a part of the day or "o'clock" after it
and a word of time before it (the exclusion ``clock-hour``): "between midnight and six in
the morning", "until ten at night", "six o'clock"; not "officers arrested six in the
morning" (a count: no word of time before it)."""
OPENING_HOURS = re.compile(
    r"\b(?:open|opens|opened|staffed|manned|available|answered|runs?|from)\s+"
    rf"{_HOUR}\s*(?:am|pm)?\s+(?:till|until|til|['’]til)\s+(?:midnight\b|late\b|{_HOUR}\b"
    r"(?!\s*(?:[,.]\d|per\s*cent|%|more\b|an?\s+(?:day|week|month|year)\b|each\b|every\b)))",
    re.I,
)
"""Opening hours, an hour of the clock "till" another after a word of opening (the exclusion
``opening-hours``): "the advice line is open eight till seven", "staffed 9 till 5", "from ten
until late"; not "rose from 8 till 11 per cent" (a share), "from 9 until 12 a day" (a rate),
"held 3 until 10 more arrived" (no word of opening), "from 40 until 55" (no hour)."""

_TIME_UNIT = r"(?P<unit>minutes?|seconds?|hours?)"
_AVERAGE_UNIT = r"(?P<unit>minutes?|seconds?|hours?|(?:working\s+)?days?|weeks?|months?)"
"""The units an average's time may take: a call's seconds, or a case's days, working days,
weeks or months ("complaints took an average of 174 days to finalise")."""
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:within|(?<!just\s)(?<!well\s)under|in\s+less\s+than|less\s+than|no\s+more\s+than|"
    r"target\s+of|up\s+to)"
    r"\s+$",
    re.I,
)
"""Words a time is a threshold after ("within two minutes and 30 seconds")."""
TO_LEVEL = (
    r"(?:fell|rose|dropped|came\s+down|went\s+up|"
    r"(?:has|have|had)\s+(?:fallen|risen|dropped|come\s+down|gone\s+up))\s+to"
)
"""A measure's move to its new level, past or perfect ("fell to", "has risen to"): the
figure after it is the measure's own level."""
MOVED_TO_LEVEL = TO_LEVEL[: -len(r"\s+to")] + r"(?:\s+[a-z]+ly)?,?\s+to"
""":data:`TO_LEVEL` with an adverb and a comma allowed before "to" ("rose sharply, to",
"has fallen steadily to"): the level an average moved to (``place_wording.AN_AVERAGE``)."""
_FROM_LEVEL = (
    r"(?:fell|rose|dropped|came\s+down|went\s+up|was\s+(?:cut|reduced)|"
    r"(?:has|have|had)\s+(?:fallen|risen|dropped|come\s+down|gone\s+up|been\s+(?:cut|reduced)))"
    r"\s+from"
)
"""A measure's move from its old level: "fell from", "has come down from"."""
_TIME_WORD = r"(?:minutes?|seconds?|hours?|(?:working\s+)?days?|weeks?|months?)\b"
_NOT_SERVICE = r"(?!(?:101|111|999)\b)"
"""Before a digit in an average's wording: not a service number, which names the calls
averaged ("the average answer time for 101 calls fell to")."""
_LEVEL_QUALIFIER = (
    r"(?:(?:(?:just|well)\s+(?:under|over)|around|about|nearly|almost|more\s+than|over)\s+)?"
)
"""A qualifier before a level of an average's move ("from more than six minutes")."""
_LEVEL_PERIOD = r"(?:\s+(?:in|during|for|over)\s+[^.;,\d]{1,30}?)?"
"""A period between an average's new level and "from" its old one ("fell to 4.2 minutes in
January, from 11.5 minutes a year earlier"; rule ``average-time``, wording
``level-period-from``); a phrase of words only, no figure."""
_AVERAGE_BEFORE = re.compile(
    r"\b(?:average[sd]?|median)(?:\s+(?!within\b|under\b|than\b)[\w'’-]+){0,8}?\s+"
    rf"(?:of|was|were|is|at)\s+{_LEVEL_QUALIFIER}$|"
    rf"\b(?:average[sd]?|median)(?:\s+(?!within\b|under\b|than\b|{_NOT_SERVICE}\d)[\w'’-]+){{0,14}}?"
    rf"\s+(?:{TO_LEVEL}|"
    r"(?:reached|finali[sz]ed|completed|concluded|closed|resolved)(?:\s+[\w'’-]+){0,2}?\s+in)\s+$|"
    r"\baveraged\s+(?:just\s+|only\s+)?$|"
    r"\bon\s+average,?\s+(?:[\w'’-]+\s+){1,6}?(?:took|waited|spent|needed)\s+$|"
    r"\b(?:average|median)\b[^.;]*;\s+(?:[\w'’-]+\s+){0,6}?(?:it|this|that)\s+"
    rf"(?:was|is|{TO_LEVEL})\s+$|"
    r"\b(?:average[sd]?|median)\b[^.;]*?\b(?:compared\s+with|down\s+from|up\s+from|against)\s+$|"
    rf"\b(?:average[sd]?|median)\b[^.;]*?\s{TO_LEVEL}\s+{_LEVEL_QUALIFIER}(?:{NUMBER})\s+{_TIME_WORD}"
    rf"{_LEVEL_PERIOD},?\s+from\s+{_LEVEL_QUALIFIER}$|"
    rf"\b(?:average[sd]?|median)(?:\s+(?!within\b|under\b|than\b)[\w'’-]+){{0,14}}?\s+"
    rf"{_FROM_LEVEL}\s+$|"
    rf"\b(?:average[sd]?|median)\b[^.;]*?\s{_FROM_LEVEL}\s+(?:{NUMBER})\s+{_TIME_WORD}[^.;]{{0,40}}?"
    r"\bto\s+(?:(?:just|well)\s+(?:under|over)\s+|(?:around|about|nearly|almost|more\s+than)\s+)?$|"
    rf"\b(?:average[sd]?|median)\b[^.;]*?(?:\d|\b{WORD_NUMBER})\s+{_TIME_WORD}"
    r"[^.;\d]{0,40}?(?:,\s+and|\s+and|,|\s+while|\s+but)\s+$",
    re.I,
)
"""An average's (or a median's) wording right before a time: "an average of", "the average
time to answer a call was", "the average time to finalise one fell to", "the average case
reached a hearing in" (no count between: not "an average of 20 calls in 12 months";
up to 14 words: "the average wait from charge to the end of a trial in X rose to"),
"averaged", a qualifier after the average's verb or "of" ("an average of just under nine
minutes", "the average wait was more than 20 minutes": wording ``qualified-level``), an
opening "On average," and its subject's verb of time ("On average,
forces took"), the average carried on after a semicolon by "it"/"this"/"that" ("the median
wait was six days; in the spring it was"), an average stated before the time's comparison ("an
average of 94 seconds, compared with 241 seconds"), an average's move from one time to
another ("the average wait fell from [14 minutes] in 2024/25 to just under [seven
minutes]", "fell to 4.2 minutes in January, from [11.5 minutes]": :data:`_LEVEL_PERIOD`),
or the next time of an average's list ("an average of 11 minutes in towns and
16 minutes in rural areas"); not "an average of 300 calls within" (a threshold after a
count)."""
_TOTAL_BEFORE = re.compile(
    r"\bdelays?\b[^.;]{0,80}?\b(?:totall?ed|amounted\s+to|came\s+to|reached|of)\s+"
    r"(?:(?:more\s+than|over|almost|nearly|around|about|some|just\s+under)\s+)?$",
    re.I,
)
"""Delay's wording right before a time lost: "delays totalled (more than)", "delays of";
not "delayed by" (no total), "within" (a threshold)."""
_TOTAL_AFTER = re.compile(r"\s+of\s+(?:delays?|disruption)\b", re.I)
"""After a time lost: "4,300 hours of delay", "900 minutes of disruption"."""
_FASTER = {"faster": "decrease", "quicker": "decrease", "shorter": "decrease"}
_SLOWER = {"slower": "increase", "longer": "increase"}


@dataclass(frozen=True)
class MeasuredTime:
    """A named shape of measured time: its pattern and whether it needs an average's
    wording before it."""

    name: str
    pattern: re.Pattern[str]
    after_average: bool = False
    total: bool = False
    """A time lost: delay's wording before it (:data:`_TOTAL_BEFORE`) or after it
    (:data:`_TOTAL_AFTER`)."""
    before: re.Pattern[str] | None = None
    """Words that must end right before the time (a change's wording), when set."""
    change: str | None = None
    """The change the time is, when its wording before tells it."""
    needs: str = ""
    """A word (lower case) a sentence must hold for the shape to be tried there."""


_AVERAGE_SUBJECT = (
    r"\b(?:average[sd]?|median)(?:\s+(?!within\b|under\b|than\b|by\b)[\w'’-]+){0,14}?\s+"
)
"""An average's (or a median's) wording up to 14 words before its verb of change."""
_BY_QUALIFIER = (
    r"(?:(?:more\s+than|over|nearly|almost|around|about|some|just\s+(?:under|over))\s+)?"
)
AVERAGE_FELL_BY = re.compile(
    _AVERAGE_SUBJECT
    + r"(?:fell|dropped|decreased|came\s+down|shortened|(?:was|were)\s+(?:cut|reduced|shortened)|"
    r"(?:has|have|had)\s+(?:fallen|dropped|decreased|come\s+down|shortened|been\s+(?:cut|reduced|shortened)))"
    r"(?:\s+[a-z]+ly)?\s+by\s+" + _BY_QUALIFIER + "$",
    re.I,
)
"""Rule ``average-time-fall``: an average's wording, a verb of falling and "by" right
before a time ("the average number of days from report to charge fell by more than 100
days", "the median wait has come down by six weeks", "waiting times were reduced by four
weeks", "shortened by 20 days"): the time is the average's decrease,
a figure, not a duration; not "fell by" with no average before it ("arrests fell by half
in three months"), nor "within" a time (a threshold)."""
AVERAGE_ROSE_BY = re.compile(
    _AVERAGE_SUBJECT + r"(?:rose|increased|grew|went\s+up|lengthened|"
    r"(?:has|have|had)\s+(?:risen|increased|grown|gone\s+up|lengthened))"
    r"(?:\s+[a-z]+ly)?\s+by\s+" + _BY_QUALIFIER + "$",
    re.I,
)
"""Rule ``average-time-rise``: as :data:`AVERAGE_FELL_BY`, with a verb of rising ("the
average wait for a first hearing rose by 23 days"): the average's increase."""

_AVERAGE_TIME = re.compile(rf"(?<![\w£.,-])(?P<num>{NUMBER})\s+{_AVERAGE_UNIT}\b", re.I)
"""A time in an average's units ("47 days", "six weeks"), which the rules of a change told
before it (``average-time-fall``, ``average-time-rise``, ``time-improvement``) share."""

MEASURED_TIMES: tuple[MeasuredTime, ...] = (
    MeasuredTime(
        "average-time-fall",
        _AVERAGE_TIME,
        before=AVERAGE_FELL_BY,
        change="decrease",
    ),
    MeasuredTime(
        "average-time-rise",
        _AVERAGE_TIME,
        before=AVERAGE_ROSE_BY,
        change="increase",
    ),
    MeasuredTime(
        "time-improvement",
        _AVERAGE_TIME,
        before=re.compile(
            r"\ban\s+improvement\s+of\s+(?:(?:nearly|almost|around|about)\s+)?$", re.I
        ),
        change="decrease",
        needs="improvement",
    ),
    MeasuredTime(
        "minutes-and-seconds",
        re.compile(
            rf"(?<![\w£.,-])(?P<min>one|{NUMBER})\s+minutes?,?\s+and\s+(?P<sec>one|{NUMBER})\s+seconds?\b",
            re.I,
        ),
    ),
    MeasuredTime(
        "average-time",
        re.compile(
            rf"(?<![\w£.,-])(?P<num>{NUMBER})\s+{_AVERAGE_UNIT}\b(?!,?\s+(?:and\s+)?{NUMBER}\s+seconds?\b)",
            re.I,
        ),
        after_average=True,
    ),
    MeasuredTime(
        "delay-total",
        re.compile(rf"(?<![\w£.,-])(?P<num>{NUMBER})\s+{_TIME_UNIT}\b", re.I),
        total=True,
    ),
    MeasuredTime(
        "time-change",
        re.compile(
            rf"(?<![\w£.,-])(?P<num>{NUMBER})\s+{_TIME_UNIT}\s+"
            rf"(?P<way>{'|'.join((*_FASTER, *_SLOWER))})\b",
            re.I,
        ),
    ),
)
"""The shapes of measured time, tried in this order (a span taken is not read again)."""
_NEEDS = ("minute", "second", "hour", "day", "week", "month")


AVERAGE_REACH = 200
"""How far before a time (in characters) its average's wording may stand."""


def _applies(shape: MeasuredTime, text: str, start: int) -> bool:
    before = text[max(0, start - AVERAGE_REACH) : start]
    if _THRESHOLD_BEFORE.search(before):
        return False
    if shape.before is not None:
        return shape.before.search(before) is not None
    if shape.total:
        found = shape.pattern.match(text, start)
        after = found is not None and _TOTAL_AFTER.match(text, found.end()) is not None
        return after or _TOTAL_BEFORE.search(before) is not None
    return not shape.after_average or _AVERAGE_BEFORE.search(before) is not None


def measured_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every measured time in ``text`` (a sentence), sorted."""
    folded = text.lower()
    if not any(need in folded for need in _NEEDS):
        return []
    spans: list[tuple[int, int]] = []
    for shape in MEASURED_TIMES:
        if shape.needs not in folded:
            continue  # its word is not in the sentence: no match can apply
        for match in shape.pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in spans):
                continue
            if _applies(shape, text, start):
                spans.append((start, end))
    return sorted(spans)


MEASURED_PATTERN = re.compile(
    rf"(?<![\w£.,-])(?:one\s+minute,?\s+and\s+(?:one|{NUMBER})\s+seconds?\b|"
    rf"{NUMBER}\s+(?:minutes?,?\s+and\s+(?:one|{NUMBER})\s+seconds?\b|"
    rf"(?:minutes?|seconds?|hours?)\b(?:\s+(?:{'|'.join((*_FASTER, *_SLOWER))})\b)?|"
    rf"(?:(?:working\s+)?days?|weeks?|months?)\b))",
    re.I,
)
"""Where a measured time may stand, whichever its shape: the figure rule's pattern (its
reader, :func:`read_measured`, tells the shapes apart and checks the words before)."""


def read_measured(match: re.Match[str]) -> tuple[float | None, str, str | None]:
    """(value, unit, change) of the measured time ``match`` spans in ``match.string``:
    the first shape of :data:`MEASURED_TIMES` that spans the same text and applies
    there; value None when none does (a threshold, "two minutes 40 seconds", or a single
    time with no average's wording before it)."""
    text, start = match.string, match.start()
    for shape in MEASURED_TIMES:
        found = shape.pattern.match(text, start)
        if found is None or found.end() != match.end() or not _applies(shape, text, start):
            continue
        groups = found.groupdict()
        if groups.get("min") is not None:
            minutes, seconds = parse_number(groups["min"]), parse_number(groups["sec"])
            if minutes is None or seconds is None:
                return None, "", None
            return minutes * 60 + seconds, "seconds", None
        unit = " ".join(groups["unit"].lower().split()).rstrip("s") + "s"
        way = (groups.get("way") or "").lower()
        change = _FASTER.get(way) or _SLOWER.get(way) or shape.change
        return parse_number(groups["num"]), unit, change
    return None, "", None
