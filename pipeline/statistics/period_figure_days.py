"""Single days that are the span a figure counts, not an event's date.

A single day ("on 3 March") dates an event, which no figure takes
(:func:`pressfacts.statistics.period_rules.resolve_day`), unless the words around it make
it the day the figures were counted on. Each is a named pattern of :data:`FIGURE_DAYS`:

- ``day_alone``: "alone" or "itself" after the day ("58 fires on 5 November alone");
- ``day_of_action_day``: a day of action (or of enforcement, a one-day operation) the
  clause after the day says the figures were counted in ("On 14 May, officers searched 40
  homes in a single day of action", "made 23 arrests on 2 March during a day of action
  against county lines"): that day, which the rest of its paragraph takes too, as it
  takes any span its sentence states; not "a week of action" (a span of its own), "after a
  day of action on 3 May" (another event's day);
- ``day_for_action_day``: a day of action the day was set aside for, right after it
  ("joined the council on Tuesday 17 March for a day of action targeting waste
  carriers"): that day, which the paragraph after takes too; not "for a week of action";
- ``busiest_day``: a superlative naming the day of the counts before it ("The busiest day
  of the season was Sunday 26 July, when …");
- ``busiest_night``: the same of the day's night or evening ("The busiest night was
  Saturday 20 December, when officers responded to 37 calls");
- ``night_of_day``: a part of that day before it ("Searches of 30 cells on the night of 2
  March found 19 phones", "in the early hours of 4 January", "overnight on 9 May"): the
  figures of a raid, a search or a shift on that night, bounded to it;
- ``raid_day``: a raid or a warrant executed on that day, in the clause before it
  ("raided 14 addresses in Salford on 6 June 2023, recovering £487,000", "executed a
  warrant at a unit in Ashford on 3 March 2025" and what was found there): the day of the
  finds (the paragraph after too: ``period_lead_ins``' ``raid_day_lead_in``); not
  "was arrested in Wakefield on 14 August" (an arrest dates an event), "searched 40 cells
  on 3 November" (a search alone stays an event's date), "raided 12 homes after a shooting
  on 3 March" (the day of another event);
- ``raid_subject_day``: a raid or a warrant as its sentence's subject with the day it was
  carried out in apposition ("The raids, carried out on 14 October, also recovered three
  stolen cars"); not "after the raids, carried out on 3 March", "The searches, carried
  out on 3 March";
- ``raid_noun_day``: the same with the raid told as a noun after "in"/"during" ("seized 40
  knives in a dawn raid in Leeds on 4 March"); not "a rise in raids on 3 March";
- ``concealed_haul_day``: a haul hidden in luggage, clothing or a vehicle, told right
  before the day ("flew into Luton with 12kg of cocaine hidden in their suitcases on 9
  November"): the day it was carried and found; not "12 phones in a car on 14 October"
  (nothing hidden), nor a court's or an arrest's day in the clause between ("hidden in a
  van, was charged on 3 March");
- ``border_seizure_day``: a seizure at an airport, a port or a border, told in the clause
  before the day ("Border Force seized £80,000 at Stansted Airport on 3 March"): the day of
  the find; not "was arrested at Luton Airport on 3 March" (no seizure);
- ``action_day``: a day of action (:data:`ACTION_DAY_NOUN`) told right before the day
  ("during a day of action on 4 June officers stopped 120 vehicles"; told after it, "On 12
  May, in a single day of action, …" is ``day_of_action_day``'s): the day the operation's
  figures count; not "ahead
  of a day of action on 4 June" nor "a day of action is planned for 4 June" (one to come),
  nor "a week of action" (the day dates no more than its start).
- ``action_day_at_place``: the same opened by "on" or told with its place before the day
  ("On a day of action in Colchester on 12 March, officers made 23 arrests").
- ``one_day_event``: a day opening its sentence whose figures were counted at a one-day
  event ("On 13 September, caseworkers spoke to 140 people at a community event").
- ``opening_day_find``: a day opening its sentence whose officers seized, recovered or
  found what its figures count, later in that sentence ("On 2 October, officers traced the
  handsets to a unit in Enfield, where they recovered 900 phones").
- ``action_clause_day``: a day of action (an enforcement or intensification day) told in
  the clause before the day ("found trading without a licence during a day of action led by
  Cheshire Police on 17 September"): the day of its checks and finds (the paragraph after
  too: ``period_lead_ins``' ``action_day_lead_in``); not "a week of action on 3 March" (a
  week), "a day of action after a stabbing on 3 March" (another event's day).
- ``patrol_day``: one patrol told right before the day, with its place between ("During one
  night's patrol in Northumberland on 23 May, they stopped five vehicles").
- ``dispersal_order_day``: a dispersal order used or in force, in the clause before the
  day ("When the last dispersal order was used at the interchange, on 6 December, officers
  directed 23 young people to leave"): the day of the directions under it.
- ``ordinal_day_of``: a day in apposition to the first, opening, last or closing day of a
  scheme or event ("On Saturday 11 April, the first day of the wider scheme, 412 tools were
  marked"): that day; not the first day of a trial or hearing.
- ``named_day_of``: a day in apposition to a named day in capitals ("On 10 February, Safer
  Internet Day, officers visited 40 schools"): that day; not a person named Day.
- ``single_day_named``: a day in apposition after "a single day" or "one day" ("On a
  single day, 3 August, trespassers caused 112 cancellations"): the day the figures count.
- ``events_on_day``: a count opening its sentence whose things were, happened or fell on
  the day ("Eleven of the attacks were on 5 November"): that day; not "Two men were
  arrested on 3 March".
- ``seizure_when_day``: a "when" clause right after the day in which officers seized or
  found what the figures count ("was arrested at his home on 3 March, when officers seized
  11 phones"); not ", when he was charged with 14 offences".
- ``casualty_day``: a verb of killing or injuring with its toll as its object, in the
  clause before the day ("his dogs killed four ewes and injured six lambs on a farm near
  Ditchling on 14 March"): the day of the toll; not "two men were injured on 3 March".
- ``single_day_after``: "in a single day" or "in one day" said of the figures in the
  clause after the day ("at Cambridge on 9 April, saw 131 bikes marked in a single day", "On
  2 December, the helpline took 31 calls in a single day"); not "after a single day" (another
  span), a single day in the next sentence.
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import WORD_NUMBER

DAY_ALONE = re.compile(r"\s+(?:alone|itself)\b", re.I)
"""After a day, what makes it the span a figure covers: "58 fires on 5 November alone"."""

ACTION_KINDS = ("action", "enforcement", "intensification", "activity")
"""What a day (or night) of action is of, in every rule of a day of action here and in
:mod:`.period_event_days`: "a day of action", "of enforcement", "of intensification", "of
activity"."""
ACTION_DAY_MODIFIERS = (
    "single", "one", "joint", "national", "nationwide", "regional", "county-?wide",
    "force-?wide", r"[\w-]+-agency",
)  # fmt: skip
"""The one word a day of action may carry before "day": "a single day of action", "a
multi-agency day of action", "a countywide day of action"."""
KINDS = "|".join(ACTION_KINDS)
ACTION_DAY_NOUN = rf"(?:(?:{'|'.join(ACTION_DAY_MODIFIERS)})\s+)?day\s+of\s+(?:{KINDS})\b"
"""A day of action with its one modifier (:data:`ACTION_DAY_MODIFIERS`), of one of
:data:`ACTION_KINDS`: the noun the rules ``action_day``, ``action_day_at_place`` and
``day_for_action_day`` read, each in its own place around the day."""

