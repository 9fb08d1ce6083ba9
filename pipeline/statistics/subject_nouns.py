"""The plural noun a sentence opens on, which a count with no noun of its own counts.

"Reports rose from 120 to 410", "In May, burglaries rose by 40", "Dorset Police said thefts
had doubled since 2023, with 61 reported in Poole alone": the count has no noun after it,
and the sentence's subject, joined to a change verb, is what it counts. The unit rule
``subject-noun`` (:data:`pressfacts.statistics.units.UNIT_RULES`) gives it, read once per
sentence (:meth:`~pressfacts.statistics.reading_state.SentenceReading.subject`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_LEAD_IN = (
    r"(?:(?:in|across|during|over|at|within|throughout|between|since|last|this)\s+"
    r"[^,;:]{1,40},\s*)?"
)
"""A short opening before the subject ("In Swansea, ", "During May, ", "Last year, ")."""
REPORTING_THAT = ("reported", "warned", "stated", "confirmed", "announced", "estimated")
"""Rule ``reporting_verb_that``: verbs of reporting that open reported speech only with
"that" after them ("The trade body reported that incidents reached 2,000 a day"); without
it the verb may take the count's noun as its object ("Shops reported thefts of …")."""
REPORTED = (
    r"(?:[^;:\"“”]{1,100}?\s(?:(?:said|says|told\s+[\w\s]{1,30}?|added|explained|revealed)"
    rf"\s+(?:that\s+)?|(?:{'|'.join(REPORTING_THAT)})\s+that\s+)(?:the\s+)?(?:number\s+of\s+)?)?"
)
"""An optional speaker and verb of saying before reported speech ("Sgt Jo Bell, of the
rural crime team, said thefts had fallen to …"): the reported clause's subject is the
counted noun, as in the sentence without its speaker (reported figures are statistics)."""
_ALSO = r"(?:\s+(?:also|then|meanwhile|too|again|likewise|however))?"
"""An adverb between a subject and its change verb: "Serious injuries also fell"."""
_WHERE = (
    r"(?:\s+(?:in|across|on|within|throughout)\s+(?:the\s+)?(?:[A-Za-z’'-]+\s+){0,2}?"
    r"(?:county|city|borough|district|region|force\s+area|area|town|country|[A-Z][\w’'-]+))?"
)
"""Where the modified subject is counted, between it and its verb: "Residential burglaries
in the county have fallen", "Vehicle thefts across West Yorkshire rose"."""
PEAK_VERBS = ("peaked", "soared", "surged", "spiked")
"""Verbs of a high point or a sharp rise that a subject opens on, as a change verb does
(rule ``subject_peak_verb``): "Reports peaked over the summer, with 41 in July and 38 in
August": the counts after "with" count the reports."""
_PEAK = "|".join(PEAK_VERBS)
BUCKED_TREND = (
    r"(?:bucked|defied|went\s+against|broke)\s+(?:the|this|that)\s+(?:[a-z]+\s+){0,2}?trend,"
)
"""Rule ``subject_bucked_trend``: a subject that "bucked the trend" (defied, went against or
broke it, a modifier or two before "trend": "the national trend"), then the change or level
after the comma, as a change verb tells it ("Violent offences bucked the trend, rising to
412 from 366", "Shop thefts defied the wider trend, climbing by 9% to 1,020"): the counts
count the subject. Not "Leeds bucked the trend" (no plural noun), "bucked the trend with
40 arrests" (a noun of its own, read first), "followed the trend" (no change told)."""
_WAS_UP = r"(?:was|were|is|are)\s+(?:up|down)"
"""A copula and "up"/"down" as a change verb (rule ``subject_was_up``): "In Kent,
burglaries were up 6% to 127" counts the burglaries, as "burglaries rose 6% to 127" does."""
PARTICIPLE_ASIDE = (
    r"(?:,\s*(?:[a-z]+ed|made|taken|sent|seen|given|held|done|run)\s+(?:by|under|to|in|from|"
    r"through|via|at|on|over|during)\s+[^,;:\"“”\d]{1,60}?,)?"
)
"""Rule ``subject_participle_aside``: a participle phrase in commas between the subject and
its change verb ("The calls, made under the Banking Protocol, were up from 71", "Reports,
passed to police by schools, rose to 90"): the subject still counts the figure; not a
number inside the aside ("Reports, made in 40 towns, …": its own figure)."""
SEEN_VERBS = ("saw", "see", "sees", "seen", "seeing")
"""Rule ``subject_seen_change``: verbs of seeing whose object is the counted noun, between
a short opening with its own subject and the noun ("We saw reports fall, down to 87 from
104", "Between April and June the force has seen burglaries drop from 140 to 96"): the
noun is what the counts count, as in "Reports fell …"."""
SEEN_CHANGE_VERBS = (
    "fall", "rise", "drop", "increase", "decrease", "grow", "climb", "jump", "go up",
    "go down", "double", "halve", "soar", "dip", "decline",
)  # fmt: skip
"""The bare change verbs after a seen noun (rule ``subject_seen_change``): "saw thefts
fall", "has seen calls go up"."""
QUOTE_OPENING = r"(?:[^;\"“”]{1,100}?\s(?:said|says|added|explained|warned)\s*[:,]\s*[\"“]\s*)?"
"""Rule ``quoted_subject``: a speaker, a verb of saying and the opening quote mark before
a quoted sentence ("Insp Jo Bell said: \"Reports fell, down to 87 from 104.\""), whose
subject, joined to a change verb, is what its counts count, as in the sentence unquoted."""
_CHANGE_VERB = (
    r"(?:rose|risen|fell|fallen|increased|decreased|dropped|grew|grown|climbed|jumped|"
    rf"{_PEAK}|{_WAS_UP}|went\s+(?:up|down))\b"
)
_QUOTED = (
    rf"\s*{QUOTE_OPENING}{_LEAD_IN}(?:the\s+)?(?:[A-Za-z-]+\s+){{0,2}}?(?P<quoted>[A-Za-z]+s)"
    rf"{_WHERE}{_ALSO}\s+(?:have\s+|has\s+)?{_CHANGE_VERB}"
)
"""A quoted sentence's subject and its change verb (rule ``quoted_subject``)."""
_SEEN = (
    rf"\s*{QUOTE_OPENING}(?:[\w’'-]+\s+){{1,10}}?(?:have\s+|has\s+|had\s+)?(?:"
    + "|".join(SEEN_VERBS)
    + r")\s+(?:the\s+)?(?:number\s+of\s+)?(?:[A-Za-z-]+\s+){0,2}?(?P<seen>[A-Za-z]+s)\b"
    + r"(?:\s+(?:of|to|in|from|for|on)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}?)?\s+(?:"
    + "|".join(v.replace(" ", r"\s+") for v in SEEN_CHANGE_VERBS)
    + r")\b"
)
"""An opening of up to ten words with its own subject, a verb of seeing, the counted noun
(up to two modifiers, a short phrase after it) and a bare change verb."""
CHANGE_NOUNS = ("rise", "increase", "jump", "fall", "drop", "decrease", "reduction", "decline")
"""Nouns of a change a sentence states before what changed (rule ``subject_change_in``)."""
_CHANGE_IN = (
    rf"\s*{_LEAD_IN}(?:[\w’'-]+\s+){{0,6}}?(?:was|has\s+been|had\s+been|saw|recorded|showed)\s+"
    rf"an?\s+(?:[\w.%-]+\s+){{0,3}}?(?:{'|'.join(CHANGE_NOUNS)})\s+in\s+(?:the\s+number\s+of\s+)?"
    r"(?:[A-Za-z-]+\s+){0,2}?(?P<changed>[A-Za-z]+s|people|children)\b"
)
"""Rule ``subject_change_in``: a sentence opening on a change in a plural noun ("There was a
40% rise in catalytic converter thefts, up 112 on 2024", "Hull saw a sharp fall in
burglaries, down 90"): the noun is what the change's counts count, as in "Thefts rose …, up
112"; not "a rise in Leeds" (a place, set aside by the caller), "a rise of 40%" (no "in")."""
SUBJECT_NOUN = re.compile(
    rf"\s*{_LEAD_IN}{REPORTED}(?:the\s+)?(?P<noun>[A-Za-z]+s)\b(?:\s+(?:of|to|in|with|involving|from|on|against)\b|"
    rf"{PARTICIPLE_ASIDE}{_ALSO}\s+(?:have\s+|has\s+)?(?:rose|risen|fell|fallen|increased|decreased|dropped|grew|grown|climbed|jumped|{_PEAK}|{_WAS_UP})\b|\s+{BUCKED_TREND})|"
    rf"\s*{_LEAD_IN}(?:(?:but|and|yet|however,|meanwhile,)\s+)?(?:the\s+)?"
    r"(?:(?!(?:of|to|in|with|involving|for|from|by|on|at)\b)[A-Za-z]+(?:-[a-z]+)*\s+){1,2}?"
    r"(?P<modified>[a-z]+s)"
    rf"{_WHERE}(?:,\s*(?:however|meanwhile|though|also|in\s+contrast)\s*,)?{_ALSO}\s+(?:have\s+|has\s+)?"
    rf"(?:{_CHANGE_VERB}|{BUCKED_TREND})|" + _SEEN + "|" + _QUOTED + "|" + _CHANGE_IN,
    re.I,
)
"""The plural noun a sentence opens on, after a short opening: "Reports rose from 120 to
410", "Calls to the line fell from …", "Referrals from schools rose by 31", "Assaults on
Kent Police officers and staff have risen, with 734 recorded in 2024", "In May,
burglaries rose by 40", "Serious injuries
also fell, from 612 to 577"; after its
modifiers and an aside when a change verb follows it
("Domestic abuse-related crimes, however, went up by 5%, to 3,480", "But vehicle thefts
fell by 8%, to 610"); the object of a verb of seeing before a bare change verb ("we saw
reports fall, down to 87", rule ``subject_seen_change``); the subject of a quoted sentence
after its speaker's opening quote mark (rule ``quoted_subject``); the noun of a change the
sentence opens on (rule ``subject_change_in``: "There was a 40% rise in thefts, up 112")."""
_WITH_SUBJECT = (
    r"[^;:]*?,?\s+with\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?(?P<noun>[A-Za-z]+s)\b"
    r"(?:\s+(?:in|at|to|from|on|across|for|of|by|about)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?"
)
"""A "with" clause's own plural subject: up to three words before its head, a short phrase
after it (rules ``with_change_then_level``, ``with_from_to_levels``)."""
WITH_CHANGE_THEN_LEVEL = re.compile(
    _WITH_SUBJECT + r"\s+(?:(?:rising|falling|increasing|decreasing|dropping|climbing|growing|"
    r"going\s+(?:up|down))\s+by|(?:up|down)(?:\s+by)?)\s+[^,;:]{1,60}?(?:,\s*|\s+)to\s+(?:(?:more\s+than|over|"
    r"almost|nearly|around|"
    r"about|some)\s+)?$",
    re.I,
)
"""Rule ``with_change_then_level``: a clause "with" its own plural subject (up to three
words before its head, a short phrase after it) and a change in the gerund, then the level
it reached ("Ellesmere Port bucked the trend, with reports rising by 4% to 642", "…, with
calls to the line rising by 9%, to 1,200", "Salford saw the steepest rise, with offences
up 41% to 2,950"): the level counts that subject, not the
sentence's (read by :func:`~pressfacts.statistics.level_subjects.level_subject`; the
``subject-noun`` unit rule yields to it)."""

