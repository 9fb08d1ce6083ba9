"""A count that opens its sentence with no noun, the subject of a passive verb, counts the
noun of the count in the sentence before.

"Officers collected 1,150 knives in the fortnight. More than 400 were handed in at one
bin": the 400 has no noun of its own, and "were handed" says it is the subject of what
happened to the things just counted. The unit rule ``elided-subject``
(:data:`pressfacts.statistics.units.UNIT_RULES`) gives it the unit of the last count of
the sentence right before (never money, weights or ratios) when :func:`opens_passive`
says the sentence is that count (an optional qualifier), then "were/was/have been/had
been" and a past participle, or "there were" and nothing after it ("The remaining three
were made in Lancaster": what is left of that count); a short lead-in may come first ("In
Telford, 310 were reported", "In Hull alone there were 460"). Not "400 people were
arrested" (a noun of its own, read first), "Of these, 400 were …" (the partitive rules),
nor "400 were there" (no participle). A sentence restating the count before as a rate
counts its noun too: "1,436 children were referred. That is an average of almost 28 a
week." (:func:`restates_rate`). So does a count joined by "and" to a sentence that opens
on a share of that count: "Almost two-thirds were grass fires, and 73 involved vehicles"
(:func:`follows_opening_share`). So does the other side of a comparison with it: "That
compares with 4,020 in 2025." (:func:`compares_back`), and a level of the same thing
closing its clause: "In Crewe, officers received 64, …", "The previous record was 452."
(:func:`states_level`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import StatisticFinding
from pressfacts.lexicon.lists import BULLET
from pressfacts.lexicon.months import MONTH
from pressfacts.lexicon.units import MONEY_UNITS, NOT_COUNTED_UNITS
from pressfacts.statistics.category_parts import opens_category_part
from pressfacts.statistics.elided_words import (
    IRREGULAR_PASSIVES,
    RANKED_GROUP,
    TEST_OUTCOME,
    THERE_SO_FAR_AFTER,
    included_part,
)
from pressfacts.statistics.named_levels import QUALIFIER as _QUALIFIER
from pressfacts.statistics.named_levels import names_change_level, names_level, number_moved_level
from pressfacts.statistics.period_clauses import COMPARES_BACK_WORDS
from pressfacts.statistics.trend_subjects import NO_NOUN_AFTER, trend_subject

RELATIVE_SPAN_LEAD_IN = (
    r"(?:so\s+far\s+)?(?:this|last)\s+(?:financial\s+)?(?:year|month|week|quarter|spring|"
    r"summer|autumn|winter),?\s+|so\s+far\s+in\s+(?:\d{4}(?:[/-]\d{2,4})?|(?-i:[A-Z])[a-z]+),\s+"
)
"""Rule ``relative_span_lead_in`` of the lead-in: a span relative to the publication date
opening the sentence before the count ("So far this year, 262 have been reported", "Last
month, 40 were seized", "So far in 2026, 75 were recorded"): the count still counts the
noun of the count before; not "This year's 262 …" (no lead-in), "So far this year 262
officers …" (a noun of its own, read first)."""
_LEAD_IN = (
    r"(?:(?:(?:in|across|at|for|during|within|on|over)\s+[\w’'\-/ ]{1,40}?,?\s+(?:alone,?\s+)?)|"
    rf"(?:{RELATIVE_SPAN_LEAD_IN})|"
    r"(?:since|throughout|between)\s+[\w’'\- ]{1,60}?,\s+|"
    r"(?:so\s+far|to\s+date|in\s+total|in\s+all|overall|altogether),\s+)?"
    r"(?:(?<=,\s)(?:between|from)\s+[\w’'\- ]{1,40}?,\s+)?"
)
"""A short lead-in before the count: "In Telford, ", "In Hull alone ", "During May, ", "On
Anglesey ", "In 2024/25 " (a financial year's slash); a period phrase with its comma:
"Since the scheme began in May 2021, ", "Between April and June this year, "; a tally's
adverb with its comma: "So far, ", "To date, ", "In total, "; after a lead-in closed by a
comma, the span it covers between commas ("During the Easter holidays, between 30 March
and 17 April, ")."""
_QUALIFIED_OPENING = re.compile(rf"\s*(?:{BULLET}[ \t]*)?{_LEAD_IN}{_QUALIFIER}", re.I)
"""The words a count may open its sentence with: a list item's marker ("- 212 were made at
night" after "- 1,104 contacts were …"), a short lead-in, a qualifier."""
_THERE_WERE = re.compile(
    rf"\s*{_LEAD_IN}there\s+(?:were|was|have\s+been|had\s+been)\s+{_QUALIFIER}", re.I
)
"""A sentence that says there were that many: "In Hull alone there were 460."."""
_CLAUSE_END = re.compile(r"\s*(?:[.;:,)]|$)")
_PLACE_CLAUSE_END = re.compile(
    r"\s+(?:in|at|across)\s+(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,3}"
    r"\s*(?:[.;:,)]|$|and\s)",
    re.I,
)
"""A place closing the clause after a "there were" count: " in Wirral and 11 …", " at
Heathrow."; not " in custody." (no name)."""
_TIME_CLAUSE_END = re.compile(
    r"\s+(?:(?:in|during|over|for)\s+(?:the\s+)?(?:previous|preceding|prior|same)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:year|period|quarter|month|week|fortnight)s?"
    rf"|(?:in|during)\s+(?:(?:19|20)\d{{2}}(?:[-/]\d{{2}})?|{MONTH})"
    r"|(?:the|a)\s+(?:year|month|week)\s+(?:before|earlier)|last\s+(?:year|month|week))"
    r"\s*(?:[.;:)]|$)",
    re.I,
)
"""Rule part ``there_were_time``: a time closing the clause after a "there were" count,
the other side of the count before it ("… fell to 61 in the year to June. There were 74 in
the previous year.", "There were 40 in 2024.", "There were 12 the year before."); not
"There were 74 in the previous year's survey of farms" (a noun after the time), "There were
74 officers in 2024" (a noun of its own)."""
_PASSIVE = re.compile(
    r"\s+(?:of\s+(?:them|these|those)\s+)?(?:were|was|(?:have|had)\s+(?:since\s+|now\s+|already\s+)?been|"
    r"are\s+being|"
    r"will\s+be)\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:[a-z]+ed|"
    + "|".join(IRREGULAR_PASSIVES)
    + r")\b|\s+came\s+(?:from|via|through)\b|"
    + TEST_OUTCOME
)
"""A passive after the count: "were handed", "have been seized", "have since been
charged", "was found"; where the things counted came from ("486 came from parents"); or
what a roadside test found (:data:`~pressfacts.statistics.elided_words.TEST_OUTCOME`: "A
further 175 tested positive")."""
_MORE_OPENING = re.compile(
    rf"\s*{_LEAD_IN}(?:a\s+further|another|the\s+(?:remaining|other))\s+", re.I
)
"""A count that opens its sentence as more of the count before: "A further 12", "Another
nine", "The remaining 40"."""
_MORE_VERB = re.compile(
    r"\s+(?:are|is|were|was|will|would|have|has|had|remain|remained|joined|started|began|"
    r"left|went)\b"
)
"""A verb of any voice after such a count: "A further 12 are due to start", "Another nine
joined in May"; not "A further 12 officers" (a noun of its own)."""
_NOT_COUNTED = NOT_COUNTED_UNITS


def level_counts(counts: Sequence[StatisticFinding], text: str) -> list[StatisticFinding]:
    """The counts of a sentence of ``text`` a later count may take its noun from: the
    levels, not the changes ("1,380, a rise of 310"), not the sums ("68 cable thefts …,
    costing the railway £2.3m": "In Cheshire alone there were 19" counts thefts), not the
    parts named with "including" (:func:`.included_part`); each step keeps all when none
    would be left."""
    levels = [f for f in counts if f.change is None] or list(counts)
    levels = [f for f in levels if f.unit not in MONEY_UNITS] or levels
    return [f for f in levels if not included_part(text, f.start)] or levels


def opens_passive(before: str, after: str) -> bool:
    """Whether the count between ``before`` and ``after`` (its sentence's words) opens the
    sentence, with at most a qualifier before it, as the subject of a passive verb, or
    as more of the count before ("A further 12 are …", :data:`_MORE_OPENING`) with any
    verb."""
    if _THERE_WERE.fullmatch(before):  # "In Hull alone there were 460.", "There were
        # 12 in Wirral and 11 in Sefton."
        return bool(
            _CLAUSE_END.match(after)
            or _PLACE_CLAUSE_END.match(after)
            or _TIME_CLAUSE_END.match(after)
            or THERE_SO_FAR_AFTER.match(after)  # rule part there_were_so_far
        )
    if _MORE_OPENING.fullmatch(before) and _MORE_VERB.match(after):  # "A further 12 are
        # due to start in September": more of the count before, whatever its verb
        return True
    return _QUALIFIED_OPENING.fullmatch(before) is not None and bool(_PASSIVE.match(after))


_SPOKE_VERB = re.compile(
    r"\s+(?:also\s+)?(?:raised|reported|complained|said|told|described|alleged|asked|"
    r"requested|refused|declined|disclosed|admitted)\b"
)
"""A verb of telling, in the past, after a count: only people tell ("raised concerns",
"complained", "said they …", "declined to take part")."""


def speaks_back(before: str, after: str) -> bool:
    """Whether the count between ``before`` and ``after`` opens its sentence, with at most a
    qualifier before it, as the subject of a verb of telling (:data:`_SPOKE_VERB`): some of
    the people just counted, telling something ("The team spoke to 1,032 detainees.
    Forty-three raised concerns about their treatment"); not "43 detainees raised …" (a
    noun of its own, read first), "43 were …" (:func:`opens_passive`'s)."""
    return _QUALIFIED_OPENING.fullmatch(before) is not None and bool(_SPOKE_VERB.match(after))


_THE_REST = re.compile(r"\s*the\s+(?:other|remaining)\s+", re.I)
_REST_PLACED = re.compile(r"\s+(?:were|was)\s+(?:all\s+)?(?:in|at|across|from)\s", re.I)
"""The rest of the count before, opening its sentence and placed: "The other four were in
Leeds.", "The remaining 12 were at a farm near Boston"."""


def places_the_rest(before: str, after: str) -> bool:
    """Whether the count between ``before`` and ``after`` opens its sentence as the rest of
    the count before ("The other four") and says where they were; not "The other four
    officers" (a noun of its own: read before this rule), "The other four said …"."""
    return _THE_REST.fullmatch(before) is not None and bool(_REST_PLACED.match(after))


def countable(unit: str | None) -> str | None:
    """``unit`` when it is a counted noun (not money, a ratio or a weight), else None."""
    if not unit or unit in _NOT_COUNTED or not unit.endswith(("s", "people", "children", "men")):
        return None
    return unit


_RESTATING = re.compile(
    r"\s*(?:that|this|which)\s+(?:is|was|['’]s|works\s+out\s+(?:at|as))\s+"
    r"(?:(?:equivalent\s+to|an\s+average\s+of|on\s+average)\s+)?" + _QUALIFIER,
    re.I,
)
"""A sentence that restates the figure before it: "That is an average of almost",
"This is around", "That works out at"."""
_RATE_AFTER = re.compile(r"\s+(?:a|per|every|each)\s+(?:day|week|month|year)\s*(?:[.;:,)]|$)", re.I)
"""A rate closing the clause after the count: " a week.", " per day,"."""


def restates_rate(before: str, after: str) -> bool:
    """Whether the count between ``before`` and ``after`` is the figure of the sentence
    before restated as a rate, in a sentence of its own: "That is an average of almost
    28 a week." Not "That is 28 officers a week" (a noun of its own, read first), "This
    is 28" (no rate)."""
    return _RESTATING.fullmatch(before) is not None and bool(_RATE_AFTER.match(after))


_SHARE = (
    r"(?:half|(?:a|one|two)[-\s](?:third|quarter|fifth|sixth|eighth|tenth)s?|three[-\s]quarters|"
    r"(?:one|two|three|four|\d+)\s+in\s+(?:every\s+)?\w+|\d+(?:\.\d+)?\s*(?:%|per\s*cent))"
)
_AFTER_OPENING_SHARE = re.compile(
    rf"\s*{_QUALIFIER}{_SHARE}\s+(?!of\b)[^.;:]{{1,80}}?,?\s+and\s+{_QUALIFIER}", re.I
)
"""A sentence that opens on a share of the count before, then "and" and this count:
"Almost two-thirds were grass fires, and 73 …", "Half were boys and 12 …"; not "Half of
the calls …, and 12" (the share names its own whole)."""
_VERB_AFTER = re.compile(
    r"\s+(?:were|was|had|have|are|involved|included|came|took|needed|led|went|[a-z]+ed)\b"
)
"""A verb right after the count: it is its clause's subject."""


def follows_opening_share(before: str, after: str) -> bool:
    """Whether the count between ``before`` and ``after`` is the subject of a clause joined
    to an opening share of the count before ("Almost two-thirds were grass fires, and 73
    involved vehicles": 73 of the fires)."""
    return _AFTER_OPENING_SHARE.fullmatch(before) is not None and bool(_VERB_AFTER.match(after))


_COMPARES_BACK = re.compile(rf"{COMPARES_BACK_WORDS}\s+(?:a\s+total\s+of\s+)?{_QUALIFIER}", re.I)
"""A sentence opening on a comparison with the figure before, up to its count."""


def compares_back(before: str) -> bool:
    """Whether the count after ``before`` (its sentence's words up to it) is the other side
    of a comparison with the figure of the sentence before, in a sentence that opens on
    it: "That compares with 4,020 in 2025." Not "Police said that compares with 40" (not
    the sentence's opening)."""
    return _COMPARES_BACK.fullmatch(before) is not None


RANK_ORDINAL = r"(?:(?:second|third|fourth|fifth|next)[\s-]+)?"
"""Rule ``ranked_ordinal``: a place in a ranking below the top before a superlative
("Leeds had the second highest number, with 49", "the third-largest total, 38"): a ranked
count as the top one is; not "the second time, with 49" (no superlative)."""
_MOST_WITH = re.compile(
    rf"\bthe\s+{RANK_ORDINAL}(?:most|fewest|highest|lowest|largest|biggest)"
    rf"(?:\s+{RANKED_GROUP})?\s*,"
    rf"\s+(?:(?:with|at)\s+)?{_QUALIFIER}$",
    re.I,
)
"""A superlative with its noun left out, then the count in apposition: "The bin in
Reading collected the most, with 61", "Leeds recorded the highest number, 912," "Leeds
had the second highest number, with 49" (:data:`RANK_ORDINAL`) (of the things counted
before)."""
_APPOSITION_END = re.compile(r"\s*(?:[.;:)]|,\s|$)")


def ranks_most(before: str, after: str) -> bool:
    """Whether the count between ``before`` and ``after`` is the largest (or smallest)
    share of the count before, its noun left out ("… collected the most, with 61,")."""
    return _MOST_WITH.search(before) is not None and bool(_APPOSITION_END.match(after))


_LEVEL_OPENING = re.compile(
    rf"\s*(?:{_LEAD_IN}(?:officers|police|the\s+force|staff|advisers|the\s+team|the\s+unit|"
    r"it|they)\s+(?:received|recorded|made|logged|took|handled|saw|obtained|secured|issued)|"
    r"the\s+(?:previous|last|former|old)\s+(?:record|high|peak|best|low)\s+(?:was|stood\s+at))"
    rf"\s+{_QUALIFIER}",
    re.I,
)
"""A sentence opening on a level of what was just counted, up to its count: "In Crewe,
officers received", "The previous record was"."""


def states_level(before: str, after: str) -> bool:
    """Whether the count between ``before`` and ``after`` is a level of the thing counted
    in the sentence before, its noun left out, closing its clause: "In Crewe, officers
    received 64, almost double …", "The previous record was 452, in …". Not "officers
    received 64 calls" (a noun of its own, read first), "In Crewe, 64 officers" (no
    verb)."""
    return _LEVEL_OPENING.fullmatch(before) is not None and bool(_APPOSITION_END.match(after))


_PERIOD_LEAD_IN = (
    r"(?:(?:in|during|over|within|since|throughout|so\s+far)\s+(?:the|this|last|its)\s+"
    r"[\w’'\- ]{1,60}?,\s+)?"
)
"""A period lead-in too long for :data:`_LEAD_IN`: "In the first nine months of this
financial year, "."""
_ACTION_OPENING = re.compile(
    rf"\s*(?:{_LEAD_IN}|{_PERIOD_LEAD_IN})"
    r"(?:officers|police|the\s+force|the\s+team|teams|they|colleagues)"
    r"(?:\s+(?:in|from|across|covering|based\s+in|working\s+in)\s+[^,.;:\d]{1,60}?)?"
    r"(?:,\s+(?:covering|including|which\s+covers)\s+[^.;:\d]{1,80}?)?,?\s+"
    r"(?:(?:have|has|had)\s+)?(?:(?:already|also|now|since)\s+)?"
    rf"(?P<verb>[a-z]{{3,}}ed|made|caught|found|seized|took)\s+{_QUALIFIER}",
    re.I,
)
"""A sentence opening on who acted and the verb (its auxiliary and an adverb may come
between), up to its count: "Officers in the south of the county arrested ", "In Bradford,
they seized ", "In the first nine months of this financial year, officers have already
found "."""
ACTION_REACH = 200
"""How far around the count before (characters) its sentence's verb may stand."""
_STOP = re.compile(r"[.!?](?=\s|$)")


def _verb_near(text: str, last_count: StatisticFinding, verb: str) -> bool:
    """Whether ``verb`` stands in the sentence of ``last_count``, at most
    :data:`ACTION_REACH` characters around it in ``text``."""
    start = max(0, last_count.start - ACTION_REACH)
    start = max((m.end() for m in _STOP.finditer(text, start, last_count.start)), default=start)
    stop = _STOP.search(text, last_count.end, last_count.end + ACTION_REACH)
    end = stop.start() if stop else last_count.end
    return re.search(rf"\b{verb}\b", text[start:end], re.I) is not None


def repeats_action(before: str, after: str, text: str, last_count: StatisticFinding) -> bool:
    """Whether the count between ``before`` and ``after`` closes a sentence that opens on who
    acted and a verb the sentence of the count before holds (at most :data:`ACTION_REACH`
    around it in ``text``): "In the north, 35 drivers were arrested. Officers in the south
    arrested 27." (27 drivers). Not "… arrested 27 people" (a noun of its own, read
    first), "Officers made 140 stops. They arrested 27." (another verb: 27 are no stops)."""
    opening = _ACTION_OPENING.fullmatch(before)
    if opening is None or not text or not _APPOSITION_END.match(after):
        return False
    return _verb_near(text, last_count, opening.group("verb"))


_PAIR_OPENING = re.compile(
    r"\s*(?P<subject>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}\s+and\s+[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,4})\s+(?:(?:have|has|had)\s+)?(?:also\s+)?"
    rf"(?P<verb>[a-z]{{3,}}ed|made|caught|found|seized|took)\s+{_QUALIFIER}"
    rf"(?:[\d][\d,.]*\s+and\s+{_QUALIFIER})?",
)
"""A sentence opening on two named subjects joined by "and" and their verb, up to the first
or second of a pair of counts: "West Midlands Police and Thames Valley Police recorded ",
"Leeds and Bradford recorded 2,115 and "."""
_PAIR_END = re.compile(r"(?:\s+and\s+" + _QUALIFIER + r"[\d][\d,.]*)?\s+respectively\b", re.I)
"""After a count of the pair: the second count, if any, then "respectively"."""


def repeats_respectively(before: str, after: str, text: str, last_count: StatisticFinding) -> bool:
    """Rule ``respective_pair``: whether the count between ``before`` and ``after`` is one of
    a pair of counts two named subjects made "respectively", with a verb the sentence of
    the count before holds: "The Met recorded 8,940 thefts. West Midlands Police and Thames
    Valley Police recorded 2,115 and 1,460 respectively." (thefts). Not "… recorded 2,115
    and 1,460 burglaries respectively" (a noun of its own, read first), nor "… seized 40
    and 12 respectively" after "recorded 8,940 thefts" (another verb)."""
    opening = _PAIR_OPENING.fullmatch(before)
    if opening is None or not text or not _PAIR_END.match(after):
        return False
    return _verb_near(text, last_count, opening.group("verb"))


_THING_IN_PLACE = re.compile(
    r"\s*(?:The|One|Its|Their)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:in|at|outside|near|by|on)\s+"
    r"[^,.;:\d]{1,50}?\s+(?:collected|took\s+in|received|gathered|held|accounted\s+for)\s+"
    + _QUALIFIER,
)
"""A sentence that opens on one thing of a place and what it took in, up to its count:
"The bin outside Hove station collected ", "One box at Ely library took in "."""
_ITS_OWN_END = re.compile(
    r"\s*(?:(?:on\s+its\s+own|alone|by\s+itself|between\s+them)\s*)?(?:[.;:)]|,\s|$)", re.I
)
"""The count closes its clause, perhaps with " on its own" or " alone"."""


def places_a_part(before: str, after: str) -> bool:
    """Whether the count between ``before`` and ``after`` is what one thing of a place took
    in of the things just counted, its noun left out: "The bin outside Hove station
    collected 41 on its own." Not "The bin in Hove collected 41 knives" (a noun of its
    own, read first), "The team in Hull collected 41 on Monday" (the clause goes on)."""
    return _THING_IN_PLACE.fullmatch(before) is not None and bool(_ITS_OWN_END.match(after))


_YEAR_NOT_FIGURE = r"\b(?:19|20)\d\d(?:/\d\d)?\b"
"""A year a sentence is dated by ("Between April and December 2025", "In 2024/25"): no
figure, so it does not stop :data:`_MORE_OBJECT` (rule ``more_object_dated``)."""
_MORE_OBJECT = re.compile(
    rf"(?:[^\d]|{_YEAR_NOT_FIGURE})*?\s(?:a\s+further|another|an?\s+(?:additional|extra))\s+"
    + _QUALIFIER,
    re.I,
)
"""A sentence with no figure before a count that is more of the count before, as an
object: "Officers found a further ", "Volunteers picked up another ", "Between April and
December 2025 it received a further " (a year is no figure); not "In May 40 were seized
and another " (a figure before it)."""
_MORE_BY_WHEN = (
    r"\s+(?:(?:this|next|the\s+coming)\s+(?:(?:financial|calendar|academic)\s+)?"
    rf"(?:year|month|quarter)|by\s+(?:the\s+end\s+of\s+)?(?:{MONTH}|Christmas|next\s+year))"
    r"\s*(?:[.;:)]|,\s|$)"
)
"""A time the more is for, closing the clause: "train a further 150 this financial year.",
"recruit another 40 by March." (the period rules read it)."""
_MORE_OBJECT_END = re.compile(
    r"\s*(?:[.;:)]|,\s|$)|\s+(?:in|at|on|from|during|across|near|inside|outside)\s+(?!(?:the\s+)?"
    r"(?:day|week|month|year|hours?|minutes?)s?\b)|" + _MORE_BY_WHEN,
    re.I,
)
"""What may follow such a count: its clause's end, where it was found ("in weapon
sweeps", "at two schools") or when it is due (:data:`_MORE_BY_WHEN`); not a unit of time
("another 12 hours")."""


def adds_more(before: str, after: str) -> bool:
    """Whether the count between ``before`` and ``after`` is more of the count of the
    sentence before, as the object of its sentence: "Officers found a further 29 in
    sweeps of parks." Not "found a further 29 knives" (a noun of its own, read first),
    "Police said 40 … and another 12" (a figure before it in its sentence)."""
    return _MORE_OBJECT.fullmatch(before) is not None and bool(_MORE_OBJECT_END.match(after))


def elided_subject(
    last_count: StatisticFinding | None,
    sentence: int,
    before: str,
    after: str,
    findings: Sequence[StatisticFinding] = (),
    text: str = "",
    skipped: bool = False,
    opening: int = 0,
) -> str | None:
    """The unit of ``last_count`` (the last count read before) for the count between
    ``before`` and ``after`` in sentence number ``sentence``: when ``last_count`` stands
    in the sentence right before and the count opens its own as a passive's subject or
    as the rest placed (:func:`places_the_rest`: "The other four were in Leeds."), opens
    it as people of it telling something (:func:`speaks_back`), is
    one place's part (:func:`places_a_part`) or more of it as an object
    (:func:`adds_more`),
    restates it as a rate (:func:`restates_rate`), is compared with it
    (:func:`compares_back`), is its largest part (:func:`ranks_most`), a level of the
    same thing (:func:`states_level`), a named subject's level (:func:`names_level`,
    :func:`names_change_level`) or
    the count of the same action in the document ``text`` (:func:`repeats_action`);
    the last two also of the count a little further back in ``findings`` (the document's
    figures so far) when only shares, sums or multiples stand since
    (:func:`counted_before`). ``skipped``: the sentence right before only compared or
    divided the counts before it (yardsticks, percentages): ``last_count`` may stand in the
    sentence before that ("742 sessions … That is 31% more than …, when 566 … There were a
    further 164"). ``opening``: where the count's sentence starts in ``text``; with no
    count in the sentence before, a passive or "There were" count takes the noun of the
    trend that sentence closes on (:func:`~pressfacts.statistics.trend_subjects.
    trend_subject`)."""
    if (
        last_count is not None
        and last_count.sentence in (sentence - 1, sentence - 1 - skipped)
        and countable(last_count.unit)
        and (
            opens_passive(before, after)
            or places_the_rest(before, after)
            or speaks_back(before, after)
            or places_a_part(before, after)
            or opens_category_part(before, after)
            or adds_more(before, after)
            or restates_rate(before, after)
            or follows_opening_share(before, after)
            or compares_back(before)
            or ranks_most(before, after)
            or states_level(before, after)
            or names_level(before, after)
            or names_change_level(before, after)
            or number_moved_level(before, after)
            or repeats_action(before, after, text, last_count)
            or repeats_respectively(before, after, text, last_count)
        )
    ):
        return countable(last_count.unit)
    if ranks_most(before, after) or names_level(before, after):
        return counted_before(sentence, findings)  # past shares, sums or multiples of it
    if text and (last_count is None or last_count.sentence < sentence - 1):
        there_were = _THERE_WERE.fullmatch(before) and NO_NOUN_AFTER.match(after)
        return trend_subject(text, opening) if there_were or opens_passive(before, after) else None
    return None


SHARES_REACH = 3
"""How many sentences back the count a ranking's count takes its noun from may stand, when
only shares, sums or multiples were stated since: "3,870 reports were made, an average
loss of £5,010 per report. Reports rose by 14%. London recorded the highest number, 912,
…"."""


def counted_before(sentence: int, findings: Sequence[StatisticFinding]) -> str | None:
    """The noun of the latest counted figure of ``findings`` (the document's figures so
    far) at most :data:`SHARES_REACH` sentences before ``sentence``, when every figure
    after it is a share, a sum or a multiple and the last figure stands in the sentence
    right before; else None."""
    if not findings or findings[-1].sentence != sentence - 1:
        return None
    for finding in reversed(findings):
        if finding.sentence < sentence - SHARES_REACH:
            return None
        unit = countable(finding.unit)
        if unit:
            return unit
    return None