DAY_OF_ACTION = re.compile(
    r"(?![^.;:\n]*\b(?:after|before|ahead\s+of|since|following)\s+(?:an?|the)\s+(?:single\s+)?"
    r"(?:national\s+|nationwide\s+|regional\s+)?(?:day\s+of|one-day))"
    r"[^.;:\n]{0,120}?\b(?:in|during|on|as\s+part\s+of|ran|held|staged)\s+"
    rf"(?:an?|the|its|their)\s+(?:single\s+)?(?:[\w-]+\s+){{0,2}}?(?:day\s+of\s+(?:{KINDS})|"
    r"one-day\s+(?:operation|crackdown|blitz))\b",
    re.I,
)
"""After a day, in its clause, the day of action the figures were counted in (rule
``day_of_action_day``): "On 28 May, officers searched 40 homes in a single day of action",
"made 23 arrests on 2 March during a day of action …", "On 4 May, officers ran (held,
staged) a day of action at 30 stations"; not "during a week of action" (a span of its
own), "after a day of action on 3 May" (another event's day)."""


def _busiest(part: str) -> re.Pattern[str]:
    """Before a day, a superlative of the ``part`` of a day (its noun) the figures count."""
    return re.compile(
        r"\b(?:busiest|worst|quietest|deadliest|hottest|wettest)\s+(?:single\s+)?"
        + part
        + r"(?:\s+of\s+(?:the|this|last)\s+[\w-]+(?:\s+[\w-]+)?"
        r"|\s+for\s+(?:[\w-]+\s+){0,5}?[\w-]+)?\s+(?:was|came|fell)\s+(?:on\s+)?$",
        re.I,
    )