_WITH_QUALIFIER = r"(?:(?:more\s+than|over|almost|nearly|around|about|some|just\s+under)\s+)?"
"""A qualifier before a level in a "with" clause."""
WITH_FROM_TO_LEVELS = re.compile(
    _WITH_SUBJECT
    + r"\s+(?:(?:rising|falling|increasing|decreasing|dropping|climbing|growing|jumping|"
    r"going\s+(?:up|down)|up|down)\s+)from\s+"
    + _WITH_QUALIFIER
    + r"(?:[\d,.]+|[a-z]+)?(?:(?:\s+(?:in|during)\s+[\w/-]+)?\s+to\s+"
    + _WITH_QUALIFIER
    + r")?$",
    re.I,
)
"""Rule ``with_from_to_levels``: a clause "with" its own plural subject and a change from
one level to another ("Gwent saw the sharpest rise, with offences up from 64 to 102", "…,
with thefts rising from 30 in 2024 to 45"): both levels count that subject. Not "with
offences up 41% from" (an amount before "from"), "with 64 offences up from" (the count
before the clause)."""


def with_clause_level(before: str) -> bool:
    """Whether ``before`` (the sentence up to a count) ends in a "with" clause whose own
    subject the count is a level of (:data:`WITH_CHANGE_THEN_LEVEL`,
    :data:`WITH_FROM_TO_LEVELS`): the sentence's subject does not count it."""
    return bool(WITH_CHANGE_THEN_LEVEL.fullmatch(before) or WITH_FROM_TO_LEVELS.fullmatch(before))


WHEN_BEFORE = re.compile(
    r",\s*when\s+(?:(?:more\s+than|over|almost|nearly|around|about|some)\s+)?$", re.I
)
"""Rule ``subject-when-passive``: the opening of a clause that dates the sentence's level
(", when", a qualifier may follow) right before a count with no noun of its own."""
WHEN_PASSIVE_AFTER = re.compile(
    r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+ed|made|taken|sent|seen|given|"
    r"brought|caught|found|held|done|told)\b",
    re.I,
)
"""The passive after that count: "were made", "was recorded", "had been received"."""


def subject_when_passive(before: str, after: str, subject: Callable[[], str | None]) -> str | None:
    """Rule ``subject-when-passive``: "Reports peaked in March, when 671 were made": the
    count of a ", when" clause that is a passive's subject counts the plural noun the
    sentence opens on (:data:`SUBJECT_NOUN`, with its change or peak verb); not "…, when 12
    officers joined" (a noun of its own, read first), nor "…, when 12 joined" (no passive)."""
    if WHEN_BEFORE.search(before) and WHEN_PASSIVE_AFTER.match(after):
        return subject()
    return None
