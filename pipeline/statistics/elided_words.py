"""The words around a number that the elided-count rules of
:mod:`pressfacts.statistics.elided_counts` read: what states when a count was made, a
named line, a step of justice, a part of a whole, the verb of a clause with its noun left
out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressfacts.lexicon.months import MONTH
from pressfacts.lexicon.number_words import WORD_NUMBER


@dataclass(frozen=True)
class ElidedRule:
    """A named way a count repeats the noun of the count before it."""

    name: str
    before: re.Pattern[str]
    """Matches the end of the sentence before the number."""
    after: re.Pattern[str]
    """Matches the start of the sentence after the number."""
    whole_clause: bool = False
    """Whether ``before`` reads the whole sentence before the number (when the caller
    gives it), not only the few words right before it."""


PERIOD_NEXT = re.compile(
    r"\s*(?:in|during|over|throughout|for|across|by|last|this|between\s+(?=(?-i:[A-Z\d]))|"
    r"the\s+(?:previous|following|"
    r"same|year|month|week|past|last)|a\s+(?:year|month|week)\s+(?:earlier|before|later))\b",
    re.I,
)
"""The words after a number that state when it was counted: " in June", " last year",
" between July and September" (not "between them")."""
ANYTHING = re.compile(r"")
RANKING_NEXT = r"(?:followed\s+by|ahead\s+of)"
"""The words that open the next member of a ranking after a count (rule ``ranking_next``):
"Hove had the most, 40, followed by Lewes with 31", "Preston recorded the most, 263, ahead
of Burnley on 198": the member's place and count are its own, its noun the ranking's."""
THERE_CLAUSE = r",\s+and\s+(?=there\s+(?:were|was|(?:had|has|have)\s+been)\s)"
"""Rule ``there_clause``: ", and there were" / ", and there has been" opens a clause of its
own, a figure with its own place and span ("Burglary made up 212 of the crimes, and there
were 31 in Selby between May and July": Selby and May to July are the 31's, not the 212's);
not "there were 31 burglaries in Selby" (no clause before it), nor " and there" with no
comma ("more patrols and there" runs on one clause)."""
REPORTED_PRONOUN_CLAUSE = (
    r"(?<=\w)\s+and\s+that\s+(?=(?:it|they|he|she|we|there)\s|"
    r"(?!(?:figure|number|total|rate|level|amount|trend|rise|fall|is|was)\b)"
    r"(?![\d,]+\s)(?:[\w'’-]+\s+){1,3}?(?:had|have|has|were|was)\s+(?:been\s+)?[a-z]{3,}\b)"
)
"""Rule ``reported_pronoun_clause``: " and that" + a pronoun, with no comma: the second of
two reported clauses, whose places are its own ("said demand had doubled since 2024 and
that it needed 30 more volunteers in Ripon": Ripon is the volunteers', not the doubling's),
as after ", and that"; its part ``reported_noun_clause``: " and that" + a short noun subject
and "had", "has", "was" or "were" with a verb ("had recovered more than 60 pistols and
that 3D-printed parts had been found at four addresses in Hampshire": Hampshire is the
addresses'); not "and that figure" (a demonstrative), "and that of Leeds" (no clause), nor
a figure after it (``period_own_clauses.REPORTED_FIGURE_CLAUSE``'s)."""

PLACE_SCOPES: tuple[str, ...] = ("as a whole", "alone", "on its own", "overall", "itself")
"""Words that scope a gapped item's place, between the place and its count ("and Cornwall
as a whole for 57", "and Leeds alone 40"): the count is still the place's (rule
``place_scope`` of ``gapped_verb`` and ``comma_gapped_verb``)."""
PLACE_SCOPE_WORDS = "|".join(w.replace(" ", r"\s+") for w in PLACE_SCOPES)
PLACE_SCOPE = r"(?:\s+(?i:" + PLACE_SCOPE_WORDS + r"))?"

CALENDAR = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
"""Capitalised words that open a date, not a place's name (", Tuesday 14 May")."""