BUSIEST_DAY = _busiest("day")
"""Before a day, words that make it the span the figures after it count (rule
``busiest_day``): "The busiest day of the season was Sunday 26 July, when … 64 incidents";
"single" and whose counts may come between ("The busiest single day for crews in the
South West was Sunday 2 August", "The worst day for call-outs was …");
not "the day was", "a busy day on", "the last day was" (no superlative of a count)."""

BUSIEST_NIGHT = _busiest(r"(?:night|evening)")
"""Before a day, a superlative of its night or evening (rule ``busiest_night``): "The busiest
night was Saturday 20 December, when officers responded to 37 calls", "The worst evening of
the month was Friday 6 June": the day the figures after it count, as ``busiest_day``'s; not
"the busiest weekend was" (a span), "a busy night on" (no superlative)."""

NIGHT_OF = re.compile(
    r"(?:\b(?:on|during|over)\s+the\s+(?:night|evening|morning)\s+of"
    r"|\bin\s+the\s+(?:early|small)\s+hours\s+of|\bovernight)\s+$",
    re.I,
)
"""Before a day, a part of it in which the figures were counted (rule ``night_of_day``):
"on the night of 2 March", "during the evening of Friday 6 June", "in the early hours of
4 January", "overnight on 9 May" (the day's match takes the "on"); not "the night of the
attack on 2 March" (the day dates the attack) nor "a night out on 2 March"."""

_RAID_CLAUSE = r"(?![^.;:\n]*\b(?:after|before|when|since|while)\b)[^.;:\n]{0,70}?"
"""The rest of a raid's clause up to its day (no "after …" clause between, whose day would
be another event's)."""
_RAID_VERB = (
    r"\b(?:raided|(?:executed|carried[ \t]+out|served)[ \t]+(?:[\w-]+[ \t]+){0,3}?warrants?|"
    r"warrants?[ \t]+(?:were|was|ha[vd]e?[ \t]+been)[ \t]+(?:executed|carried[ \t]+out|served))\b"
)
"""A raid as a verb: "raided", a warrant "executed", "carried out" or "served" (rule part
``warrant_carried_out``: "carried out warrants at four addresses on 14 April"; in the
passive too, rule part ``warrants_were_carried_out``: "Warrants were carried out at nine
addresses in Wrexham on Tuesday morning")."""
_CHANGE_NOUNS = ("rise", "fall", "drop", "jump", "surge", "spike", "increase", "decline")
_RAIDS_IN_GENERAL = "".join(rf"(?<!{noun}[ \t]in[ \t])" for noun in _CHANGE_NOUNS)
_RAID_NOUN = r"\b(?:in|during)[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}?raid\b"
"""A raid told as a noun: "in a raid", "during an early-morning raid", "in a dawn raid";
not "a rise in raids" (raids in general), "a raid on" with no "in"/"during" before it."""
_RAIDS_AT_PLACE = (
    rf"\b(?:in|during)[ \t]+{_RAIDS_IN_GENERAL}(?:(?:the|two|three|four|five|six|coordinated|"
    r"simultaneous|dawn|early-morning)[ \t]+)?raids[ \t]+(?:across|at|in)\b"
)
"""Raids told in the plural with their place, right before their day (rule part
``raids_at_place`` of ``raid_noun_day``: "in raids across Knowsley on 14 April", "during
coordinated raids at three addresses in Hull on 3 May"); not "a rise in raids across Leeds"
(raids in general), "in raids on 3 March" (no place). Not a lead-in: "during raids across
the region, up from 900 the year before" dates no paragraph after."""
RAID_DONE = rf"(?:{_RAID_VERB}|{_RAID_NOUN}){_RAID_CLAUSE}"
"""A raid or a warrant executed, told before the day it was done on, in the same clause
(no "after …" clause between, whose day would be another event's)."""
RAID_DAY = re.compile(_RAID_VERB + _RAID_CLAUSE + r"[ \t]+$", re.I)
"""Before a day, the raid whose finds the figures count (rule ``raid_day``)."""
RAID_NOUN_DAY = re.compile(rf"(?:{_RAID_NOUN}|{_RAIDS_AT_PLACE})" + _RAID_CLAUSE + r"[ \t]+$", re.I)
"""Before a day, a raid told as a noun whose finds the figures count (rule
``raid_noun_day``): "seized 40 knives in a dawn raid at a flat in Leeds on 4 March",
"were arrested in a raid in Lagos on 17 March" (and the paragraph after, by the lead-in
``raid_day_lead_in``); not "a rise in raids on 3 March", "in a raid after a stabbing on 3
March" (another event's day)."""

