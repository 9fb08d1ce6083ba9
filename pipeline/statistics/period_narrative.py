"""A count told in the past tense after the release's lead period: that period.

"Officers made 212 arrests during the week of action. Nine knives were seized and 14
people were referred to support services.": the second sentence states no period and
opens with no back-reference, but it goes on telling what was done in the span the
release is about. A release's first stated period is what it reports on; sentences that
narrate events (a past-tense verb of doing, or a count of events such as arrests or
calls) while that period is still the last one stated belong to it.

:func:`narrative_period` is read by
:meth:`pressfacts.statistics.period_context.DocumentPeriods` last of all, for a figure
no other rule dates, with no change (a change states its own comparison). It takes the
period only when:

- the nearest period stated in the few sentences before is the document's first (the
  lead's): a later span ("In 2019 …") has moved the story elsewhere;
- that period is longer than a day (a day dates an event, not a span counted over);
- the sentence states no period of its own;
- the figure counts events (:data:`EVENT_COUNT_NOUNS`) or the sentence narrates one
  (:data:`NARRATIVE_VERBS`), its verb is in the past (:data:`PAST_TENSE`), and it holds
  no word of the present, the future, a habit or an earlier time (:data:`NOT_NARRATIVE`):
  "The unit has 30 staff", "Volunteers attend 8,000 events a year", "three people had
  been arrested" stay undated.

The present perfect after a span running to P is :mod:`.period_to_date`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.alternations import longest_first
from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.period_back_references import BACK_REFERENCE_RULES
from pressfacts.statistics.referred_figures import in_quote


def _words(*words: str) -> str:
    """An alternation of whole words (a space in a word matches any white space)."""
    return "|".join(word.replace(" ", r"\s+") for word in words)


EVENT_COUNT_NOUNS: frozenset[str] = frozenset(
    {"arrests", "calls", "reports", "crimes", "offences", "incidents", "contacts",
     "sessions", "visits", "referrals", "seizures", "stops", "searches", "charges",
     "convictions", "cases", "attendances", "call-outs", "callouts", "complaints",
     "offenders", "drivers", "knives", "weapons", "firearms", "thefts", "burglaries",
     "assaults", "attacks", "journeys", "patrols", "checks", "warrants", "occasions",
     "deaths", "injuries", "collisions", "casualties", "fines", "tickets", "notices",
     "orders", "prosecutions", "disclosures", "applications"}
)  # fmt: skip
"""Heads of a count of things that happen over a span (not of a stock such as staff,
money held or places): "212 arrests", "41 calls", "9 knives" (seized)."""

NARRATIVE_PASSIVES: tuple[str, ...] = (
    "arrested", "charged", "seized", "recovered", "injured", "stopped", "searched",
    "killed", "caught", "found", "referred", "reported", "recorded", "issued", "made",
    "carried", "dealt", "safeguarded", "identified", "visited", "treated", "seen",
    "cautioned", "convicted", "sentenced", "prosecuted", "fined", "detained", "rescued",
    "supported",
)  # fmt: skip
"""Verbs of what was done, after "was"/"were": "14 people were referred"."""

NARRATIVE_ACTIVES: tuple[str, ...] = (
    "made", "seized", "recovered", "arrested", "charged", "recorded", "received",
    "answered", "handled", "carried out", "conducted", "issued", "stopped", "searched",
    "visited", "took", "attended", "responded to", "dealt with", "treated", "identified",
    "safeguarded", "removed", "found", "detected", "caught", "tested",
    "disconnected", "dismantled", "raided", "executed", "uncovered", "discovered",
    "disrupted", "shut down", "closed down", "cut off",
    "tried to buy", "tried to purchase", "attempted to buy", "attempted to purchase",
    "surveyed", "polled", "questioned", "interviewed",
)  # fmt: skip
"""Verbs of what was done, in the simple past: "officers made 29 arrests", "engineers
disconnected 97 illegal connections", "officers dismantled 12 cannabis farms", a test
purchase ("volunteers tried to buy knives at 48 shops"), a survey's sample (rule
``narrative_survey_sample``: "The charity surveyed 212 schools", after the lead's "between
September and July"; not "surveys 200 schools a year", the present and a habit)."""