ON_NAMED_LINE = (
    r"\s+on\s+the\s+(?!" + CALENDAR + r")(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*"
    r"(?:\s+(?:line|network|route|branch))?\b"
    r"(?!\s+(?!(?:and|or|in|at|on|during|over|last|this|between|were|was)\b)(?-i:[a-z]))"
)
"""A named line or network after a count ("96 on the District line", "40 on the
Overground"): where the count was made, as a place is; not "on the Friday", "on the
Council estates" (a noun after the name)."""
JUSTICE_STEP = (
    r"(?:arrested|charged|cautioned|convicted|summonsed|summoned|detained|interviewed|"
    r"prosecuted|jailed|sentenced|remanded|released|bailed)"
)
"""A step of justice taken against people: "arrested", "charged", "cautioned"."""
PEOPLE_STEP = (
    r"(?:moved\s+on|dispersed|stopped\s+and\s+searched|spoke\s+to|searched(?=\s+"
    r"(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?[\w,-]+\s+(?:people|men|"
    r"women|boys|girls|youths|teenagers|young\s+people|passengers|suspects)\b))"
)
"""A step officers take with people before any step of justice, its object people: "moved
on 23 people", "dispersed 40 youths", "stopped and searched 12 men", "searched 64 people"
(``searched`` only with people as its noun: "searched 40 homes" counts no people) (rule
``next_justice_step`` reads a step of justice after it: "… and arrested four", "…, arrested
21 and took 143 knives")."""
INCLUDING = re.compile(
    r"\bincluding\s+(?:(?:around|about|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$",
    re.I,
)
POSTED_PART = (
    r"\s+(?:based|stationed|located|embedded|working|placed|posted)\s+"
    r"(?:in|at|inside|within|across|alongside)\b|"
)
"""Where a part of the count before is posted (rule ``including_part``): "nine advisers,
including three based in hospitals", "40 officers, including 12 stationed at the port";
not "including three in Leeds" (a place with no participle may open a new count)."""
SENT_FROM_PART = (
    r"\s+from\s+(?:other|neighbouring|nearby|partner|outside|across\s+the)\s+"
    r"(?:forces|force\s+areas|police\s+forces|regions|the\s+force|the\s+county)\b|"
)
"""Where a part of the count before was sent from (rule ``including_part``, mutual aid):
"1,400 officers on duty, including 260 from other forces", "including 90 from
neighbouring forces"; not "including 60 from Leeds" (a place may open a new count)."""
OFFENCE_PART = (
    r"\s+for\s+(?!(?:the|a|an|this|that|its|their|his|her|our)\s)[a-z]+(?:\s+|-)[a-z]+ing\b"
    r"(?!-)|"
    r"\s+for\s+(?:burglary|theft|robbery|assault|affray|fraud|possession|criminal\s+damage|"
    r"shoplifting|harassment|stalking)\b|"
)
"""The offence a part of the count before was for (rule ``including_part``): "17 arrests,
including six for drug driving", "including two for dangerous driving", "including nine for
burglary", or the offence hyphened ("including 44 for drug-driving", "including three for
fly-tipping"); not "including six for the meeting" (a determiner: no offence), "including
six for Leeds" (a place), "including six for drink-driving-related crashes" (a hyphened
compound going on: a noun of its own)."""
PART_AFTER = re.compile(
    r"\s*(?:aged\b|under\b|who\b|between\b|for\s+(?:not\s+)?[a-z]+ing\b|[,.;:)]|$)|"
    r"\s+(?:found|recovered|seized|handed\s+in|surrendered|dumped|hidden|discovered)\s+"
    r"(?:during|in|at|on|by|under|near|inside)\b|"
    + POSTED_PART
    + SENT_FROM_PART
    + OFFENCE_PART
    + ON_NAMED_LINE,
    re.I,
)
PREMISES_PART_AFTER = re.compile(
    r"\s+(?:in|at|inside)\s+(?:(?:commercial|residential|business|industrial|rented|"
    r"empty|derelict|private|council|social|domestic)\s+)?(?:premises|properties|homes|"
    r"houses|flats|units|buildings|garages|lofts|warehouses|farms|outbuildings|sheds)\b",
    re.I,
)
"""The kind of premises a part of the count before was found in, after a count led by
"including" (rule ``including_premises``): " in commercial premises", " in rented homes",
" in industrial units", " in lofts"; not " in Leeds" (a place may open a new count)."""
PART_PERIOD_AFTER = re.compile(
    r"\s+(?:(?:in|during|over)\s+(?:the\s+)?(?:last|past|previous|first|latest|current|same|"
    rf"this|financial)\b|(?:in|during)\s+(?:(?:19|20)\d{{2}}\b|{CALENDAR})|(?:last|this)\s+"
    r"(?:year|month|week|quarter)\b|since\s|so\s+far\b)",
    re.I,
)
"""A period right after a count led by "including": " in the last financial year", " in
2024", " in March", " last month", " so far" (rule ``including_period``)."""
TEST_OUTCOME = (
    r"\s+(?:(?:have|had)\s+)?(?:either\s+|also\s+|then\s+)?(?:failed|refused|"
    r"(?:tested|came\s+back|proved|returned)\s+(?:a\s+)?positive|"
    r"(?:were|was)\s+(?:positive|negative))\b"
)
"""What a roadside test found, after a count of the tests or the people tested (rule
``test-outcome``): "211 failed", "97 came back positive", "175 tested positive", "88
either failed or refused"; not "211 officers failed" (a noun of its own), "tested
positively" (no outcome)."""
CLAUSE_BEFORE = re.compile(
    r"(?:,\s*|\s)(?:while|whereas|but|and|yet)\s+(?:that\s+)?(?:only\s+|just\s+)?(?:(?:around|"
    r"about|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$",
    re.I,
)
"""The opening of a clause whose subject is a count with its noun left out: ", while",
" and", ", but only" (rules ``clause_passive`` and ``clause_content``); in reported speech
"and that" ("said 57 reports had been passed on, and that at least 19 had led to an
arrest": guard ``reported_that_clause``), with "at least" among the qualifiers."""
CONTENT_BEFORE = re.compile(
    r"(?:,\s*|\s)(?:and|but)\s+(?:only\s+|just\s+)?(?:(?:around|about|some|nearly|almost|"
    r"over|more\s+than)\s+)?$",
    re.I,
)
"""The opening of a clause that goes on about the reports or calls just counted: ", and",
", but only" (rule ``clause_content``); not ", while" (a contrast, whose verb may tell of
what another count's things were about: "4,310 callers disclosed …, while 1,270
described …" would take a span the count before may owe to its own clause)."""
CONTENT_VERB_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:described|involved|mentioned|concerned|featured|related\s+to|"
    r"referred\s+to)\b",
    re.I,
)
"""The verb of a clause telling what the reports, calls or cases just counted were about
("and 38 described someone being injected", "while 22 related to door staff")."""
AGE_BOUND_AFTER = re.compile(
    r"\s+(?:were|was)\s+(?:all\s+)?(?:aged\s+)?(?:under|over|below|above)\s+\d{1,2}\b"
    r"(?![,.]\d)(?=\s*(?:[.,;:!?)]|and\b|or\b|$))",
    re.I,
)
"""An age bound as what a clause says of a part of the people just counted: "and 23 were
under 14", ", while 9 were over 65" (rule ``clause_age_bound``); not "were under 2,000"
(no age), "were under 14 miles" (a noun after it)."""
IRREGULAR_PASSIVES: tuple[str, ...] = (
    "seized", "taken", "found", "stolen", "given", "seen", "made", "held", "caught",
    "brought", "sent", "kept", "put", "shown", "told", "paid", "sold", "spent", "hurt",
    "beaten", "thrown", "bitten", "driven", "upheld", "withheld", "withdrawn", "written",
    "hidden", "broken", "known", "chosen", "lost", "struck", "shot", "dealt", "hit", "cut",
    "heard", "met", "done", "bought", "sought", "drawn", "undertaken", "spoken", "led",
    "left", "sworn", "overturned",
)  # fmt: skip
"""Participles not ending in "-ed" that a passive of an elided count may use (rule
``clause_passive``: "and 57 were kept in a cell", "while 12 were put on a course", "and
904 were upheld", "while 31 were withdrawn"), and a count opening its sentence as a
passive's subject (:func:`pressfacts.statistics.elided_subjects.opens_passive`: "Of
those, 212 were upheld.")."""
NEGATED_PASSIVE_AFTER = re.compile(
    r"\s+(?:(?:were|was)\s+(?:never|not)|(?:have|has|had)\s+(?:never|not)\s+been)\s+(?:yet\s+)?"
    r"(?:[a-z]+ed|" + "|".join(IRREGULAR_PASSIVES) + r")\b",
    re.I,
)
"""A negated passive after an elided count (rule ``clause_negated_passive``): "and 212 were
never claimed", "while 40 have not been charged"; not "and 12 were not there" (no
participle)."""
RELATIVE_PASSIVE_AFTER = re.compile(
    r"\s+who\s+(?:were|was|(?:had|have|has)\s+been)\s+(?:being\s+)?(?:[a-z]{3,}ly\s+)?"
    r"(?:[a-z]+ed|" + "|".join(IRREGULAR_PASSIVES) + r")\b",
    re.I,
)
"""A relative passive right after an elided count (rule ``relative_passive``): "53 children
who were being used …, and 19 who were being sexually exploited", "while 12 who had been
arrested"; not "and 19 who were there" (no participle), "and 19 officers who were …" (a
noun of its own)."""
OBJECT_VERB_END = (
    r"(?:,\s*|\s)(?:and|but|while)\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:[a-z]{3,}ed|found|caught|took|kept|sent|brought|gave|held|sold)\s+"
    r"(?:(?:around|about|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$"
)
"""A second verb of the clause's subject, in the past, right before a count it takes as its
object: "stopped 340 lorries and seized", ", but closed", "and found"."""
OBJECT_VERB_BEFORE = re.compile(OBJECT_VERB_END, re.I)
"""Rule ``object_relative``'s clause before: :data:`OBJECT_VERB_END`."""
OBJECT_RELATIVE_AFTER = re.compile(r"\s+(?:that|which)\s+(?:were|was|are|is|had|have|has)\b", re.I)
"""A relative clause right after such an object count, telling which of the things just
counted it took (rule ``object_relative``): "and seized 19 that were overloaded", "and found
37 that had no MOT"; not "and seized 19 cars that were" (a noun of its own), "and seized 19
that day" (no relative clause), "and arrested 12 who were wanted" (people, which the
things counted before are not: rule ``object_relative_people`` reads a "who")."""
PERFECT_ADVERB = r"(?:(?:so\s+far|since|now|already|also|then|later)\s+)?"
"""A time adverb between a perfect's "have"/"had" and what follows it, read by the elided
rules ``clause_passive`` and ``clause_people_act``: "and 12 have since been charged", "and
nine have so far agreed to …", "while 30 had already been released"."""
CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:were|was|(?:have|had)\s+"
    + PERFECT_ADVERB
    + r"been)\s+(?:then\s+|later\s+|also\s+|since\s+)?"
    r"(?:[a-z]{3,}ly\s+)?"
    r"(?:[a-z]+ed|" + "|".join(IRREGULAR_PASSIVES) + r"|"
    r"for|about)\b|"
    r"\s+(?:(?:have|had)\s+(?:since\s+|now\s+|already\s+)?)?"
    r"(?:left|resigned|retired|quit|joined|rejoined|absconded|replied|responded)\b|"
    r"\s+came\s+(?:from|via|through)\b|\s+(?:took\s+place|happened|occurred)\s+(?:in|at|on)\b|"
    + TEST_OUTCOME
    + "|"
    r"\s+(?:(?:have|has|had)\s+(?:since\s+|now\s+|already\s+|so\s+far\s+)?)?"
    r"(?:led|resulted)\s+(?:to|in)\b|"
    r"\s+(?:were|was)\s+(?:(?:in|from)\s+(?:the\s+)?|on\s+the\s+)(?!" + CALENDAR + r")"
    r"(?-i:[A-Z])[\w’'-]+|"
    r"\s+(?:who|that|which)\s+[^,.;:]{1,60}?\s+(?:have|has|had|were|was)\s+(?:been\s+)?[a-z]+ed\b",
    re.I,
)
"""The verb of a clause a count opens with its noun left out: a passive ("were seized"),
leaving or joining ("left", "have since joined"), answering ("requests went to 43 forces,
and 38 replied": rule ``answered_part``), where the things counted came from, or
the place they were in ("while 104 were in Preston", "and 41 were on the Wirral", a peninsula
or island after "on the"; not "were in custody", "were in May", "were on bail", "were on
Friday") or took place in ("and 212 took place in Coventry", "while 41 occurred at
schools"; not "20 took part in"), a passive with an adverb before its participle ("and
212 were seriously injured", "while 40 were wrongly recorded"), an outcome ("and only 54
led to a dismissal", "but 12 have resulted in charges"), or a passive after a relative
clause about them ("and 27 who were caught again have been prosecuted"); an adverb of time
may stand between the auxiliary and "been" or "led" ("and 12 have since been charged",
"and 19 had so far led to an arrest": guard ``adverb_after_auxiliary``)."""