_HAUL_CLAUSE = (
    r"(?![^.;:\n]*\b(?:after|before|when|since|while|charged|sentenced|jailed|convicted|"
    r"arrested|appeared|pleaded|admitted)\b)[^.;:\n]{0,40}?"
)
"""The rest of a haul's clause up to its day: no other event's clause between (as
:data:`_RAID_CLAUSE`), nor a court's or an arrest's verb, whose day it would be."""
_CONCEALED = (
    r"\b(?:hidden|concealed|stashed|secreted|packed)\s+(?:in|inside|among|within)\s+"
    r"(?:their|his|her|the|an?|two|three|four)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:suitcases?|luggage|baggage|bags?|holdalls?|rucksacks?|cases|clothing|shoes|"
    r"car\s+seats?|vehicles?|cars?|vans?|lorry|lorries)\b"
)
CONCEALED_HAUL_DAY = re.compile(_CONCEALED + _HAUL_CLAUSE + r"[ \t]+$", re.I)
"""Before a day, a haul hidden in luggage, clothing or a vehicle (rule
``concealed_haul_day``): "with 12kg of cocaine hidden in their suitcases on 9 November";
not "found 12 phones in a car on 14 October" (nothing hidden)."""
_BORDER_SEIZURE = (
    r"\b(?:seized|intercepted|detected|found)\b[^.;:\n]{0,60}?\b(?:at|through)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:airport|port|docks|border)\b"
)
BORDER_SEIZURE_DAY = re.compile(_BORDER_SEIZURE + _HAUL_CLAUSE + r"[ \t]+$", re.I)
"""Before a day, a seizure at an airport, a port or a border (rule ``border_seizure_day``):
"seized £80,000 at Stansted Airport on 3 March", "intercepted 40kg at the port of Dover
on 3 March"; not "was arrested at Luton Airport on 3 March" (no seizure)."""
HAUL_DONE = rf"(?:{_CONCEALED}|{_BORDER_SEIZURE}){_HAUL_CLAUSE}"
"""A haul hidden or seized at a border, told before the day it was found on, in the same
clause (the lead-in ``haul_day_lead_in`` carries that day to the haul's paragraph and the
next)."""