NARRATIVE_PARTICIPLES: tuple[str, ...] = (
    "stopping", "seizing", "recovering", "arresting", "charging", "searching", "visiting",
    "issuing", "checking", "removing", "finding", "catching", "testing", "identifying",
    "safeguarding", "making", "carrying out", "dealing with", "responding to",
)  # fmt: skip
"""Verbs of what was done as a participle after a comma (rule ``narrative_participle``):
"worked with the council on 18 joint checks, stopping 164 vehicles" tells the stops as the
checks are told; the sentence must still be in the past (:data:`PAST_TENSE`)."""

NARRATIVE_VERBS = re.compile(
    rf"\b(?:was|were)\s+(?:\w+ly\s+)?(?:{_words(*NARRATIVE_PASSIVES)})\b"
    rf"|\b(?:{_words(*NARRATIVE_ACTIVES)})\b"
    rf"|,\s+(?:{_words(*NARRATIVE_PARTICIPLES)})\b",
    re.I,
)
"""A sentence telling what was done: "were seized", "officers made", ", stopping"."""

PAST_FORMS: tuple[str, ...] = (
    "was", "were", "made", "took", "saw", "came", "went", "gave", "found", "held", "ran",
    "met", "got", "sent", "brought", "caught", "left", "paid", "led", "drew", "told", "rose",
    "fell", "grew", "won", "lost", "spent", "sold", "bought", "stole", "began", "heard",
)  # fmt: skip
"""Past forms that do not end in -ed: with them and "-ed" words, :data:`PAST_TENSE`."""

PAST_TENSE = re.compile(rf"\b(?:{_words(*PAST_FORMS)}|[a-z]{{2,}}ed)\b", re.I)
"""A verb in the past: "were", "seized", "made" (a sentence in the present simple, "forces
record 90,000 offences", tells no past events, whatever it counts)."""

DURATION_NOT_HABIT = r"(?<!\bfor\s)(?<!\bthan\s)"
"""Rule ``duration_not_habit``: "a week" after "for" or "than" is how long something
lasted ("took 23 services offline for more than a week", "closed for a day"), not a habit
or a rate ("30 calls a day", "twice a week"), so it keeps no sentence out of the span."""

