"""Service numbers that name calls, not count them: the patterns of the exclusions
``service-number`` and ``service-number-named`` (:data:`.exclusions.EXCLUSIONS`).

``service-number``: "call 101", "rang 999", "the 101 service", "a 101 call", "999 calls",
"callers to 101", "101 waiting times", "the abandonment rate for 101 calls", "the average
wait for 101 calls" (rule ``wait_for_service_calls``), "101 calls in an average of 4
minutes".

``service-number-named``: a 101 or 111 before "calls" or "callers" where no count can
stand, by what comes before it (:data:`NAMING_BEFORE`): another service number it is
paired with ("999 and 101 calls", "101 or 111 callers"), a share's denominator ("one in
six 101 calls", "nine in ten 111 callers"), or a call's fate ("abandoned 101 calls",
"unanswered 111 calls"), or a share it is the whole of ("the share of 101 callers", "a
third of 101 callers"), or a measure of them ("the number of 101 calls", "the volume of
111 calls": wordings ``the-number-of``, ``the-volume-of``); not "answered 101 calls",
"took 101 calls", "of 101 calls". The noun after it may be contacts too ("a third of 101
contacts were made online": :data:`NAMED_NOUNS`).

``service-number-described``: a service number described as a service, not counted
(:data:`DESCRIBED`): its service noun after one describing word ("the 101 non-emergency
line", "the 101 phone number", "the 999 emergency service"), or a noun of how the service
does ("999 performance", "101 abandonment rates"): :data:`SERVICE_MEASURE_NOUNS`.
"""

from __future__ import annotations

import re

from pressfacts.statistics.exclusion_rule import Exclusion

COUNTED_AFTER = r"(?!\s+(?:times|(?:more\s+|separate\s+|different\s+)?occasions)\b)"
"""Guard ``service-number-counted``: after a 101, 999 or 111 read as called or named by "on",
the noun that makes it a count of times ("called 101 times", "were called out on 101
occasions", "on 111 separate occasions"); not "call police on 101 or …"."""

COMPOUND_HEADS: tuple[str, ...] = (
    "users", "providers", "staff", "workers", "managers", "volunteers", "officers",
    "leads", "partners", "teams", "plates",
)  # fmt: skip
"""Plural nouns a service noun may stand before as a modifier, making the number before
them a count of people or things ("the 101 service users", "the 101 local service
providers", "the 101 phone line volunteers"): where one follows, the number is counted."""
COMPOUND_HEAD_AFTER = r"(?!\s+(?:" + "|".join(COMPOUND_HEADS) + r")\b)"
"""Guard ``service-noun-compound``: no noun of :data:`COMPOUND_HEADS` after the service noun."""


SERVICE_NUMBER = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dial(?:s|led|ling)?|ring(?:s|ing)?|rang|phon(?:e|es|ed|ing)|on|"
    r"or|contact)\s+(?:police\s+(?:on\s+)?)?(?:101|999|111|116\s?123)\b"
    + COUNTED_AFTER
    + r"|\b116\s?(?:000|006|111|123)\b|"
    r"\b(?:the|a|our|their|its)\s+(?:101|999|111)\s+(?:service|number|line|non-emergency)\b"
    + COMPOUND_HEAD_AFTER
    + r"|"
    r"\bnon-?\s?emergency\s+(?:number\s+)?(?:101|111)\b|(?:101|111)\s+non-?\s?emergency\b|"
    r"\b(?:101|111)\s+(?:call|caller|line|number|service)\b" + COMPOUND_HEAD_AFTER + r"|"
    r"\b(?:101|111|999)\s+(?:waiting|wait|waits|answering|answer|response)\b|"
    r"\b(?:calls?|callers?|made|reports?|put\s+through|got\s+through)\s+to\s+"
    r"(?:101|111|999)\b(?![,.]?\d)|"
    r"(?<![\d,.])\b999\s+(?:calls?|callers|emergency|demand)\b|"
    r"\b(?:101|111)\s+demand\b|"
    r"\b(?:rates?|times?|performance|figures?|targets?|standards?|waits?|waiting|average|"
    r"response)\s+(?:for|on|of)\s+"
    r"(?:101|111)\s+calls\b|"
    r"\b(?:101|111)\s+calls(?=\s+(?:with)?in\s+[^.;\d]{0,30}?[\d\s]{0,6}(?:seconds|minutes)\b)",
    re.I,
)
"""The ``service-number`` exclusion: a service number named by a verb of calling, an
article and a service noun, a noun after it, "to" before it, or the time its calls are
answered in ("101 calls in an average of 4 minutes", "101 calls within 30 seconds"); not
"101 people were arrested", "it took 101 calls", "called 101 times", "on 101 occasions"
(:data:`COUNTED_AFTER`), "rose to 101", "took 101 calls in May"."""

