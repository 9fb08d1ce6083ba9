"""The unit of a count that a level verb joins to its sentence's subject.

"Calls reached 312 in March", "Reports to the helpline totalled 1,450", "Thefts in the
city stood at almost 900": the count has no noun after it, but the plural noun the
sentence opens on, joined to the count by a verb that states a level
(:data:`LEVEL_VERBS`), is what it counts. The unit rule ``subject-level``
(:data:`pressfacts.statistics.units.UNIT_RULES`) gives that noun; :func:`level_subject`
reads it from the words before the count. A level stated after the change that led to
it counts the same subject: "Domestic abuse crimes recorded by the force rose by 5% in
2023/24, to 22,340" (:data:`CHANGE_THEN_LEVEL`), and so do both levels of a change from
one to the other: "Burglaries in Perth fell from 1,210 to 960" (:data:`FROM_TO_LEVELS`),
and a level after a clause on the change or level ("…, reaching 1,420",
:data:`LEVEL_AFTER_CLAUSE`).
Not "Officers reached 312 homes" (a noun of its own after the count, read first), nor
"The team reached 40" (no plural subject).
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.reference_labels import REFERENCE_WORDS
from pressfacts.statistics.subject_nouns import (
    REPORTED,
    WITH_CHANGE_THEN_LEVEL,
    WITH_FROM_TO_LEVELS,
)
from pressfacts.statistics.units import plural

LEVEL_VERBS = (
    "reached", "totalled", "totaled", "stood at", "rose to", "risen to", "fell to", "fallen to",
    "climbed to", "dropped to", "increased to", "decreased to", "hit", "numbered",
    "peaked at", "topped", "grew to", "jumped to", "soared to", "doubled to", "fell back to",
    "dipped to", "declined to", "went up to", "went down to", "tripled to", "trebled to",
    "halved to", "ran at", "are running at", "were running at", "is running at",
    "was running at", "averaged", "averaging", "stand at", "stands at", "now stand at",
    "now stands at", "currently stand at", "currently stands at",
)  # fmt: skip
"""Verbs joining a subject to the level it reached, or stands at now (rule
``subject_stands_at``: "Burglaries in the city stand at 1,240", "The number of open cases
now stands at 312"); a rate's level too (rule
``subject_running_at``: "Assaults on shop staff ran at 1,300 a day", "Thefts are running
at 450 a week"); an average's (rule ``subject_averaged``: "Assaults on drivers averaged
nine a week")."""
_QUALIFIERS = (
    "more than", "over", "almost", "nearly", "around", "about", "some", "just over",
    "just under", "well over", "well under", "a total of", "a record", "a high of",
)  # fmt: skip

SOURCE_NAME_WORDS = 4
"""At most this many words before "figures" in :data:`FIGURES_SHOW` (rule
``figures_show_source``): a body's name of up to four words ("Greater Manchester Police
figures", "Avon and Somerset Police data")."""
FIGURES_SHOW = (
    r"(?:(?:the\s+)?(?:[\w’'-]+\s+){0,"
    + str(SOURCE_NAME_WORDS)
    + r"}?(?:figures|data|statistics|review|report|analysis|"
    r"survey|study|audit)\b[^;:]{0,40}?\s(?:show|shows|showed|showing|reveal|reveals|revealed|"
    r"revealing|finds|found)\s+(?:that\s+)?)?"
)
"""An optional opening naming the figures as the source of what follows, with up to
:data:`SOURCE_NAME_WORDS` words before them ("The latest figures", "NHS figures published
…"; "The figures, for May, show arrests … rose to 310"; "New data reveals that calls …
reached"), or a report,
review or survey that shows or found it ("The charity's annual review shows that calls
rose by …"), or figures a body put out, named by a participle (rule
``figures_showing_participle``: "The council also published figures showing that
exclusions from Hull schools fell to 87", "The board released data revealing that calls
rose to 410"): the subject after it is still the sentence's counted noun."""
NUMBERED_MODIFIER = rf"(?:{'|'.join(map(re.escape, REFERENCE_WORDS))})\s+\d{{1,3}}\s+"
"""A reference word and its number as one modifier of the subject ("Section 136
detentions", "Part 3 searches"): the number names the power, it is no count (the
``reference-number`` exclusion's words)."""
COORDINATED_MODIFIER = r"[A-Za-z-]+\s+and\s+(?=[a-z-]+\s)"
"""Rule `subject_coordinated_modifier`: a modifier joined by "and" to the lower-case one after
it ("criminal damage and arson offences", "Theft and burglary offences"): both name what the
head noun counts."""
SUBJECT_MODIFIERS = (
    r"(?:(?!(?:said|says|told|that|and|but|shows?|showed|reveals?|revealed)\b)"
    rf"(?:{NUMBERED_MODIFIER}|{COORDINATED_MODIFIER}|[A-Za-z-]+\s+))"
    r"{0,3}?"
)
"""Up to three words before the subject's head noun ("Accidental house fires", "Recorded
knife offences", "Section 136 detentions"), none a verb of saying or showing or a
conjunction ("Police said arrests …" keeps its speaker out; "Officers show pupils
reached" is no subject)."""
SUBJECT_PARTICIPLES = (
    "recorded", "reported", "logged", "made", "received", "issued", "granted", "seized",
    "handed out", "carried out", "committed", "taken", "sent", "referred", "answered",
    "dealt with", "brought", "attended", "sought", "obtained", "applied for", "secured",
    "detected", "identified", "caught", "captured", "recovered", "stolen", "flagged",
    "investigated", "prosecuted", "spotted", "lodged", "submitted", "confiscated",
)  # fmt: skip
"""Participles that may follow the subject's head noun before the phrase that says by whom
or where ("Orders issued by courts in Leeds", "Calls made to the helpline"; rule
``subject_detected_by``: "Offences detected by cameras climbed to", "Bikes stolen from
stations rose to": the noun of that phrase is no subject)."""
_PARTICIPLE = "|".join(p.replace(" ", r"\s+") for p in SUBJECT_PARTICIPLES)
CONTACT_RELATIVE = (
    r"\s+(?:(?:that|which)\s+)?(?:it|they|we|the\s+force|officers|police)\s+(?:had\s+)?"
    rf"(?:{_PARTICIPLE})"
)
"""Rule `subject_contact_relative`: a relative clause of a pronoun or the force and one of
the participles (as past verbs) after the subject's head noun ("the number of protection
orders it applied for went from four to 11", "Referrals that officers made rose to 340"):
the head noun is still the counted subject."""
SUBJECT_TIME_PREPOSITIONS = ("over", "during", "throughout")
"""Rule `subject_time_phrase`: prepositions of a phrase after the subject's head noun
that says the time it covers ("Suspensions over the whole of the 2024/25 academic year
totalled 3,486", "Referrals during the autumn term totalled 310"); the phrase's later
words may hold a split year's slash."""
PLACE_PREPOSITIONS = (
    "in", "at", "to", "from", "on", "across", "for", "of", "by", "under", "involving", "with",
    "about", "against", "among", "amongst", "near", "outside", "inside", "around", "within",
    "along",
)  # fmt: skip
"""Prepositions of a phrase after the subject's head noun that says by whom, where or of
what ("Calls to the helpline", "Orders issued by courts in Leeds"), or against whom (rule
``subject_against_phrase``: "Assaults against shop staff rose to 310"), or among whom (rule
``subject_among_phrase``: "Admissions among under-25s in the county fell to 118"), or
near or around what (rule ``subject_near_phrase``: "Drone sightings near prisons rose to
1,712", "Thefts outside schools reached 90")."""
SUBJECT_TOPIC_PREPOSITIONS = (
    "relating to",
    "related to",
    "linked to",
    "connected to",
    "concerning",
)
"""Rule `subject_topic_phrase`: participles used as prepositions that open a phrase after
the subject's head noun saying what the things counted concern ("Reports relating to the
professional game reached 389", "Calls linked to county lines rose to 212"): the head noun is
still the counted subject."""
_PHRASE_PREPOSITIONS = "|".join(
    (
        *PLACE_PREPOSITIONS,
        *SUBJECT_TIME_PREPOSITIONS,
        *(words.replace(" ", r"\s+") for words in SUBJECT_TOPIC_PREPOSITIONS),
    )
)
_NOT_RELATIVE = r"(?!(?:that|which|who|whom|whose|where|when)\b)"
AFTER_SUBJECT = (
    rf"(?:\s+(?:{_PARTICIPLE})|{CONTACT_RELATIVE})?"
    rf"(?:(?:\s+(?:{_PHRASE_PREPOSITIONS})\s+[\w’'-]+(?:\s+[\w’'/-]+){{0,4}}?){{0,2}}?|"
    rf"(?:\s+(?:{_PHRASE_PREPOSITIONS})(?:\s+{_NOT_RELATIVE}[\w’'/-]+){{1,5}}?){{3}})"
)
"""What may follow the subject's head noun before its verb: a participle ("recorded"),
then up to three short phrases ("by the force", "to the helpline", "by courts in Leeds",
"of children to the National Referral Mechanism for exploitation": a third, rule
``subject_three_phrases``, only when no phrase holds a relative word, "that", "which", "who"),
"for assault with a weapon at the three hospitals", "involving e-scooters in the city",
"about online bullying": what sessions or calls were about; "over the whole of the
2024/25 academic year": the time they cover, :data:`SUBJECT_TIME_PREPOSITIONS`)."""
APPOSITIVE_ASIDE = (
    r"\s*,\s*(?!(?:and|but|or|which|who)\b)[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){1,11},"
)
"""Rule ``appositive_aside``: an aside in lower-case words between commas that says what
the subject is ("Call-outs to tombstoning, people jumping from piers into the sea, rose
to 73"): the subject is still the counted noun; not a clause opening on a conjunction
(", and burglaries,"), nor an aside with a figure or a capitalised name."""
DISCOURSE_ASIDE = (
    r"\s*,\s*(?:however|meanwhile|though|too|in\s+turn|by\s+contrast|in\s+contrast|"
    r"on\s+the\s+other\s+hand)\s*,"
)
"""Rule ``subject_discourse_aside``: a discourse adverb between commas after the subject
("Suspensions, however, rose by more than 6% to 9,410"; "Burglaries, meanwhile, fell to
310"): the subject is still the counted noun; not a word that opens a clause of its own
(", and burglaries,") nor a longer aside (the appositive and relative asides' own)."""
RELATIVE_ASIDE = (
    r"(?:\s*,\s*(?:which|who)\s+[^,;:\"“”]{1,80}?,|\s*,\s*(?:including|such\s+as)\s+"
    r"[^;:.\"“”\d]{1,80}?,|" + DISCOURSE_ASIDE + "|" + APPOSITIVE_ASIDE + r")?"
)
"""An optional aside about the subject closed by commas before its verb ("Disability
offences, which remain the least reported, totalled 86"), or an aside listing what it
includes, its commas and all ("Sessions about online harms, including grooming, sextortion
and scams, rose by 24% to 31,870"): the subject is still the counted noun."""
COVERAGE_ASIDE = (
    r"(?:(?:which|that)\s+(?:also\s+)?(?:covers|includes|takes\s+in|spans|serves)\s+"
    r"[^,;:.\d]{3,60}(?:,\s*[^,;:.\d]{3,60}){0,5},\s*)?"
)
"""Rule ``opening_coverage_list``: after an opening's comma, an aside listing what its
place covers, its commas and all ("Across the force area, which covers Herefordshire,
Shropshire, Telford and Wrekin and Worcestershire, reports rose by 9%, to 4,730"; "In the
division, which also takes in Ely and March, thefts fell to 40"): the subject after it is
still the sentence's; not an aside with a figure (", which covers 40 towns, …")."""
OPENING = r"(?:[^,;:]{1,100},\s*" + COVERAGE_ASIDE + r"){0,2}?"
"""Up to two comma-closed openings of at most 100 characters before the subject ("In
March, "; "In the north of the county, Ely and March, "; "In Leek, where the charity
opened a hub in May, "; "In Cumbria, where the charity has run the county's reporting
line since 2019, ": rule ``long_opening_clause``, 60 characters before), each with an
optional coverage aside (:data:`COVERAGE_ASIDE`): the subject after them is the
sentence's."""
YEAR_OPENING = (
    r"(?:(?:in|during|over|throughout)\s+(?:[\w-]+\s+){0,5}?(?:19|20)\d{2}(?:/\d{2})?\s+)?"
)
"""Rule ``subject_after_year_opening``: a time phrase ending on a year, with no comma, before
the subject ("In 2025 burglaries fell from 40 to 25", "In the year to March 2025 thefts
rose to 410"): the subject after it is the sentence's counted noun, as after "In 2025, "."""
COMES_AS = r"[^,;:]{1,60}?\s+(?:comes?|came)\s+(?:as|after|amid)\s+"
"""Rule ``subject_after_comes_as``: a short news clause "… comes as" (or "came after",
"comes amid") with no comma, then the clause that holds the subject ("The funding comes as
admissions for knife injuries fell to 118"): that clause's subject is the counted noun."""
SAID_ASIDE = r"(?:[^,;:]{1,40}?\s(?:has\s+|have\s+)?(?:said|says|added|confirmed),\s*)?"
"""Rule ``main_clause_said_aside``: a speaker's comma-closed aside after a main clause
("Thefts fell by 12% in 2025, the force said, while reports of spiking reached 1,130")."""
MAIN_CLAUSE = rf"(?:[^,;:]{{1,160}},\s*{SAID_ASIDE}(?:after|as|when|while)\s+|{COMES_AS})?"
"""A main clause of any length (and a speaker's aside after it: :data:`SAID_ASIDE`), then
the conjunction of the subordinate clause that holds the subject ("Walkers are being urged
to keep dogs on leads as the season starts, after attacks on sheep in Powys rose to 96"),
or a short "… comes as" clause (:data:`COMES_AS`): the subordinate clause's subject is the
counted noun."""
WHERE_CLAUSE = r"(?:[^,;:]{1,80}?\s(?:where|in\s+which)\s+)?"
"""Rule ``relative_where_subject``: a clause naming a place or time, then "where" (or "in
which") and the clause that holds the subject ("Seaham was the only town where reports fell,
from 41 in 2025 to 29", "Hull is the district in which burglaries rose to 410"): that
clause's subject is the counted noun."""
_VERB = "|".join(v.replace(" ", r"\s+") for v in LEVEL_VERBS)
_QUALIFIER = "|".join(q.replace(" ", r"\s+") for q in _QUALIFIERS)


OPENING_CONJUNCTION = r"(?:(?:but|and|yet|however,?)\s+)?"
"""Rule ``subject_after_opening_conjunction``: a conjunction opening the sentence before
its subject ("But thefts of GPS units rose to 96, from 58", "And burglaries fell to 40"):
the subject after it is still the counted noun."""


NUMBER_OF = r"(?:(?:number|total)\s+of\s+(?:the\s+)?)?"
"""Rule `subject_number_of`: "the number of" / "the total of" before the subject, which
leaves its three modifiers to the noun itself ("the number of forced marriage protection
orders it applied for went from four to 11": the head noun is "orders")."""


MASS_SUBJECTS = ("crime",)
"""Singular heads that name a count of cases ("Recorded crime on the buses fell to 2,900",
"Knife crime rose to 412"): the level counts them, in the plural (crimes)."""


HYPHENATED_HEAD = r"(?:[A-Za-z]+-)?"
"""Rule ``hyphenated_subject_head``: the subject's head may be a hyphenated plural
("Call-outs to the lifeboat rose to 73", "Break-ins at sheds fell to 40"): the level
counts it as it is written ("call-outs"); not a hyphenated modifier before a head of its
own ("Anti-social behaviour reports fell to 90" still counts "reports")."""


def _subject(lead: str = "") -> str:
    """A sentence up to its subject's verb: openings, a speaker's verb of saying, ``lead``,
    the plural subject with its modifiers and what follows its head (group ``noun``)."""
    return (
        OPENING_CONJUNCTION
        + OPENING
        + YEAR_OPENING
        + MAIN_CLAUSE
        + WHERE_CLAUSE
        + REPORTED
        + lead
        + r"(?:the\s+)?"
        + NUMBER_OF
        + SUBJECT_MODIFIERS
        + r"(?P<noun>"
        + HYPHENATED_HEAD
        + r"[A-Za-z]+s|(?i:"
        + "|".join(MASS_SUBJECTS)
        + r"))\b"
        + AFTER_SUBJECT
        + RELATIVE_ASIDE
    )


LEVEL_SUBJECT = re.compile(
    _subject(FIGURES_SHOW)
    + rf"\s+(?:have\s+|has\s+|had\s+)?(?:(?:more\s+than|nearly|almost)\s+)?(?:{_VERB})\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?",
    re.I,
)
"""The sentence up to the count: optional openings (:data:`OPENING`; "Figures show "), the
plural subject with up to three words before its head (:data:`SUBJECT_MODIFIERS`) and an
optional short phrase after it ("Calls to the helpline"), a level verb and an optional
qualifier."""


CHANGE_VERBS = (
    "rose", "risen", "fell", "fallen", "increased", "decreased", "dropped", "climbed",
    "went up", "went down", "grew", "grown", "halved", "doubled", "tripled", "trebled",
    "jumped", "soared", "declined", "dipped", "slipped", "went", "moved",
)  # fmt: skip
"""Verbs of a change by an amount, after which ", to N" states the level reached, or of a
change from one level to another ("halved, from 98 to 49", "went from 400 to 520")."""
_CHANGE = "|".join(v.replace(" ", r"\s+") for v in CHANGE_VERBS)
CHANGE_THEN_LEVEL = re.compile(
    _subject(FIGURES_SHOW)
    + rf"\s+(?:(?:have\s+|has\s+|had\s+)?(?:{_CHANGE})\s+by\s+[^,;:]{{1,60}}?(?:,\s*|\s+)to"
    rf"|(?:are|is|were|was)\s+(?:up|down)\s+(?:by\s+)?[^,;:]{{1,60}}?,\s*at)\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?",
    re.I,
)
"""The sentence up to the count: the plural subject (up to three words before its head,
none a verb of saying or a conjunction; an optional participle and short phrase:
"Domestic abuse crimes recorded by the force"), a change verb with "by" and its amount,
then ", to" (or " to": "In Swansea, offences fell by 6% to 1,020") and an optional
qualifier; or "up"/"down" an amount, then ", at" (rule ``up_down_then_at``: "Figures show
deliberate fires are down 9% on 2024, at 3,870")."""

CHANGE_DEGREE = r"(?:(?:more\s+than|nearly|almost|roughly|just\s+over)\s+)?"
"""Rule ``from_to_degree``: a degree before the change verb of :data:`FROM_TO_LEVELS`
("thefts more than doubled, from 310 to 684", "calls nearly trebled, from 90 to 260"): the
multiplier is qualified, both levels still count the subject."""
CHANGE_SPAN = (
    r"(?:\s+(?:between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d|since\s+(?:19|20)\d\d|"
    r"in\s+(?:the\s+)?(?:last|past)\s+\w+\s+years|over\s+(?:the\s+)?(?:last|past)\s+\w+\s+years))?"
)
"""Rule ``from_to_after_span``: the span of the change between its verb and ", from"
("rose between 2021 and 2024, from 310 to 684", "fell since 2019, from …", "doubled over the
past five years, from …"); a comma must still come before "from"."""
_FROM_TO_TAIL = (
    rf"\s+from\s+(?:(?:{_QUALIFIER})\s+)?"
    rf"(?:(?:[\d,.]+|{WORD_NUMBER})(?:\s+(?:in|during)\s+[\w/-]+)?\s+to\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?)?"
)
"""From "from" up to either count of a change from one level to another: "from", the
first count (in digits or words, with its year) and "to" before the second."""
FROM_TO_LEVELS = re.compile(
    _subject(FIGURES_SHOW)
    + rf"\s+(?:have\s+|has\s+|had\s+)?{CHANGE_DEGREE}(?:{_CHANGE})"
    + rf"(?:{CHANGE_SPAN},|,?)"
    + _FROM_TO_TAIL,
    re.I,
)
"""The sentence up to either count of a change from one level to another: the plural
subject (after a speaker's verb of saying, as reported speech, or after "Figures show
that"), a change verb, "from" and the first count, or that (in digits or words, and its
year) and "to" before the second ("In Perth, burglaries fell from 1,210 to 960", "from 89
in 2023 to 74", "deaths doubled, from three to six": both count the noun)."""

RELATIVE_FROM_TO_LEVELS = re.compile(
    r"\b(?P<noun>[a-z][a-z-]*s)(?:\s+of\s+[a-z][a-z\s-]{0,40}?)?,\s+"
    rf"(?:which\s+(?:have\s+|has\s+|had\s+)?{CHANGE_DEGREE}(?:{_CHANGE})|up|down),?"
    + _FROM_TO_TAIL
    + "$",
    re.I,
)
"""Rule ``relative_from_to_levels``: a plural noun (with what it is "of") and a relative
clause or a bare "up"/"down" giving its change from one level to another, after a comma:
"the biggest falls were in thefts of quad bikes and trailers, which dropped from 71 to
44", "and in hare coursing reports, down from 102 to 63": both levels count the noun."""


_ANYWHERE = r"than\s+(?:anywhere|any\s+other)\b"
SUPERLATIVE_TIME_WORD = r"(?:[a-z]+|(?:19|20)\d\d(?:/\d\d)?)"
"""A word of the time between a superlative's noun and its count (rule
``superlative_time_year``): a word, or a year ("in the year to March 2025", "in 2023/24")."""
SUPERLATIVE_COMPLEMENT = r"(?:\s+(?:of|about|for|involving)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)?"
"""What the superlative's noun is of or about, right after it (rule
``superlative_complement``): "the most reports of anti-social behaviour", "the most calls
about noisy neighbours"; two words at most, a hyphenated word one of them."""
SUPERLATIVE_NOUN = re.compile(
    r"\b(?:the\s+)?(?:most|fewest|(?:highest|largest|biggest|greatest|lowest|smallest)\s+"
    rf"(?:numbers?|shares?|proportions?)\s+of(?:\s+the)?|(?:more|fewer)(?=\s+\w+s\s+{_ANYWHERE}))"
    rf"\s+(?:(?!with\b|at\b)[a-z]+\s+)?(?P<noun>[A-Za-z]+s)\b{SUPERLATIVE_COMPLEMENT}"
    rf"(?:\s+{_ANYWHERE}(?:\s+[\w-]+){{0,4}}?)?"
    rf"(?:\s+{SUPERLATIVE_TIME_WORD}){{0,7}}?"
    r"(?:,\s+(?:(?:with|at)\s+)?|\s+with\s+)$",
    re.I,
)
"""A superlative naming the counted noun, then the count in apposition: "Melton had the
most thefts, 19", "Hove saw the highest number of arrests, with 40", "Ely accounted for
the largest share of the thefts, with 31", "Bangor saw more thefts than anywhere else in
the county, with 58", "Leek sent the most letters in the first half of the year, 2,915" (a
time of up to seven words between), "Hove had the most referrals with 5,904" (a bare
"with", no comma); not "the most thefts since 2019" (no count after a comma or "with"),
"the most thefts with 40 officers" (a noun of its own after the count, read first). A
word may qualify the noun ("the highest numbers of older victims, with 312")."""


LEVEL_AFTER_CLAUSE = re.compile(
    r"(?:[^,;:]{1,40},\s*)?"
    + REPORTED
    + r"(?:the\s+)?"
    + SUBJECT_MODIFIERS
    + r"(?P<noun>[A-Za-z]+s)\b(?P<clause>[^;:.]{1,120}?),\s*(?P<tail>reaching|to\s+reach|"
    rf"hitting|standing\s+at|to\s+stand\s+at|at|to|with)\s+(?:(?:{_QUALIFIER})\s+)?",
    re.I,
)
"""The sentence up to a level stated after a clause about its subject's change or level:
"Reports of hate crime have nearly doubled since 2019, reaching 1,420", "Sexual offences
reached their highest level for five years in 2024, at 3,905", "Thefts were up 8%, at 610",
"Referrals have doubled, to 310"; after a speaker's verb of saying too ("The partnership
said referrals had doubled since 2023, reaching 310"); ", with" after a clause that ranks
the place (rule ``level_after_clause_with``, :data:`RANKED_CLAUSE`: "Complaints about
rented homes were highest in Little Horton ward, with 187")."""
RANKED_CLAUSE = re.compile(
    r"\b(?:were|was|are|is|remained|remain)\s+(?:the\s+)?"
    r"(?:highest|lowest|most|fewest|greatest|largest)\b",
    re.I,
)
"""Rule ``level_after_clause_with``: a clause saying where its subject was highest or
lowest ("were highest in Hanley"), which ", with" then gives the count of; not "Thefts
rose in Leeds, with 12 …" (a change: the count after "with" may be another noun's), nor
"Leeds had the second highest number, with 49" (a place as the subject, no copula)."""
_CHANGED_OR_LEVEL = re.compile(
    r"\b(?:doubled|tripled|trebled|halved|rose|risen|fell|fallen|increased|decreased|dropped|"
    r"climbed|grew|grown|went\s+(?:up|down)|(?:was|were|is|are)\s+(?:up|down)|highest|lowest|"
    r"record|level|peak)\b",
    re.I,
)
"""In that clause: a change or a level, without which ", at 40" is no level of the
subject ("Officers visited schools across the county, at 12 sites")."""


def level_subject(before: str) -> str | None:
    """The plural subject noun (lower case) when ``before`` (the sentence up to the
    count) is that subject joined to the count by a level verb, by a change and ", to"
    (:data:`CHANGE_THEN_LEVEL`; in a "with" clause, :data:`WITH_CHANGE_THEN_LEVEL`), or
    by a change "from" one level "to" another (:data:`FROM_TO_LEVELS`; in a "with"
    clause, :data:`WITH_FROM_TO_LEVELS`; after a noun and a comma,
    :data:`RELATIVE_FROM_TO_LEVELS`), or the noun of a superlative the count stands beside
    (:data:`SUPERLATIVE_NOUN`); else None."""
    match = (
        WITH_CHANGE_THEN_LEVEL.fullmatch(before)
        or WITH_FROM_TO_LEVELS.fullmatch(before)
        or LEVEL_SUBJECT.fullmatch(before)
        or CHANGE_THEN_LEVEL.fullmatch(before)
        or FROM_TO_LEVELS.fullmatch(before)
        or SUPERLATIVE_NOUN.search(before)
        or RELATIVE_FROM_TO_LEVELS.search(before)
    )
    if match is None:
        after = LEVEL_AFTER_CLAUSE.fullmatch(before)
        level = _CHANGED_OR_LEVEL
        if after and after.group("tail").lower() == "with":
            level = RANKED_CLAUSE  # "were highest in Hanley, with 30"
        if after and level.search(after.group("clause")):
            match = after
    if match is None:
        return None
    noun = match.group("noun").lower()
    if noun in MASS_SUBJECTS:
        return plural(noun)
    if noun in AMOUNT_NOUNS:  # "call numbers peaked at 31": 31 calls
        counted = _WORD_BEFORE.search(before, 0, match.start("noun"))
        word = counted.group(1).lower() if counted else None
        return plural(word) if word and word not in _NOT_COUNTED_BEFORE else None
    return noun


AMOUNT_NOUNS = frozenset({"numbers", "figures", "totals", "levels", "volumes"})
"""Heads that name an amount of the noun before them ("call numbers", "arrest figures",
"burglary levels"): the level counts that noun."""
_WORD_BEFORE = re.compile(r"\b([A-Za-z]{3,})\s+$")
_NOT_COUNTED_BEFORE = frozenset({
    "the", "these", "those", "its", "their", "our", "overall", "total", "weekly", "monthly",
    "annual", "daily", "yearly", "record", "latest", "new", "official", "published",
    "provisional", "final",
})  # fmt: skip
"""Words before an amount noun that are not what it counts ("the numbers", "weekly totals")."""