COURT_ORDER = (
    r"\bordered\s+to\s+(?:pay|repay|forfeit|hand\s+over)\b|\bmade\s+subject\s+to\b"
    r"|\b(?:compensation|victim\s+surcharge|confiscation\s+order)\b"
)
"""Rule ``court_order_not_narrated``: a court's order at sentencing ("was also ordered to pay
£750 in compensation", "made subject to a restraining order", "a £120 victim surcharge", "a
confiscation order of £48,000") is dated by the hearing, not by the span of the offending
narrated before it; its sum keeps no period of the sentences before. Not "were ordered off
the road" nor "paid £40 to the dealer" (no order to pay)."""
_TERM_UNIT = r"(?:years?|months?|weeks?|days?)"
COURT_TERM = (
    rf"\b(?:jailed|sentenced|imprisoned|detained|locked\s+up)\s+for\s+(?:[\w-]+\s+){{1,5}}?{_TERM_UNIT}\b"
    rf"|\bsentenced\s+to\s+(?:[\w-]+\s+){{1,5}}?{_TERM_UNIT}\b"
    rf"|\bsentences?\s+of\s+(?:between\s+)?(?:[\w-]+\s+){{1,6}}?{_TERM_UNIT}\b"
)
"""Rule ``court_term_not_narrated``: a term a court hands down ("received sentences of between
two and six years", "was jailed for eight years", "were sentenced to 18 months") is told of
the hearing, after the offending, so the defendants it counts ("Four other men …") keep no
period of the span narrated before; as :data:`COURT_ORDER`. Not "40 people were jailed" nor
"were sentenced in May" (no term: a count of outcomes the span may hold), nor "jailed for
drug offences" (no length)."""
RELATIVE_NOT_HAD = (
    r"(?:(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)had|had(?!\s+(?:been|[a-z]{3,}ed)\b))"
)
"""Rule ``relative_past_perfect``: "had" but a past perfect right after "that", "which" or
"who", which describes the things counted ("made 1,430 visits to homes that had been
burgled"), not when the figure happened, so it keeps no sentence out of the span; not
"three people had been arrested" (the figure's own verb), "one lender who had 23
customers" (a holding, not a past perfect)."""
RELATIVE_SUBJECT_HAD = re.compile(
    r"\b(?:that|which|who|whom|where|(?:in|for|of)\s+which)\s+(?:[A-Za-z'’-]+\s+){1,4}?had\b"
)
"""Rule ``relative_subject_past_perfect``: a relative clause with a subject of its own before
its past perfect ("found 46 cases where information had not been properly assessed",
"recovered 35 bikes that thieves had hidden", "visits to homes in which a child had been
hurt") describes the things counted, not when the figure happened, so its "had" keeps no
sentence out of the span (read without the clause's head, as :data:`RELATIVE_NOT_HAD` for
"that had been"); not "46 cases had been closed" (the figure's own verb), nor a clause with
a figure in digits before its "had" ("homes where 12 people had been arrested"), nor "when
… had" (a time, not a description)."""
SOURCE_NOT_CHANGE = r"(?![\d,.]*\s+[a-z]+s\b(?![^.;]*?\bto\s+[£$€]?\d))"
"""Rule ``source_count_not_change``: a noun + "from" + a count + its plural noun with no
"to" + a figure after it is where something came from ("collected footage from 318
homes"), not a change's first level, so it keeps no sentence out of the span; not "from 21
offences to 12", "from 21 to 12", nor after a verb in "-ed" ("increased from 21 cases",
"was seized from 14 dealers": a change, or what was taken, stays out)."""
PER_TIME = r"per\s+(?:day|week|month|year|hour|night|shift|annum)"
"""Rule ``per_unit_not_habit``: "per" makes a habit only before a unit of time ("30 calls
per day"); "the average loss per victim", "7.6 per 1,000 people" are a figure's measure."""
NOT_NARRATIVE = re.compile(
    rf"\b(?:is|are|has|have|{RELATIVE_NOT_HAD}|will|would|can|could|may|might|remains?|now|"
    rf"currently|each|every|{PER_TIME}|{DURATION_NOT_HABIT}a\s+(?:year|week|month|day))\b"
    r"|\b(?:rose|fell|risen|fallen|increased|decreased|dropped|grew|doubled|halved|trebled)\b"
    rf"|\b(?:up|down)\s+(?:by|from|on)\b|\bfrom\s+[£$€]?\d{SOURCE_NOT_CHANGE}"
    r"|(?<=ed\s)from\s+[£$€]?\d"
    r"|\b(?:pending|outstanding|awaiting)\b"
    r"|\b(?:hopes?|plans?|aims?|expects?|intends?|wants?|to\s+be)\b"
    rf"|{COURT_ORDER}|{COURT_TERM}",
    re.I,
)
"""Words that take a sentence out of the narrated span: the present ("is", "has"), the
future or a possibility ("will", "could"), a habit ("each", "a year", :data:`PER_TIME`;
not a duration, :data:`DURATION_NOT_HABIT`), the past perfect ("had been arrested":
before the time narrated, not within it; not in a relative clause,
:data:`RELATIVE_NOT_HAD`), a change ("fell from 21 to 12": its levels are of two times,
not one; not a source, :data:`SOURCE_NOT_CHANGE`), a state still open ("40 orders were
pending"), an intention ("hope to make 45 arrests", "to be tested"), a court's order
(:data:`COURT_ORDER`) and a term it hands down (:data:`COURT_TERM`)."""