ACTION_DAY = re.compile(
    r"\b(?:in|during|as\s+part\s+of)\s+an?\s+" + ACTION_DAY_NOUN + r"(?:[ \t]+on)?[ \t]+$", re.I
)
"""Before a day, the day of action whose figures it counts (rule ``action_day``): "during a
day of action on 4 June"; not "ahead of a day of action on 4 June" (one to come)."""
ACTION_DAY_AT_PLACE = re.compile(
    r"\b(?:on|in|during|as\s+part\s+of)\s+an?\s+"
    + ACTION_DAY_NOUN
    + r"(?:[ \t]+(?:in|at|across)[ \t]+(?:the[ \t]+)?"
    r"(?-i:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}))?"
    r"(?:[ \t]+on)?[ \t]+$",
    re.I,
)
"""Before a day, a day of action opened by "on" or told with the place it was held in
(rule ``action_day_at_place``): "On a day of action in Colchester on 12 March, officers
made 23 arrests", "during a day of action across Tower Hamlets on 4 June"; not "ahead of a
day of action in Leeds on 4 June" (one to come), "a week of action in Leeds on 4 June" (a
span of its own), "a day of action in the town on 4 June" (a place in lower case is no
named place)."""
PATROL_DAY = re.compile(
    r"(?<!\bafter\s)(?<!\bbefore\s)\b(?:on|in|during)\s+(?:an?|one|the|its|their)\s+(?:single\s+)?"
    r"(?:(?:night|day|evening|morning)(?:'s|’s)\s+|(?:joint|overnight|night-time)\s+)?patrol"
    r"(?:[ \t]+(?:in|at|across|along|near)[ \t]+(?:the[ \t]+)?"
    r"(?-i:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}))?(?:[ \t]+on)?[ \t]+$",
    re.I,
)
"""Before a day, one patrol held on that day, its place told between (rule ``patrol_day``):
"During one night's patrol in Northumberland on 23 May, they stopped five vehicles", "on a
joint patrol at Sherwood Pines on 4 June": the day the patrol's stops and finds count; not
"after a patrol on 3 March" (another event's day), "patrols on 3 March" (many), "a patrol in
the town on 4 June" (a place in lower case is no named place)."""
OPENING_ON = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)On\s+(?:[A-Z][a-z]+day,?\s+)?$")
"""Before a day, "On" opening the sentence ("On 13 September, …", "On Saturday 4 May, …")."""
ONE_DAY_EVENT = re.compile(
    r",?[ \t]+[^.;:\n]{0,80}?\b(?:at|during|held|hosted|ran|staged)[ \t]+"
    r"(?:an?|the|their|its|our)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,3}?(?:event|drop-in|open[ \t]+day|fair|festival|roadshow|"
    rf"fun[ \t]+day|information[ \t]+day|awareness[ \t]+day|day[ \t]+of[ \t]+(?:{KINDS}))\b",
    re.I,
)
"""After a day that opens its sentence (:data:`OPENING_ON`), a one-day event its figures were
counted at, or that was held, hosted, ran or staged (rule ``one_day_event``): "On 13 September,
caseworkers spoke to 140 people at a community event", "On 4 May, officers held a drop-in that
was attended by 43 people": their span; not "On 3 March, a man was arrested" (no event), "… at
events across the county" (many), "on 3 March at a community event" (not opening)."""
FINDERS = ("officers", "police", "detectives", "investigators")
"""Who finds a haul in rules ``seizure_when_day`` and ``opening_day_find`` ("officers",
"the police"; "they" too, and in an opening day's sentence "staff" and "we")."""
FIND_VERB = r"(?:seized|recovered|found|confiscated|discovered)\b"
"""What they do to a haul in those two rules: seized, recovered, found, confiscated,
discovered."""
_FIND_SUBJECT = rf"(?:(?:the[ \t]+)?(?:{'|'.join((*FINDERS, 'staff'))})|they|we)"
"""Who finds a haul in rule ``opening_day_find``: :data:`FINDERS`, staff, they, we."""
OPENING_DAY_FIND = re.compile(
    r",?[ \t]+(?:(?!\b(?:after|before|ahead|since|following|until|said|says|heard|"
    r"revealed|announced|told|reported|confirmed)\b)[^.;:\n]){0,160}?\b"
    + _FIND_SUBJECT
    + r"[ \t]+(?:[^.;:\n]{0,80}?[ \t]and[ \t]+)?(?:also[ \t]+|later[ \t]+)?"
    + FIND_VERB,
    re.I,
)
"""After a day that opens its sentence (:data:`OPENING_ON`), officers seizing, recovering or
finding what the figures count later in that sentence (rule ``opening_day_find``): "On 2
October, officers followed tracking signals to a warehouse in Edmonton, where they
recovered more than 1,400 phones", "On Friday 6 June, police searched a flat in Hull and
seized 3kg of cannabis": that day is the finds' span; not "On 3 March, officers arrested 12
people" (no find), "On 3 March, police said officers had seized 400 phones" (a day the
finds were told on), "On 3 March, after a stabbing, officers found …" or "since January"
(another event's day or span), a find in the next sentence."""
_ACTION_NOUN = rf"\b(?:(?:day|night)\s+of\s+(?:[\w-]+\s+)?(?:{KINDS})|(?:{KINDS})\s+day)\b"
"""A day of action told as a noun: "a day of action", "a multi-agency day of action", "a
night of enforcement", "an enforcement day", "an action day"; not "a week of action"."""
ACTION_DONE = _ACTION_NOUN + _RAID_CLAUSE
"""A day of action told before the day it was held on, in the same clause (no "after …"
clause between, whose day would be another event's)."""
ACTION_CLAUSE_DAY = re.compile(
    r"(?<!ahead of a )(?<!ahead of an )(?<!after a )(?<!after an )"
    + ACTION_DONE
    + r"(?<!planned for)[ \t]+$",
    re.I,
)
"""Before a day, the day of action whose checks and finds the figures count (rule
``action_clause_day``): "visited 23 sites during a day of action in Warrington on 17
September"; not "a week of action on 3 March", "a day of action after a stabbing on 3
March", "after a day of action in Leeds on 3 March", nor one to come ("ahead of a day of
action on 3 March", "a day of action is planned for 3 March": ``action_day``'s near misses
too)."""