HAD_DONE_AFTER = re.compile(
    r"\s+(?:(?:have|has)\s+)?(?:since\s+|also\s+|then\s+)?had\s+(?:their|his|her)\s+"
    r"(?:[a-z-]+\s+){1,2}?(?:[a-z]{3,}ed|withdrawn|taken\s+away)\b",
    re.I,
)
"""What was done to the things or people a count opens a clause about, told with "had
their … <participle>" (rule ``clause_had_done``): "while ten had their orders revoked",
"and 12 have had their licences suspended"; not "had their own solicitor" (no participle),
"had their first child" (no participle)."""

BRACKET_LABEL = (
    r"(?:\d{4}(?:[/–-]\d{2,4})?|(?:last|previous|the\s+previous|the\s+same)\s+"
    r"(?:year|period|quarter|month))\s*[:=]"
)
"""The label of another time's level in brackets: "2023/24:" in "(2023/24: 1,102)", "last
year:"; read by the elided rule ``bracketed_yardstick`` and the period clause break
``period_clauses.BRACKETED_YARDSTICK``."""
AGAINST_TARGET = (
    r"\s+(?:against|targeting|targetting|aimed\s+at|directed\s+at)\s+(?!(?:an?|the|its|"
    r"their)\s+(?:[\w-]+\s+)?(?:target|average|aim|goal|baseline|total|figure)s?\b)[A-Za-z]"
)
"""Whom a listed count was aimed at, after it: " against disabled people"; not " against a
target of 80" (a yardstick); read by the elided rule ``listed_against_target``."""