AVERAGE_RATE_ASIDE = re.compile(
    r"(?:,|\(|\s[–—-])\s*(?:an\s+average\s+of|on\s+average|the\s+equivalent\s+of|or|"
    r"roughly|about|around|almost|nearly|more\s+than|some)\s+(?:(?:more\s+than|almost|nearly|"
    r"about|around|over)\s+)?(?:[£$€]?\d[\d,.]*|"
    rf"{WORD_NUMBER})\s+(?:[a-z-]+\s+){{0,2}}?(?:a|per|every|each)\s+"
    r"(?:day|week|month|year)\b",
    re.I,
)
"""Rule ``average_rate_aside``: a rate set off after a count as its average ("There were
4,912 reports of fraud, an average of 13 a day", "… 730 calls (about two a day)", "… 1,040
thefts, or 20 a week"): the count over the span told as a rate, no habit of the sentence,
so its "a day" keeps nothing out of the span (:data:`NOT_NARRATIVE` is read without it).
Not "Officers make 13 arrests a day" (the rate is the sentence's own, no aside)."""

SHARE_OF_EVENTS = re.compile(
    r"(?:%|\bper\s+cent|\b(?:half|halves|thirds?|quarters?|fifths?|tenths?))\s+of\s+"
    rf"(?:the\s+|these\s+|those\s+|all\s+)?(?:{_words(*longest_first(EVENT_COUNT_NOUNS))})"
    r"\s*(?:[.,;:]|$)",
    re.I,
)
"""A share whose whole is a count of events, closing its clause (rule
``share_of_event_count``): "officers were the victims in around two thirds of cases," narrates
the span as the count of cases would; not "two thirds of staff" (a stock), nor "a third of
offences nationally" (a whole of its own, no count of the span)."""

DEGREE_TO_BE = re.compile(
    r"\b(?:enough|too\s+[a-z]+)\s+(?:for\s+(?:[\w'’-]+\s+){1,4}?)?to\s+be\b", re.I
)
"""Rule ``degree_to_be``: "to be" after "enough" or "too …" ("found 1,104 vehicles with
defects serious enough for the vehicle to be taken off the road", "seized 40 bikes too
badly damaged to be returned") says how far the things counted went, no intention of the
sentence, so it keeps nothing out of the span (:data:`NOT_NARRATIVE` is read without it).
Not "Officers hope 40 bikes are to be returned" nor "40 vans were due to be checked" (no
degree word: an intention or a plan)."""

TIME_TAKEN_TO_BE = re.compile(
    r"\b(?:took|waited)\s+(?:(?:longer|more|less)\s+than\s+(?:[\w'’-]+\s+){0,4}?"
    r"|(?:[\w-]+\s+){0,3}?(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)to\s+be\b",
    re.I,
)
"""Rule ``time_taken_to_be``: "to be" after the time a thing took or waited ("one in four
reports took longer than the 20-day target to be answered", "41 claims took more than six
weeks to be paid", "patients waited four hours to be seen") says how long the things counted
took, no intention of the sentence, so it keeps nothing out of the span (:data:`NOT_NARRATIVE`
is read without it). Not "Officers took 40 bikes to be destroyed" (no time: what was done
next) nor "40 vans are to be checked" (a plan)."""

BRACKETED_SHARE_NOUNS: tuple[str, ...] = (*sorted(EVENT_COUNT_NOUNS), "tests", "wipes")
"""Counts of events a bracketed share may be of (:data:`BRACKETED_SHARE_OF_EVENTS`): the
event counts, and the tests of a testing operation ("positive roadside tests")."""
BRACKETED_SHARE_OF_EVENTS = re.compile(
    r"\b(?:most|many|the\s+majority|(?:nearly|almost)\s+all)\s+of\s+(?:the|these|those)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_words(*BRACKETED_SHARE_NOUNS)})\s+"
    r"(?:were|was)\b[^.;]*?\(\s*\d+(?:\.\d+)?\s*(?:%|per\s+cent)\s*\)",
    re.I,
)
"""Rule ``bracketed_share_of_events``: shares in brackets of a count of events the
sentence opens on ("Most of the positive roadside tests were for cannabis (64%), followed
by cocaine (27%)", "The majority of the arrests were in Hull (58%)"): the shares narrate the
span as the count would. Not "Most of the staff were based in Leeds (60%)" (a stock), nor
"Most of the tests were for cannabis, at 64%" (no bracket: read as any share is)."""