SINGLE_DAY_NAMED = re.compile(
    r"\b(?:on|in|over|during)[ \t]+(?:just[ \t]+|only[ \t]+)?(?:a[ \t]+single|one)[ \t]+"
    r"day(?:[ \t]+alone)?(?:[ \t]+(?:earlier[ \t]+)?(?:last|this)[ \t]+(?:week|month|year))?,"
    r"[ \t]+(?:[A-Z][a-z]+day[ \t]+)?$",
    re.I,
)
"""Before a day, "a single day" or "one day" it stands in apposition to (rule
``single_day_named``): "On a single day, 3 August, trespassers caused 112 cancellations",
"In one day, Saturday 4 May, officers stopped 80 cars", "On one day alone, 2 March,
officers were called to three attacks" ("alone" after the words), "On a single day last
month, 18 June, …" (the span the day lies in, last or this week, month or year, between):
the words single out the day the figures count; not "On 3 August, trespassers caused 112
cancellations" (a date alone: an event's), "for a single day on 3 August" (no apposition)."""

DISPERSAL_ORDER_DAY = re.compile(
    r"(?<!\bafter\s)(?<!\bsince\s)(?<!\bfollowing\s)(?<!\bbefore\s)\b(?:the|an?)\s+"
    r"(?:[\w-]+\s+){0,3}?dispersal\s+(?:order|zone|notice|authorisation)s?\s+"
    r"(?:was|were|had\s+been)\s+(?:last\s+)?(?:used|in\s+force|in\s+place|put\s+in\s+place|"
    r"enforced|authorised|imposed)\b"
    r"(?![^.;:\n]*\b(?:after|before|since|while|until)\b)[^.;:\n]{0,50}?,?[ \t]+$",
    re.I,
)
"""Before a day, a dispersal order used or in force that day, in its clause (rule
``dispersal_order_day``): "When the last dispersal order was used at the interchange, on 6
December, officers directed 23 young people to leave", "A section 35 dispersal order was
in place in the town centre on Saturday 4 May": the day of the directions and arrests made
under it; not "after a dispersal order was used on 6 December" (another event's day), "a
dispersal order will be in force on 6 December" (one to come), "until 6 December" (an
end)."""

EVENTS_ON_DAY = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|\n)(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?"
    rf"(?:\d[\d,]*|{WORD_NUMBER})\s+(?:of\s+(?:the|these|those|them)\b[ \t]*)?"
    r"(?:[\w'’-]+[ \t]+){0,3}?(?:were|was|happened|occurred|took[ \t]+place|fell)[ \t]+$",
    re.I,
)
"""Before a day, a count opening its sentence whose things (events: attacks, fires, calls)
are said to have been, happened or fallen on it (rule ``events_on_day``): "Eleven of the
attacks were on 5 November, when crews attended 214 incidents", "Nine burglaries happened
on 14 October": the day the count covers; not "Two men were arrested on 3 March" (what
befell them dates an event), "Eleven officers were on duty on 5 November" (no copula right
before the day), "The court heard 11 attacks were on 5 November" (no count opening the
sentence)."""

