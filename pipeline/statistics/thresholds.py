"""Thresholds, not statistics: a multiple of a limit, and the size band of a kind of firm.

"One driver was more than twice the legal limit", "three times the drink-drive limit",
"four times over the speed limit": the multiple compares one reading with a legal
threshold; nothing is counted and nothing changed, so it is neither a multiplier
("doubled") nor a ratio ("four times more likely"). :data:`LIMIT_MULTIPLE` is set aside
as the exclusion ``limit-multiple`` of :data:`pressfacts.statistics.figures.EXCLUSIONS`.
Not "twice the number of arrests" (no limit), nor "doubled the limit" (a change to a
limit, read as "doubled").

"Firms employing fewer than 10 people", "businesses with under 250 staff": the bound
says which firms are meant, as an age says which children; nothing is counted.
:data:`SIZE_BAND` is the exclusion ``size-band``.

"Among their top three concerns", "in the top 10 hotspots": the size of a ranking says
where a thing is placed; nothing is counted. :data:`TOP_RANKING` is the exclusion
``top-ranking``.

"Drivers caught three times or more", "victims who called five or more times": how often
something happened to each one says which are meant; nothing is counted.
:data:`REPEAT_BAND` is the exclusion ``repeat-band``; "drivers who are recorded three
times are visited", "anyone recorded three times faces a ban": a present or conditional
passive says how often each one must be caught for a rule to apply
(:data:`REPEAT_THRESHOLD`, the exclusion ``repeat-threshold``).
"""

from __future__ import annotations

import re

from pressfacts.lexicon.months import MONTH_WORD
from pressfacts.lexicon.number_words import NUMBER, WORD_NUMBER

LIMIT_WORDS = ("limit", "threshold")
"""The nouns that make a multiple a threshold's: every match holds one."""

LIMIT_MULTIPLE = re.compile(
    rf"\b(?:twice|double|treble|triple|{NUMBER}\s+times)\s+(?:over\s+)?(?:the|a|their|his|her)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(LIMIT_WORDS)})s?\b",
    re.I,
)
"""A multiple of a limit: "twice the legal limit", "three times the drink-drive limit",
"four times over the alcohol limit"; not "twice the number of" (no limit word within
three words), nor "doubled" (a change)."""

FIRM_NOUNS = (
    "firms", "businesses", "companies", "employers", "organisations", "organizations",
    "charities", "enterprises", "smes", "micro-businesses", "retailers", "shops",
)  # fmt: skip
"""The kinds of employer a size band is said of."""
SIZE_WORDS = ("people", "staff", "employee", "worker")
"""The nouns a size band counts heads in: every match holds one."""
SIZE_BAND = re.compile(
    rf"\b(?:{'|'.join(FIRM_NOUNS)})\s+(?:[\w-]+\s+){{0,2}}?(?:employing|that\s+employ|"
    r"which\s+employ|who\s+employ|with|of)\s+(?:fewer\s+than|less\s+than|under|more\s+than|"
    rf"over|up\s+to|at\s+least)\s+(?:\d[\d,]*|{WORD_NUMBER})\s+(?:people|staff|employees|"
    r"workers)\b",
    re.I,
)
"""The size band of a kind of firm: "firms employing fewer than 10 people", "small
businesses with under 50 staff", "companies that employ more than 250 workers"; not
"officers dealt with fewer than 10 people" (no firm), "firms reported 40 attacks" (no
bound)."""

TOP_RANKING = re.compile(
    r"\b(?:among|in|into|within|one\s+of)\s+(?:the|their|its|our|his|her|my|your)\s+"
    rf"top\s+(?:\d{{1,2}}|{WORD_NUMBER})\b",
    re.I,
)
"""The size of a ranking a thing is placed in: "among their top three concerns", "in the
top 10 hotspots", "one of the top five priorities"; not "arrested the top 40 offenders"
(no "among"/"in" before it: a count of people)."""