def included_part(text: str, start: int) -> bool:
    """Whether the count at ``start`` of ``text`` is a part its sentence names with
    "including" ("18 held positions of trust, including two teachers"): not the count a
    later sentence's elided noun stands for ("So far, 46 have been charged": people)."""
    return INCLUDING.search(text, max(0, start - 30), start) is not None


WITH_PLACE_GAPPED = re.compile(
    r",\s+(?i:with)\s+(?:the\s+)?(?!" + CALENDAR + r")[A-Z][\w’'-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}\s+"
    r"(?i:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$"
)
"""Before the first count of a list of named subjects after ", with", the verb gapped
(rule ``with_place_gapped``): "Leeds accounted for 412 of the arrests, with Bradford 301
and Wakefield 188"; not ", with Bradford for 301" (another rule's), ", with 301" (no
name), ", with Tuesday 14" (a date)."""
COLON_PLACE_GAPPED = re.compile(
    r"[A-Za-z)]:\s+(?:the\s+)?(?!" + CALENDAR + r")[A-Z][\w’'-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}\s+"
    r"(?i:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$"
)
"""Before the first count of a list of named subjects after a colon, the verb gapped (rule
``colon_place_gapped``): "Officers made 42 arrests: Middlesbrough 18, Stockton 11 and
Redcar 5" (the items after the first are ``comma_gapped_verb``'s); not "arrests: Tuesday
14" (a date), "arrests: 18" (no name)."""
GAPPED_END = re.compile(r"\s*(?:[.;)]|,\s|$)|\s+and\s+(?:the\s+)?(?-i:[A-Z])")
"""After a gapped count: the sentence's or clause's end, or "and" before the next name."""