@dataclass(frozen=True)
class NarrativeCarry:
    """The named rule: what a figure and its sentence must show to take the lead period."""

    name: str
    count_nouns: frozenset[str]
    verbs: re.Pattern[str]
    past: re.Pattern[str]
    blockers: re.Pattern[str]

    def narrates(self, sentence: str, unit: str) -> bool:
        """Whether ``sentence`` tells events of the span, counted by a figure of ``unit``;
        a share counts events when its whole does (:data:`SHARE_OF_EVENTS`)."""
        head = unit.rsplit(maxsplit=1)[-1] if unit.strip() else ""
        if unit == "percent" and (
            SHARE_OF_EVENTS.search(sentence) or BRACKETED_SHARE_OF_EVENTS.search(sentence)
        ):
            head = next(iter(self.count_nouns))  # rules ``share_of_event_count``,
            # ``bracketed_share_of_events``
        if head not in self.count_nouns and not self.verbs.search(sentence):
            return False
        if not self.past.search(sentence):
            return False
        read = RELATIVE_SUBJECT_HAD.sub(" ", AVERAGE_RATE_ASIDE.sub("", sentence))
        read = DEGREE_TO_BE.sub(" ", read)  # rule degree_to_be
        read = TIME_TAKEN_TO_BE.sub(" ", read)  # rule time_taken_to_be
        return not self.blockers.search(read)  # rule relative_subject_past_perfect


NARRATIVE_CARRY = NarrativeCarry(
    "narrative_count", EVENT_COUNT_NOUNS, NARRATIVE_VERBS, PAST_TENSE, NOT_NARRATIVE
)


NARRATIVE_REACH = 3
"""How many sentences back the rule ``narrative_count`` looks for the nearest stated main
period."""

RESTATED_REACH = 5
"""How far back it looks when a sentence in between restates the lead's figure as a change
("That is up 14% on the same quarter of 2024.", rule ``restated_lead``): the comparison's
own sentence and the undated shares and rankings after it leave the lead's period the last
one stated, so a count told a few sentences on still narrates its span."""

RESTATED = BACK_REFERENCE_RULES["that_is"]
"""A sentence restating the figure before it: "That is …", "This represents …"."""

SPEECH_REACH = 8
"""How far back the rule ``narrative_past_speech`` lets the rule ``narrative_count`` look when
the sentences in between are speech (:data:`SPEECH_OPENING`)."""

SPEECH_OPENING = re.compile(r"(?:\s*|[^\n\"“]*?:\s*)[\"“]")
"""Rule ``narrative_past_speech``: a sentence that opens a quote (at its start, or after a
colon: 'She said: "…') or lies inside one (a later sentence of a quoted paragraph) is a
speaker's words, not the narration: it moves the story to no other span, so it does not count
among the :data:`NARRATIVE_REACH` sentences between a count and the lead's period ("Officers
made 310 arrests in March. The inspector said: "This was hard work. We are proud." Another 95
people were cautioned." dates the 95 to March). Not a sentence quoting a word mid-clause
(a "right to ask" request), nor a sentence of narration between (which still counts)."""

SPEECH_CARRIED_UNITS: frozenset[str] = frozenset({"percent"})
"""Units besides the counts of events (:data:`EVENT_COUNT_NOUNS`) that rule
``narrative_past_speech`` carries the lead's period to past a quote: a share of the span's
count ("almost 35% of the total"). Sums of money, weights, lengths and stocks told after a
quote ("Officers seized £23,400 in cash", "recovered around 600 metres of cable") are more
often an investigation's haul than the span's count, and keep no period from across it."""