_NOT_HOW_OFTEN = (
    r"is|was|were|are|be|been|being|now|by|up|down|rose|risen|increased|grew|grown|jumped|"
    r"soared|fell|fallen|dropped|almost|nearly|cost|costs|paid|worth|about|around"
)
"""Words before "more than three times" that make it a multiple ("was more than three times
the average", "rose by more than three times"), not how often something happened."""
_MULTIPLE_AFTER = (
    r"likely|than|as|more|less|higher|lower|greater|bigger|larger|smaller|over|the|that|"
    r"what|its|their|this|his|her|our|a|an"
)
TALLY_OF_OCCASIONS = r"(?!\d{1,3},\d{3}\b|[1-9]\d{2,}\b)"
"""Rule ``tally_of_occasions``: before "more than N times" a count of a hundred or more is a
tally of occasions ("lifeboats launched more than 5,300 times", "officers were called more
than 300 times"), not a band of how often each one was seen ("went missing more than three
times", "stopped more than 20 times"), so :data:`REPEAT_BAND`'s "more than" arm skips it."""
REPEAT_BAND = re.compile(
    rf"\b(?:{NUMBER}\s+times\s+or\s+more|{NUMBER}\s+or\s+more\s+times)\b"
    r"(?!\s+(?:likely|than|as)\b)|"
    rf"\b(?!(?:{_NOT_HOW_OFTEN})\b)[a-z]+\s+(?:more|fewer)\s+than\s+"
    rf"(?:{TALLY_OF_OCCASIONS}{NUMBER}\s+times|twice)\b(?!\s+(?:{_MULTIPLE_AFTER})\b|-)",
    re.I,
)
"""How often each one was caught or seen, as a bound: "612 were caught three times or more",
"callers who rang five or more times", "went missing more than three times", "stopped
more than twice"; not "three times more likely" (a ratio), nor "three times as many", "was
more than three times the average" (multipliers), nor "three times" alone, nor "called
more than 300 times" (:data:`TALLY_OF_OCCASIONS`)."""

RANKED_SET_NOUNS: tuple[str, ...] = (
    "forces", "regions", "nations", "areas", "authorities", "councils", "countries",
    "counties", "boroughs", "districts",
)  # fmt: skip
"""The bodies a fixed set ranked in is made of ("the highest of the 43 forces"): the
exclusion ``ranked-set`` needs one of them."""
RANKED_SET = re.compile(
    r"\b(?:(?:highest|lowest|largest|smallest|biggest|best|worst|most|fewest|fastest|"
    r"slowest|first|only)\s+(?:[a-z]+\s+)?of|one\s+of\s+only|(?:in|across)(?=\s+all\s))"
    r"\s+(?:(?:the|all)\s+|"
    r"[A-Z][\w-]*['’]s\s+)?(?:only\s+)?(?:\d{1,2}|" + WORD_NUMBER + r")\s+"
    rf"(?=(?:[a-z]+\s+){{0,2}}?(?:{'|'.join(RANKED_SET_NOUNS)})\b)",
    re.I,
)
"""The fixed set a figure is ranked in or spread over (the exclusion ``ranked-set``): "the
highest of the 43 forces", "among the lowest of Scotland's 32 areas", "one of only two
regions", "in all ten boroughs"; not "Of the 43 forces asked, 38 replied", "the highest of
the 40 arrests" (no bodies)."""

THINK_TWICE = re.compile(r"\b(?:think(?:s|ing)?|thought)\s+twice\b", re.I)
"""The idiom "think twice" ("I want every driver to think twice", "urged riders to think twice
before drinking"): no multiple; not "twice as many drivers" (a figure)."""

LOOK_TWICE = re.compile(
    r"\b(?:look(?:s|ed|ing)?|check(?:s|ed|ing)?)\s+twice\b(?!\s+as\b)(?!\s+the\b)", re.I
)
"""The road safety idiom "look twice" / "check twice" ("a clear message to drivers: look twice",
"riders should always check twice before pulling out"): no multiple; not "checked twice as many
vans" nor "checked twice the number" (figures)."""

TWICE_TIME_NOUNS = (
    "(?:year|month|week|weekend|day|night|fortnight|season|summer|winter|spring|autumn)"
)
"""The spans a "twice" of how often may be told within ("twice this year", "twice in a week")."""
TWICE_HOW_OFTEN = re.compile(
    r"\b(?:[a-z]+ed|paid|pays?|paying|been|hit|caught|seen|struck|stolen|taken)\s+"
    r"(?:for\s+)?(?:(?:it|them|this|that|him|her|me|us|you)\s+)?twice\b"
    r"(?!-|\s+(?:as|the|that|what|over|its|their|his|her|our|a|an|more|less|likely|than)\b|"
    r"\s+(?:this|these|those)\b(?!\s+(?:year|month|week|weekend|season|summer|winter|spring|"
    r"autumn)\b))|\btwice(?=[.!?;]|[\"”’]|,\s+(?:and|but|so)\b)|"
    r"\btwice(?=\s+(?:this|last|in|during|since|within|over|on)\s+(?:the\s+)?"
    r"(?:(?:past|last|same|first|previous)\s+)?"
    rf"(?:{TWICE_TIME_NOUNS}|{MONTH_WORD}|\d{{4}})\b(?![’'-])"
    r"|\s+in\s+(?:a|one|the\s+same|a\s+single)\s+(?:day|night|week|fortnight|month|year)\b)",
    re.I,
)
"""How often something was done, told by "twice" right after its verb (the exclusion
``twice-how-often``): "he was stopped twice by police", "the farm has been burgled twice
this year", "farmers pay for it twice", and a person struck or met as its object
("punched her twice in the face", "kicked him twice", "visited us twice"), or by "twice"
closing its clause after a longer object ("We have looked at every line of the budget
twice.", "she rang the control room twice, but"), or by "twice" before the span it happened
in (rule ``twice_in_span``: "had to close the runway twice this year", "called to the flat
twice in May", "twice in a single week"); no multiple. Not "twice this year's total" (a
yardstick's possessive).
Not "rose twice as fast", "caught twice the number", "seized twice this figure", "paid
her twice the rate" nor "twice as many" (figures), nor "stopped more than twice" (a
bound: ``repeat-band``)."""