PARTITIVE_BEFORE = re.compile(
    rf"(?:^|[\s,])(?:\d[\d,]*|{WORD_NUMBER})\s+of\s+(?:them|those|these)\s+[^.;:]{{1,120}}?,?"
    r"\s+and\s+$",
    re.I,
)
"""A clause opened by a part of the things counted before ("Seven of them were keeping
footage …, and"), whose parallel clause's count leaves the noun out (rule
``parallel_partitive``)."""
PARALLEL_VERB_AFTER = re.compile(r"\s+(?:had|have|has|were|was|did|could)\s+(?!been\b)", re.I)
"""The verb of that parallel clause: "and three had no way of tracking it"."""


GAPPED_VERB_BEFORE = re.compile(
    r"(?:^|[\s,])(?i:and)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:with\s+|upon\s+|and\s+|of\s+)?[A-Z][\w’'-]*){0,3}"
    r"(?:\s+(?:line|station|wards?|branch|team|office|division|district|hub|centre))?"
    + PLACE_SCOPE
    + r"(?:\s+(?i:for|with|on|at))?\s+"
    r"(?i:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$"
)
"""Before a count whose verb is gapped after a named subject after "and" (rule
``gapped_verb``): "… and Bradford for 287", "… and the Victoria line for 61", "… and
Cornwall as a whole for 57" (:data:`PLACE_SCOPE`)."""
COMMA_GAPPED_BEFORE = re.compile(
    r",\s+(?:the\s+)?(?!" + CALENDAR + r")[A-Z][\w’'-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}" + PLACE_SCOPE + r"(?:\s+(?i:for|on|at))?\s+"
    r"(?i:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$"
)
"""Before a count whose verb is gapped after a named subject after a comma (rule
``comma_gapped_verb``): ", York for 38", ", Leeds as a whole for 90"."""
SHARE_CONTRAST_BEFORE = re.compile(
    r"\b(?:of|among)\s+(?:the|all|these|those)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b[^.;:]{1,120}?"
    r",\s*while\s+(?:only\s+|just\s+)?(?:(?:around|about|some|nearly|almost|over|more\s+than)"
    r"\s+)?$",
    re.I,
)
"""A share of a whole ("seven in ten of the assaults", "most of the calls") told of, then a
contrasting ", while" whose count is another part of that whole (rule
``share_contrast_content``): "Two thirds of the reports were of verbal abuse, while 61
involved a weapon"; not ", while 61 staff involved …" (a noun of its own)."""