def _speaks(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence at ``span`` is speech (rule ``narrative_past_speech``)."""
    start, end = span
    return in_quote(text, start) or bool(SPEECH_OPENING.match(text, start, end))


ADJACENT_SPAN_KINDS: frozenset[str] = frozenset({"explicit"})
"""Rule ``narrative_after_stated_span``: the kinds of period that date the narration of the
sentence right after the one stating it, though it is not the lead's: a span with both ends
in the text (:data:`STATED_RANGE`: "Officers ran 48 checks between 5 January and 13 March.
Eleven knives were found and two men were arrested."). Not a period relative to P or to
another period ("last year", "the same period last year": a yardstick more often than the
span narrated), nor a single month or year ("was found in a cell in February 2025": an
event's date), nor one stated two sentences back or more (the lead's alone reaches that
far), nor a day; nor for a sentence that compares (:data:`COMPARES`)."""
STATED_RANGE = re.compile(r"^(?:between|from)\s.+\s(?:and|to|until)\s", re.I)
"""A period worded as a range with both ends: "between 5 January and 13 March", "from 10
to 16 November"."""
COMPARES = re.compile(
    r"\b(?:compared|than|versus|against|falls?|rises?|increases?|decreases?|drops?|"
    r"biggest|largest|smallest|most|fewest)\b",
    re.I,
)
"""Words of a comparison: "Leeds saw the biggest fall, with 96 thefts compared with 171"
holds a yardstick's count of another span, so it narrates no one span."""


def _adjacent_range(near: NearestMain, sentence: str, text: str) -> bool:
    """Whether ``near`` is a range stated in the sentence right before (rule
    ``narrative_after_stated_span``) and ``sentence`` compares nothing."""
    period = near.period
    if period is None or not near.adjacent or period.kind not in ADJACENT_SPAN_KINDS:
        return False
    worded = text[period.start_char : period.end_char]
    return bool(STATED_RANGE.match(worded)) and not COMPARES.search(sentence)


@dataclass(frozen=True)
class NearestMain:
    """The main period of the nearest sentence before that states one, and whether that
    sentence is the one right before the figure's."""

    period: PeriodFinding | None
    adjacent: bool = False
    past_speech: bool = False


def narrative_nearest(
    text: str, sentences: Sequence[tuple[int, int]], mains: Sequence[PeriodFinding | None], at: int
) -> NearestMain:
    """The main period of the nearest of the :data:`NARRATIVE_REACH` sentences before the
    one at ``at`` that states one (``mains``: each of ``sentences``' main period or None);
    of the nearest of the :data:`RESTATED_REACH` when a sentence between restates a figure
    (:data:`RESTATED`); of the nearest of the :data:`SPEECH_REACH` when no more than
    :data:`NARRATIVE_REACH` of those between are narration (rule ``narrative_past_speech``)."""
    index = bisect_right([start for start, _end in sentences], at) - 1
    befores = range(index - 1, max(-1, index - 1 - max(RESTATED_REACH, SPEECH_REACH)), -1)
    found = next((i for i in befores if mains[i] is not None), None)
    if found is None:
        return NearestMain(None)
    told = sum(not _speaks(text, sentences[i]) for i in range(found + 1, index))
    restated = index - found <= RESTATED_REACH and any(
        RESTATED.match(text, *sentences[i]) for i in range(found, index)
    )
    past_speech = index - found > NARRATIVE_REACH and not restated
    if past_speech and told + 1 > NARRATIVE_REACH:
        return NearestMain(None)  # rule narrative_past_speech: speech between counts not
    return NearestMain(mains[found], adjacent=found == index - 1, past_speech=past_speech)


def narrative_period(
    sentence: str,
    unit: str,
    stated_here: Sequence[PeriodFinding],
    near: NearestMain,
    first: PeriodFinding | None,
    text: str = "",
) -> PeriodFinding | None:
    """The lead period ``first`` for a figure of ``unit`` in ``sentence`` (which states
    ``stated_here``, none of them an event's day) when ``near`` (the main period of
    the few sentences before) covers the same dates and the sentence narrates events
    (see the module docstring); the period of the sentence right before when it is a span
    of :data:`ADJACENT_SPAN_KINDS` (rule ``narrative_after_stated_span``); else None."""
    nearest = near.period
    if nearest is None or stated_here or nearest.start >= nearest.end:
        return None
    leads = first is not None and (nearest.start, nearest.end) == (first.start, first.end)
    if not leads and not _adjacent_range(near, sentence, text):
        return None
    if near.past_speech and unit not in SPEECH_CARRIED_UNITS:
        head = unit.rsplit(maxsplit=1)[-1] if unit.strip() else ""
        if head not in EVENT_COUNT_NOUNS:
            return None  # rule narrative_past_speech: counts of events and shares only
    return nearest if NARRATIVE_CARRY.narrates(sentence, unit) else None