_SHARE_DENOMINATORS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
    "twenty", "hundred",
)  # fmt: skip
_CALL_FATES = ("abandoned", "unanswered", "dropped", "missed", "non-urgent")
_SHARE_NOUNS = ("share", "proportion", "percentage", "third", "quarter", "fifth")
"""Nouns of a part before "of" that make the 101 or 111 after them name the calls whose
share is given ("the share of 101 callers who hung up", "more than a third of 101 callers",
"the proportion of 111 calls answered"); a bare "of 101 calls" may be a count."""
_MEASURE_NOUNS = ("number", "volume")
"""Nouns of a measure after "the" and before "of" that make the 101 or 111 after them name
the calls measured ("the number of 101 calls abandoned has halved", "the volume of 111
calls"); not "a total of 101 calls" (a count) nor "a number of 101 calls" (no "the")."""
NAMING_BEFORE: tuple[tuple[str, str], ...] = (
    *(
        (f"paired-{number}-{word}", rf"\b{number}\s{word}\s")
        for number in ("101", "111", "999")
        for word in ("and", "or")
    ),
    *((f"share-{word}", rf"\bin\s{word}\s") for word in _SHARE_DENOMINATORS),
    *((f"fate-{word}", rf"\b{word}\s") for word in _CALL_FATES),
    *((f"share-of-{word}", rf"\b{word}\sof\s") for word in _SHARE_NOUNS),
    *((f"the-{word}-of", rf"\bthe\s{word}\sof\s") for word in _MEASURE_NOUNS),
)
"""Named wordings before a 101 or 111 that make it name its calls: another service number
it is paired with, a share's denominator ("one in six"), a call's fate ("abandoned"), a
part's noun before "of" ("the share of", "a third of"), a measure's noun after "the" and
before "of" ("the number of")."""

NAMED_NOUNS: tuple[str, ...] = ("calls?", "callers?", "contacts?")
"""Nouns after a 101 or 111 that a :data:`NAMING_BEFORE` wording makes name the service's
traffic: calls, callers, contacts ("more than a third of 101 contacts were made online")."""

_PAIRED_AFTER = r"(?=\s(?:and|or)\s(?:101|111|999)\s(?:" + "|".join(NAMED_NOUNS) + r")\b)"
"""The first of a pair of service numbers before a noun of :data:`NAMED_NOUNS` ("999 and
101 calls", "999 and 101 contacts")."""
NAMED_CALLS = re.compile(
    "(?:"
    + "|".join(f"(?<={wording})" for _, wording in NAMING_BEFORE)
    + r")(?:101|111)(?=\s(?:"
    + "|".join(NAMED_NOUNS)
    + r")\b)|"
    + rf"\b(?:101|111|999){_PAIRED_AFTER}",
    re.I,
)
"""The ``service-number-named`` exclusion: a 101 or 111 before calls after a wording of
:data:`NAMING_BEFORE`, or the first of a pair of service numbers before calls."""

SERVICE_MEASURE_NOUNS: tuple[str, ...] = ("performance", "abandonment", "handling")
"""Nouns right after a 101, 111 or 999 that say how the service does, so the number names
the service ("999 performance had improved", "101 abandonment rates", "999 handling");
each singular and uncountable, so no count stands before it."""

_SERVICE_NOUNS = r"(?:service|number|line)"
DESCRIBED = re.compile(
    r"\b(?:the|a|our|their|its)\s+(?:101|999|111)\s+[a-z][a-z-]*\s+"
    + _SERVICE_NOUNS
    + r"\b"
    + COMPOUND_HEAD_AFTER
    + r"|\b(?:101|111|999)\s+(?:"
    + "|".join(SERVICE_MEASURE_NOUNS)
    + r")\b",
    re.I,
)
"""The ``service-number-described`` exclusion: an article, the number, one describing word
and a service noun ("the 101 non-emergancy line", typo and all; "our 999 emergency
service"), or the number before a noun of :data:`SERVICE_MEASURE_NOUNS`; not "the 101
new officers" (no service noun), "the 101 local service providers" (a count: a noun of
:data:`COMPOUND_HEADS` after the service noun)."""

SERVICE_EXCLUSIONS: tuple[Exclusion, ...] = (
    # "call 101", "a 101 call", "999 calls" (:data:`SERVICE_NUMBER`)
    Exclusion("service-number", SERVICE_NUMBER, needs=("101", "999", "111", "116")),
    # "999 and 101 calls", "one in six 101 calls" (:data:`NAMED_CALLS`)
    Exclusion("service-number-named", NAMED_CALLS, needs=("101", "111")),
    # "the 101 non-emergency line", "999 performance" (:data:`DESCRIBED`)
    Exclusion("service-number-described", DESCRIBED, needs=("101", "999", "111")),
)
"""The service-number exclusions of :data:`pressfacts.statistics.exclusions.EXCLUSIONS`."""
