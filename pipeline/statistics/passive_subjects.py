"""Clause breaks whose later clause has a passive verb of its own (read by
:data:`pressfacts.statistics.clause_breaks.CLAUSE_BREAK`): the place stated in that clause is
its own subject's, not a figure's before the break."""

from __future__ import annotations

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.elided_people_acts import PEOPLE_PLURALS

PASSIVE_PLACED_SUBJECT = (
    r",\s+and\s+(?=(?!(?:most|many|all|some|half|both|several|none|these|those|they|the|its|"
    r"their|our)\b)(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:also\s+)?[a-z]+(?:ed|en|t)\s+(?:(?:up|out|on|in)\s+)?(?:in|across|at|around)\s+"
    r"(?:the\s+)?(?-i:[A-Z]))"
)
""""", and" + a bare plural subject of its own + a passive verb + a place (rule
``passive_placed_subject``): a clause of that place, whose place is not the figures' before
it ("made 23 arrests over the period, and dispersal orders were used in Bootle and
Huyton": the towns are the orders', not the arrests'); not ", and most were made in
Bootle" or ", and the arrests were made in Bootle" (the things counted before, placed),
nor ", and patrols were stepped up" (no place)."""
PEOPLE_PASSIVE_VERBS = (
    "charged", "arrested", "convicted", "cautioned", "sentenced", "jailed", "fined",
    "summonsed", "reported", "detained", "interviewed", "prosecuted", "rescued", "referred",
    "banned", "disqualified", "evicted", "treated", "safeguarded",
)  # fmt: skip
"""What is done to people, in the passive, after a count of them (rule
``people_passive_subject``)."""
PEOPLE_PASSIVE_SUBJECT = (
    r",\s+and\s+(?=(?:(?:a\s+further|another)\s+)?"
    r"(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?"
    rf"(?:\d[\d,]*|(?i:{WORD_NUMBER}))\s+(?:[a-z-]+\s+)?(?:{PEOPLE_PLURALS})\s+"
    r"(?:were|have\s+been|had\s+been|have\s+since\s+been)\s+(?:also\s+)?"
    rf"(?:{'|'.join(PEOPLE_PASSIVE_VERBS)})\b)"
)
"""", and" + a count of people (:data:`~pressfacts.statistics.elided_people_acts.PEOPLE_PLURALS`)
+ a passive verb of what was done to them (rule ``people_passive_subject``): a clause of
its own, whose place is not the figure's before it ("carried out 900 checks over the summer,
and 14 drivers were charged after stops in Ripon": Ripon is the drivers', not the checks');
not ", and 14 arrests were made in Ripon" (no people counted: the same subject's list)."""