STATE_AFTER = re.compile(
    r"\s+(?:were|was|(?:had|have)\s+been)\s+(?:still\s+|later\s+|then\s+|also\s+)?"
    r"(?:homeless|unemployed|sleeping\s+rough|missing|unhurt|uninjured)\b",
    re.I,
)
"""A state of the people just counted, as what a clause says of a part of them (rule
``clause_state``): "and 356 were homeless or sleeping rough within three weeks", "while 40
were still unemployed", "but 12 were unhurt"; not "and 356 homeless people" (a noun of
its own) nor "and 356 were freed" (a passive: ``clause_passive``)."""


OPEN_STATE_AFTER = re.compile(
    r"\s+(?:were|was|(?:had|have)\s+been|(?:are|is)|remain(?:ed)?)\s+"
    r"(?:still\s+|also\s+)?(?:active|open|operating|in\s+operation|unresolved|outstanding)\b"
    r"(?!\s+(?:[a-z]+\s+)?(?:members|users|officers|volunteers|cases|sites|accounts)\b)",
    re.I,
)
"""A part of the things just counted told as still running or open (rule
``clause_open_state``): "found 1,046 illegal waste sites, and 534 were still active on 31
March", "opened 212 investigations, of which 40 remain open", "while 18 are outstanding";
not "and 534 active sites" (a noun of its own), "and 40 were active members" (a noun after
the state), "and 40 were actively …" (no state)."""

RANKED_GROUP = r"(?:number|total|count|team|contingent|allocation)"
"""Rule ``ranked_group``: what may stand after a superlative before a ranked count left
without its noun (:func:`pressfacts.statistics.elided_subjects.ranks_most`): a total ("the
highest number, 912") or the group the things counted make up ("Norwich has the largest
team, with 41" after a sentence counting officers); not "the largest team, with 41
volunteers" (a noun of its own, read first)."""


THERE_SO_FAR_AFTER = re.compile(
    r"\s+(?:so\s+far\s+(?:this\s+(?:financial\s+)?year|in\s+\d{4})|this\s+(?:financial\s+)?year"
    r"(?:\s+so\s+far)?|so\s+far|to\s+date|since\s+(?:the\s+(?:start|beginning)\s+of\s+)?"
    rf"(?:(?:19|20)\d{{2}}|{MONTH}(?:\s+(?:19|20)\d{{2}})?|(?:the|this)\s+(?:financial\s+)?year)|"
    r"(?:in|over|during)\s+the\s+(?:past|last|first)\s+(?:[a-z\d]+\s+)?"
    r"(?:days|weeks|months|years)(?:\s+of\s+(?:this|the)\s+(?:financial\s+)?year)?)"
    r"\s*(?:[.;:,)]|$)",
    re.I,
)
"""Rule part ``there_were_so_far`` of
:func:`pressfacts.statistics.elided_subjects.opens_passive`: a running span closing the
clause after a "there were/have been" count that opens its sentence, more of the things the
sentence before counted ("… fell from 410 in 2023 to 355 in 2024. There have been 212 so
far this year, down 8% …", "There have been 58 this year.", "… 730 since January.", "… 41
to date.", "… 212 since the start of the year.", "… 212 in the past 12 months.", "… 212 in
the first nine months of this year."); not "There have been 58 wardens this year" (a noun of
its own, read first), "There have been 58 this year's complaints" (a noun after the
span)."""