TWICE_BEFORE_VERB = re.compile(
    r"\btwice\s+(?:[a-z]{3,}ed|broke|broken|stole|stolen|hit|struck|threw|thrown|spat|"
    r"made|took|taken|sent|told|went|tried|set|caught|came|ran|fell|rang|met|left|beat)\b"
    r"(?!\s+(?:as|than)\b)",
    re.I,
)
"""How often something was done, told by "twice" right before its verb in the past (the
exclusion ``twice-before-verb``): "he twice damaged her car", "was twice arrested for
drink-driving", "has twice broken his bail conditions", "the shop was twice targeted"; no
multiple. Not "twice as many", "twice the number", "twice the rate reported", "twice-weekly"
(no verb right after "twice"), nor "twice expected than" (a comparison)."""

TWICE_THEN_CLAUSE = re.compile(
    r"\btwice\s+(?:and|but)\s+(?:then\s+|also\s+)?(?:had|has|have|was|were|is|are|[a-z]{3,}ed)\b",
    re.I,
)
"""How often something was done, told by "twice" closing its clause before "and" or "but"
and the next verb (the exclusion ``twice-then-clause``): "she had moved house twice and had
lost her job", "he was stopped twice and searched", "rang twice but was told to wait"; no
multiple. Not "twice and three times the rate" (no verb after it), nor "twice as many and
rising" ("twice" before "as")."""

SUPERLATIVES: tuple[str, ...] = (
    "largest", "biggest", "smallest", "highest", "lowest", "busiest", "worst", "best",
    "oldest", "newest", "greatest", "longest", "safest", "poorest", "richest", "most", "least",
)  # fmt: skip
"""The words that rank a few things after a count (rule ``count-of-superlatives``)."""

SUPERLATIVE_SET = re.compile(
    r"\b(?:the|its|their|our|his|her|[A-Z][\w-]*['’]s)\s+(?:\d|" + WORD_NUMBER + r")\b"
    rf"(?=\s+(?:{'|'.join(SUPERLATIVES)})\b)",
    re.I,
)
"""How many things a superlative ranks (the exclusion ``count-of-superlatives``): "the
country's two largest Jewish communities", "the three busiest stations", "the force's
two biggest towns"; nothing is counted. Not "two of the largest forces" (no article or
owner right before the count), "the 40 arrests" (no superlative)."""


WITHIN_DISTANCE = re.compile(
    rf"\bwithin\s+(?:an?\s+)?{NUMBER}[\s-]?(?:metres?|meters?|m|km|kilometres?|miles?|yards?|"
    r"feet|ft)\b(?:\s+radius)?(?=\s+(?:of|from|radius|zone)\b)",
    re.I,
)
"""A distance after "within" that bounds where a rule or a search applies (the exclusion
``within-distance``): "flying a drone within 400 metres of a prison", "within 500m of the
school gates", "within two miles of the jail", "within a 5km radius of HMP Leeds"; nothing
is counted ("500m" is no half a billion there). Not "the drone flew 400 metres" (no
"within"), nor the count beside it ("seized 12 drones within 500m of HMP Leeds": 12 stays)."""

VALUE_CEILING = re.compile(
    r"\b(?:worth|valued\s+at|value\s+of)\s+£\d[\d,.]*(?:\s*(?:m|k|bn|million|billion))?"
    r"\s+or\s+(?:less|under|below)\b",
    re.I,
)
"""Rule ``value-ceiling``: a ceiling of value that says which thefts or goods a rule is for
("thefts of goods worth £200 or less are summary-only", "items valued at £50 or under"):
nothing is counted; not "goods worth £4,000 were taken" nor "worth more than £5,000" (a
value stated, a figure)."""