RAID_SUBJECT_DAY = re.compile(
    r"(?<!\bafter\s)(?<!\bsince\s)(?<!\bfollowing\s)(?<!\bbefore\s)"
    r"\b(?:the|these|those|its|their)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:raids?|warrants?)"
    r"[ \t]*,[ \t]*(?:carried[ \t]+out|executed|conducted)"
    r"(?:[ \t]+(?:in|at|across)[ \t]+[^.;:\n,]{1,40}?)?(?:[ \t]+on)?[ \t]+$",
    re.I,
)
"""Before a day, a raid or a warrant named as its sentence's subject with the day it was
carried out in apposition (rule ``raid_subject_day``): "The raids, carried out on 14
October, also recovered three stolen cars", "The warrants, executed in Oldham on 3 March,
found 40 phones": the day of the finds; not "after the raids, carried out on 3 March" (the
day of another event), "The searches, carried out on 3 March" (a search alone stays an
event's date, as ``raid_day``'s), "the raids carried out on 3 March" (no apposition)."""

CASUALTY_DAY = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:killed|injured|mauled|savaged|maimed)[ \t]+"
    r"(?:(?:about|around|nearly|almost|more[ \t]+than|at[ \t]+least)[ \t]+)?"
    rf"(?:\d[\d,]*|{WORD_NUMBER})\b" + _HAUL_CLAUSE + r"[ \t]+$",
    re.I,
)
"""Before a day, a verb of killing or injuring with its toll as its object, in the clause
before the day (rule ``casualty_day``): "after his dogs killed four ewes and injured six
lambs on a farm near Ditchling on 14 March", "a fire that killed two horses at a stables in
Epsom on 3 May": the toll is what the day's attack or fire did, so the day is its span; not
"two men were injured on 3 March" (no toll after the verb: what befell them dates an event),
"killed two sheep before he was arrested on 3 March" (an arrest's day), "killed 40 sheep
last year, and was charged on 3 March" (a court's day)."""

FIGURE_DAYS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("busiest_day", BUSIEST_DAY),
    ("busiest_night", BUSIEST_NIGHT),
    ("night_of_day", NIGHT_OF),
    ("raid_day", RAID_DAY),
    ("raid_noun_day", RAID_NOUN_DAY),
    ("raid_subject_day", RAID_SUBJECT_DAY),
    ("concealed_haul_day", CONCEALED_HAUL_DAY),
    ("border_seizure_day", BORDER_SEIZURE_DAY),
    ("action_day", ACTION_DAY),
    ("action_day_at_place", ACTION_DAY_AT_PLACE),
    ("patrol_day", PATROL_DAY),
    ("action_clause_day", ACTION_CLAUSE_DAY),
    ("single_day_named", SINGLE_DAY_NAMED),
    ("dispersal_order_day", DISPERSAL_ORDER_DAY),
    ("events_on_day", EVENTS_ON_DAY),
    ("casualty_day", CASUALTY_DAY),
)
"""The named patterns read before a day (:data:`FIGURE_DAYS_AFTER`'s are read after it)."""


FOR_ACTION_DAY = re.compile(r"[ \t]+for[ \t]+an?[ \t]+" + ACTION_DAY_NOUN, re.I)
"""Right after a day, the day of action the day was set aside for (rule
``day_for_action_day``): "joined the council on Tuesday 17 March for a day of action
targeting waste carriers", "on 4 June for a multi-agency day of action": that day is the
span of the operation's figures (``period_lead_ins``' ``action_day_for_lead_in`` carries it
to the paragraph after); not "on 4 June for a week of action" (a week), "on 4 June for a
meeting" (no day of action), "on 4 June, ahead of a day of action" (one to come)."""


SINGLE_DAY_AFTER = re.compile(
    r"(?![^.;:\n]*\b(?:after|before|ahead\s+of|since|following|until)\b)"
    r"[^.;:\n]{0,120}?\b(?:in|on|over|during|within)\s+(?:just\s+|only\s+)?(?:a\s+single|one)\s+"
    r"(?:day|shift|night)(?!\s+(?:of|in|a|each|every|per|shifts?|patterns?)\b|[\w-])",
    re.I,
)
"""After a day, in its clause, "in a single day", "in one day" (or a shift or night of it) said
of the figures (rule ``single_day_after``): "The busiest session, at Cambridge on 9 April, saw
131 bikes marked in a single day", "On 3 May we stopped 80 cars in one shift": that day is their
span; not "in a single day of action" (``day_of_action_day``'s), "one day a week" (a
rate), "after a crash on 3 May … in a single day", "after a single day of talks" (another
event's day or span), "one day later" (no preposition before it), a single day told in the
next sentence."""