POWER_FLOOR = re.compile(
    r"\b(?:can|may|could|(?:is|are)\s+able\s+to|(?:has|have)\s+(?:the\s+)?powers?\s+to)\s+"
    r"(?:seize|detain|forfeit|confiscate|freeze)\s+(?:cash|sums?|money|amounts?|funds)\s+"
    r"(?:of|worth|totalling)\s+£\d[\d,.]*(?:\s*(?:m|k|bn|million|billion))?"
    r"\s+or\s+(?:more|over|above)\b",
    re.I,
)
"""Rule ``power-floor``: the floor of a power to take money ("officers can seize cash of
£1,000 or more", "have the power to detain sums of £1,000 or over"): it says which cash
the law reaches; nothing is counted. Not "Goods worth £4,000 or more were stolen" (no
power: a value stated), nor "officers seized cash of £1,000 and two phones" (no floor)."""

CONDITIONAL_FLOOR = re.compile(
    r"\b(?:if|where|when|once)\s+(?:[a-z’']+\s+){0,8}?"
    rf"(?:{NUMBER})\s+or\s+(?:more|over|above)\b(?!\s+(?:times|than)\b)[^.,;:!?\"“”]*",
    re.I,
)
"""Rule ``conditional-floor``: the floor a condition sets ("If you rent out a house to five
or more people who are not one household, it needs a licence", "where three or more
tenants share a kitchen"): it says which homes or cases a rule is for, and so does the
rest of its clause ("… from two households share"); nothing is counted. Not "If 40
officers …" (no floor), nor "were caught three times or more" (how often:
``repeat-band``), nor "12 or more people were arrested" (no condition)."""

TALLY_WORDS = ("number", "total", "most", "fewest", "figure", "count", "tally")
"""Words of a tally before a count in apposition ("recorded the highest number, 912,",
"the most, 61,"): the count is the tally's, no age after a name (exclusion
``age-after-name`` of :mod:`pressfacts.statistics.exclusions`)."""
NOT_A_TALLY = "".join(rf"(?<!\b{word})" for word in TALLY_WORDS)

GROUP_SIZE_FLOOR = re.compile(
    rf"\b(?:groups|gatherings)\s+of\s+(?:{NUMBER})\s+or\s+more\b(?!\s+(?:times|than)\b)",
    re.I,
)
"""Rule ``group-size-floor``: the smallest group an order or a power reaches ("the order bans
groups of two or more vehicles from gathering", "a dispersal order covers gatherings of three
or more people"): it says which groups are meant; nothing is counted. Not "a group of 30 or
more riders gathered" (one group seen: a count), nor "two or more cars were seized" (no
group)."""

REPEAT_VERBS = ("are", "is", "get", "gets", "be")
"""The present or conditional auxiliaries of a rule's passive before "N times" ("who are
caught", "who get reported", "who would be stopped"); not "was"/"were"/"have been" (a tally
of what happened)."""
REPEAT_CONSEQUENCES = (
    "are", "is", "will", "would", "face", "faces", "must", "receive", "receives", "get", "gets",
    "can", "may", "risk", "risks",
)  # fmt: skip
"""What follows the threshold when the participle has no auxiliary: "caught three times
faces a ban", "reported twice will receive a visit"."""
_SMALL_COUNT = rf"(?:[1-9]|{WORD_NUMBER})\s+times\b"
TALLY_AUXILIARIES = ("was", "were", "been", "had", "has", "have")
"""Auxiliaries before a bare participle that make its "N times" a tally of what happened
("a woman who was targeted three times is now supported"), not a rule's threshold."""
_NO_TALLY_AUXILIARY = "".join(rf"(?<!\b{word}\s)" for word in TALLY_AUXILIARIES)
REPEAT_THRESHOLD = re.compile(
    rf"\b(?:who|that)\s+(?:{'|'.join(REPEAT_VERBS)})\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|ght)\s+"
    rf"{_SMALL_COUNT}(?!\s+(?:{_MULTIPLE_AFTER}|fewer|out)\b)|"
    rf"{_NO_TALLY_AUXILIARY}\b[a-z]+(?:ed|en|ght)\s+{_SMALL_COUNT}"
    rf"(?=\s+(?:{'|'.join(REPEAT_CONSEQUENCES)})\b)",
    re.I,
)
"""Rule ``repeat-threshold``: how often each one must be caught for a rule to apply, a small
count of times after a present or conditional passive in a relative clause ("drivers who are
recorded three times are visited", "motorists who get caught four times") or after a bare
participle before its consequence ("anyone caught three times faces a ban"): it says which
drivers are meant; nothing is counted. Not "was stopped three times" or "have been attacked
nine times" (a tally, also before a consequence: "who was targeted three times is now
supported", :data:`TALLY_AUXILIARIES`), nor "who are caught three times more often" (a ratio)."""