ORDINAL_DAY_OF = re.compile(
    r",[ \t]+the[ \t]+(?:first|opening|second|last|final|closing)[ \t]+day[ \t]+of[ \t]+"
    r"(?!(?:(?:the|a|his|her|their)[ \t]+)?(?:[\w'’-]+[ \t]+)?(?:trial|retrial|hearing|"
    r"inquest|case|court)\b)",
    re.I,
)
"""Right after a day, an apposition naming it the first, opening, last or closing day of a
scheme, campaign or event (rule ``ordinal_day_of``): "On Saturday 11 April, the first day of
the wider scheme, 412 tools were marked", "on 2 August, the final day of the festival":
the day is the one its figures were counted on; not "On 3 March, the first day of the
trial, the court heard …" (a court's day, whose figures are of the crimes before it), "on 3
March, the day after the raid" (no ordinal), "the first day of each month" (no apposition
to a day)."""


NAMED_DAY_OF = re.compile(
    r",[ \t]+(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Judge|Councillor|Cllr|PC|DC|DS|DI|"
    r"Sgt|Insp|Supt|Detective|Sergeant|Constable|Inspector|Superintendent|Chief)\b)"
    r"(?:[A-Z][\w'’-]*[ \t]+){1,4}Day,[ \t]+(?![\d])"
)
"""Right after a day, an apposition naming it a named day, an awareness day or a holiday,
in capitals and closed by a comma (rule ``named_day_of``): "On 10 February, Safer
Internet Day, officers visited 40 schools", "on 25 December, Christmas Day, officers
stopped 90 drivers": the day the figures were counted on; not a person whose surname is
Day ("On 3 March, Detective Sergeant Amy Day, …"; "Amy Day, 34,": an age follows), "On 3
March, the day after the raid" (no name), "Safer Internet Day on 10 February" (no
apposition after the day)."""

SEIZURE_WHEN = re.compile(
    rf",?[ \t]+when[ \t]+(?:(?:the[ \t]+)?(?:{'|'.join(FINDERS)})|they)"
    r"[ \t]+(?:also[ \t]+)?" + FIND_VERB,
    re.I,
)
"""Right after a day, a "when" clause in which officers seized or found what the figures
count (rule ``seizure_when_day``): "was arrested at his home in Leeds on 3 March 2025, when
officers seized 11 phones and £4,000 in cash": the day of the finds; not ", when he was
charged with 14 offences" (no seizure), ", when 40 people attended" (no officers' find),
"on 3 March. When officers searched …" (another sentence)."""


FIGURE_DAYS_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("day_alone", DAY_ALONE),
    ("seizure_when_day", SEIZURE_WHEN),
    ("day_of_action_day", DAY_OF_ACTION),
    ("day_for_action_day", FOR_ACTION_DAY),
    ("single_day_after", SINGLE_DAY_AFTER),
    ("ordinal_day_of", ORDINAL_DAY_OF),
    ("named_day_of", NAMED_DAY_OF),
)
"""The named patterns read right after a day, tried before :data:`FIGURE_DAYS`: a day of
action told after the day in its clause, in apposition too ("On 12 May, in a single day of
action, …"), is ``day_of_action_day``'s."""


def counted_day(text: str, start: int, end: int) -> str | None:
    """The name of the pattern that makes the day at ``start``..``end`` of ``text`` the
    span its figures count, or None when it is an event's date."""
    after = next((name for name, pattern in FIGURE_DAYS_AFTER if pattern.match(text, end)), None)
    if after is not None:
        return after
    before = text[max(0, start - 80) : start]
    head = before + "On " if text.startswith("On ", start) else before
    if OPENING_ON.search(head) and ONE_DAY_EVENT.match(text, end):
        return "one_day_event"
    if OPENING_ON.search(head) and OPENING_DAY_FIND.match(text, end):
        return "opening_day_find"
    return next((name for name, pattern in FIGURE_DAYS if pattern.search(before)), None)
