"""How a release names and dates an event (an operation, a campaign, a week of action, a
festival or carnival it policed), whose span dates the figures counted during it.

- :data:`EVENT_WORDS`: the nouns of such events (a party conference among them, rule
  ``conference_event``: "23 arrests during the conference" after "the conference, which
  ran from 28 September to 1 October");
- :data:`EVENT_DATED`: a sentence that dates an event named before it ("The operation
  ran from 6 to 12 May");
- :data:`EVENT_NAMED`: a figure's sentence that names an event ("during a week of
  action");
- :data:`EVENT_SPANNED`: an event dated in its own sentence ("… patrols in 12 town centres
  between May and August"), and :func:`event_referred_lead`: a sentence opening on it
  again ("During the patrols, …") leads in to its paragraph and the next;
- :func:`event_clause_period`: the event dated in the figure's own sentence by a relative
  clause ("… 1,187 homes during the operation, which ran from 3 February to 2 March");
- :data:`AN_OPERATION_RULES` and :func:`operations_stated_later`: an event of a stated
  length named where it begins, dated by the span stated after it. "Cumbria Police
  arrested 26 people during a three-month operation. Between March and May, officers …":
  the rule ``an_operation`` (of :data:`pressfacts.statistics.period_table.PERIOD_RULES`)
  reads "during a three-month operation", a new event (not "the operation" stated
  before: ``the_operation``'s), undated where it stands; :func:`operations_stated_later`
  gives it the next dated span stated close after it when that span lasts as long (in a
  text with a date of its own: a reprint dated only by its copies leaves it undated),
  past the week or month it fell in stated right after it (:func:`past_enclosing_span`:
  "during a three-day operation last week. … from Tuesday 3 to Thursday 5 March").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import islice

from pressfacts.findings import UNRESOLVED, PeriodFinding
from pressfacts.lexicon.events import DURING_EVENT
from pressfacts.lexicon.months import MONTH
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_reach import next_paragraph_end
from pressfacts.statistics.period_rules import (
    COUNT,
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    compile_rule,
    shifted,
)

EVENT_WORDS = (
    r"(?:operation|campaign|crackdown|amnesty|surrender|initiative|blitz|festival|carnival|conference|patrols|"
    r"week\s+of\s+(?:action|intensification|enforcement)|(?:intensification|enforcement)\s+week)"
)
WEEK_MONTH_AFTER = (
    rf"(?!\s+(?:(?:in|during)\s+(?:early\s+|late\s+|mid-?\s*)?{MONTH}|(?:last|this)\s+month)\b)"
)
"""After "a week of action": no month it fell in ("during a week of action in May", "… last
month"), which dates it as a whole month (the week itself is not dated more closely)."""
WEEK_CONTENT_NOUNS = (
    "lessons", "events", "activities", "sessions", "assemblies", "resources", "materials",
    "talks", "webinars", "workshops", "packs", "campaign", "campaigns",
)  # fmt: skip
"""Rule ``named_week_attributive`` (a guard of ``the_week``): what a named week holds,
written right after its name ("took part in Drowning Prevention Week lessons since 2020",
"in Road Safety Week events"): the name qualifies the noun, and "in" is taking part, not
the time a figure covers; not "during Sceptre week officers made 40 arrests" (a subject
after the week)."""
WEEK_TAIL_MONTH_AFTER = (
    rf"(?!s|['’]s|\s+of\s+{MONTH}|\s+(?:{'|'.join(WEEK_CONTENT_NOUNS)})\b)"
    r"(?!(?:\s+of\s+(?:[\w-]+\s+)?(?:action|intensification|enforcement))?"
    rf"\s+(?:(?:in|during)\s+(?:early\s+|late\s+|mid-?\s*)?{MONTH}|(?:last|this)\s+month)\b)"
)
"""Rule ``the_week_month_after`` (a guard of ``the_week``): after "the … week (of action)",
no "s", "'s" nor "of <month>" ("the week of 3 May" is a date), and no month it fell in
("up from 311 during the spring week of action in May", "during the summer week last
month"): another week, dated by its month, not the week stated before; "during the week of
action" alone still points back."""
EVENT_REFERRED = re.compile(rf"\b(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?{EVENT_WORDS}\b", re.I)
"""A figure's sentence that names an event already stated: "as a result of this operation"."""
TIMED_POWERS = r"(?:order|authorisation)"
"""A power in force for a stated time (a Section 60 order or authorisation, a dispersal
order): an event only where a sentence dates it ("The order was in force between …") or
opens on it again ("During the order, …"); not elsewhere ("The order allows £100 fines")."""
POWER_REFERRED = re.compile(
    rf"\b(?:during|throughout|over)\s+(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?{TIMED_POWERS}\b",
    re.I,
)
"""A figure's sentence counting during a power dated before: "officers searched 84 people
during the order"; not "under the order" nor "The order allows" (what it permits)."""
DATED_SPAN_WORDS = rf"(?:{EVENT_WORDS}|week|fortnight|weekend)"
"""An event's noun, or a span's that a dating verb makes an event ("the week, which ran
from 6 to 12 October", "The fortnight ran from …"): said of the week of action before."""
EVENT_ARTICLE = r"(?:a|an|the|its|their|this)\s+(?:[\w-]+\s+){0,4}?"
"""An event's article and up to four words before its noun ("its summer drink and
drug-drive")."""
DATING_VERBS = (
    r"(?:ran|(?:was|were)\s+run|took\s+place|lasted|(?:was|were)\s+held|"
    r"(?:was|were)\s+carried\s+out|was\s+in\s+(?:force|place))"
)
"""The verbs that date an event: "ran from …", "took place between …", "was in force
between …" (an order or authorisation)."""
_ASIDE = r"(?:\s*,[^.,;]{1,100},)?"
"""An aside between commas after the event's noun: "The order, which allows officers to
search anyone in the area, was in force …"."""
_DATED_ACTIVITIES = r"(?:checks|visits|test\s+purchases|raids|sweeps|searches)"
"""Activities a sentence of their own dates like an event: "The checks were carried out
between 1 and 14 September" (with a dating verb only: not "The checks found 12 …")."""
EVENT_DATED = re.compile(
    rf"\W{{0,3}}(?:the|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}['’]s?)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{EVENT_WORDS}|{TIMED_POWERS}|{_DATED_ACTIVITIES})\b{_ASIDE}[^.]{{0,30}}?\b{DATING_VERBS}\b",
    re.I,
)
"""A sentence that dates an event named before it: "The operation ran from 3 to 9 June",
"The campaign, which ran between …", "The checks were carried out between …"; not "The
operation led to 12 arrests"."""
FUNDED_FROM_YEAR = (
    r"[^.;:\n]{0,60}?\b(?:budget|fund|funding|grant|precept|allocation)\s+(?:for|in)\s+$"
)
"""An event's tail that names the money it came out of, right before the period (rule
``funded_from_year``): "paid for the £120,000 scheme from her community safety budget for
2025/26" dates the budget, not the scheme's run."""
EVENT_SPANNED = re.compile(
    rf"\b{EVENT_WORDS}\b(?!{FUNDED_FROM_YEAR})[^.;:\n]{{0,60}}$",
    re.I,
)
"""A sentence's opening before its first period phrase that ends on an event and where it
was held: "Officers carried out 900 hours of patrols in 12 town centres between …" dates
the patrols in their own sentence, as "The patrols ran from …" does; not an event paid for
out of a year's budget (:data:`FUNDED_FROM_YEAR`: "the scheme from her community safety
budget for 2025/26")."""
EVENT_REFERRED_OPENING = re.compile(
    rf"\W{{0,3}}(?:during|throughout|over)\s+(?:the|these|those)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{EVENT_WORDS}|{TIMED_POWERS})\s*,",
    re.I,
)
"""A sentence that opens on an event dated before and states no period of its own: "During
the patrols, officers made 40 arrests …" leads in to its paragraph and the next."""
_REFERRED_REACH = 1500
"""How far back (characters) the event an :data:`EVENT_REFERRED_OPENING` names was dated."""


def event_referred_lead(
    text: str, s_start: int, s_end: int, events: Sequence[tuple[int, PeriodFinding]]
) -> list[tuple[int, int, PeriodFinding, str]]:
    """The lead-in (end, reach, period, name) of a sentence at ``s_start`` with no period
    of its own that opens on the event of ``events`` (sentence start, period) dated last,
    not far back ("During the patrols, officers …"): its paragraph and the next; else
    none."""
    if not events or s_start - events[-1][0] > _REFERRED_REACH:
        return []
    if not EVENT_REFERRED_OPENING.match(text, s_start):
        return []
    end = s_start + len(text[s_start:s_end].rstrip())
    return [(end, next_paragraph_end(text, end), events[-1][1], "event_referred_lead_in")]


EVENT_NAMED = re.compile(rf"\b{EVENT_ARTICLE}{EVENT_WORDS}\b", re.I)
"""A figure's sentence that names an event: "during a week of action", "in the crackdown",
"during its summer drink and drug-drive campaign"."""

_SCHEDULE = (
    r"(?:(?:[\w-]+\s+){1,2}?(?:a|per|each|every)\s+(?:week|fortnight|month)\s+|"
    r"(?:every|each)\s+(?:weekend|night|evening|day)\s+)?"
)
"""Rule ``event_clause_schedule``: how often the event ran, between its dating verb and its
dates ("which ran three nights a week from March to December", "that ran every weekend
between May and August")."""
EVENT_CLAUSE = re.compile(
    rf"\b(?:(?:during|in|over|throughout|as\s+part\s+of)\s+{EVENT_ARTICLE}{EVENT_WORDS}|"
    rf"during\s+{EVENT_ARTICLE}(?:{DURING_EVENT}))\b"
    rf"[^.,;]{{0,40}}?,?\s+(?:which|that)\s+{DATING_VERBS}\s+{_SCHEDULE}"
    r"(?=(?:from|between|over|in|during|throughout|on)\b)",
    re.I,
)
"""The figure's own sentence names the event it was counted during and dates it in a
relative clause: "during the operation, which ran from 3 February to 2 March", "as part
of a week of action that took place between 6 and 12 May", "during the 2025 pilot, which
ran three nights a week from March to December" (a pilot or scheme only after "during":
``DURING_EVENT_NOUNS``); not "during the operation, which led to 12 arrests" (no dating
verb)."""
_CLAUSE_GAP = 3
"""How far after the dating verb (characters past its preposition) the period starts."""


def spans_event(text: str, s_start: int, opening: str, period: PeriodFinding) -> bool:
    """Whether the sentence at ``s_start`` dates an event it names by its first period
    ``period`` (``opening``: its words before that period): the event right before a span
    stated in full (:data:`EVENT_SPANNED`: "… patrols in 12 towns between May and August"),
    or the event as that period itself, dated by the range after it (rule
    ``event_week_dated_after``: "Forces took part in the week of action between 10 and 16
    November"), or a "since" span from the event's start (:data:`_EVENT_BEGAN`); not a week
    of action dated by the week stated before."""
    if period.kind == "explicit":
        return EVENT_SPANNED.search(opening) is not None
    if period.kind == "since":  # rule event_since_began: "Since the operation began in May"
        return _EVENT_BEGAN.search(text, period.start_char, period.end_char) is not None
    if period.kind != "same" or not _RANGE_AFTER.match(text, period.end_char):
        return False
    return EVENT_SPANNED.search(text, s_start, period.end_char) is not None


_EVENT_BEGAN = re.compile(
    rf"\b{EVENT_WORDS}\b[^.;:\n]{{0,30}}?\b(?:began|started|launched|was\s+launched|"
    r"got\s+under\s*way)\b",
    re.I,
)
"""A "since" span that opens with an event's start ("Since the operation began in November
2025", "since the campaign was launched in May"): the event runs from then to P, so a lead
counting what the event did ("1,000 arrests in the first year of its crackdown") takes that
span (rule ``event_since_began``, :func:`spans_event`)."""
_RANGE_AFTER = re.compile(r",?\s+(?:between|from)\s+\d")
"""A range stated right after an event's name ("the week of action between 10 and 16
November"): what dates it (:func:`spans_event`)."""


def told_back(event: PeriodFinding) -> PeriodFinding | None:
    """The period of an event dated before a figure that refers back to it ("The operation
    ran from 6 to 12 May." … "“We safeguarded 23 children”"); none for a "since" span from
    the event's start (rule ``event_since_began``: what the event is doing now, "The
    operation works with 96 shops", is no count over it)."""
    return None if event.kind == "since" else event


def event_after_yardstick(
    sentence: str, event: PeriodFinding | None, yardstick: PeriodFinding
) -> PeriodFinding | None:
    """Rule ``event_after_yardstick``: a count set against a bare yardstick, stated in a
    sentence that names an event (:data:`EVENT_NAMED`) and no span of its own, is counted
    over that event when the sentence after dates it (``event``:
    :meth:`.DocumentPeriods.dated_event`) later than the yardstick: "Police arrested 213
    drug drivers during the summer campaign, a rise of a third on last year. The campaign
    ran from 1 June to 31 August." None otherwise (no event named, none dated, or one
    dated before the yardstick ends)."""
    if event is None or event.start <= yardstick.end or not EVENT_NAMED.search(sentence):
        return None
    return event


def event_clause_period(
    sentence: str,
    s_start: int,
    figure_at: int,
    periods: Sequence[PeriodFinding],
    own: Sequence[PeriodFinding] | None = None,
) -> PeriodFinding | None:
    """The period an :data:`EVENT_CLAUSE` after the figure at ``figure_at`` (document
    offset) of ``sentence`` (at ``s_start``) gives it: the sentence's period that opens
    the clause's dating phrase; None when there is no such clause. Given the figure's
    ``own`` periods, None too when one of them is stated before the clause and dated
    (the figure's own span), but not one inside the clause's naming of its event (rule
    ``event_clause_names_year``: "during the 2025 pilot, which ran … from March to
    December" is March to December)."""
    clause = EVENT_CLAUSE.search(sentence, max(0, figure_at - s_start))
    if clause is None:
        return None
    at = s_start + clause.end()
    found = next(
        (p for p in periods if at <= p.start_char <= at + len("between") + _CLAUSE_GAP),
        None,
    )
    named_from = s_start + clause.start()  # the clause opens at or before its dates
    ours = own or ()
    if found is not None and any(p.kind != UNRESOLVED and p.start_char < named_from for p in ours):
        return None
    return found


_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30}
_EVENT_REACH = 400
"""How far after "a three-month operation" the span that dates it may be stated."""


def resolve_an_operation(_ctx: Context) -> Resolution:
    """ "during a three-month operation": undated where it stands (a new event, no span
    before it); :func:`operations_stated_later` dates it by the span stated after it."""
    return None


def operation_days(match: re.Match[str]) -> int:
    """How many days "a three-month operation" lasts, roughly (a month is 30 days); "a
    week-long operation" lasts one week."""
    groups = match.groupdict()
    count = count_value(groups["n"]) if groups.get("n") else 1
    return count * _UNIT_DAYS[(groups.get("unit") or groups.get("unit_long") or "").lower()]


def explicit_span_after(
    found: Sequence[PeriodFinding], index: int, kinds: tuple[str, ...] = ("explicit",)
) -> PeriodFinding | None:
    """The first dated phrase after ``found[index]`` when it is a span of ``kinds`` stated
    close after it (:data:`_EVENT_REACH`): the dates an undated event takes from the
    sentence that dates it ("… a three-month operation. Between March and May, …"), or a
    weekend told exactly ("between 6pm on Friday and 6am on Sunday", relative to P)."""
    for later in islice(found, index + 1, None):
        if later.kind == "unresolved":
            continue
        close = later.start_char - found[index].end_char <= _EVENT_REACH
        return later if later.kind in kinds and close else None
    return None


ENCLOSING_KINDS = ("relative",)
"""Kinds of a span stated right after an undated event that only says which week or month
it fell in ("during a three-day operation last week"), so the event's own dates after it
("… from Tuesday 3 to Thursday 5 March") are still the ones it takes."""


def past_enclosing_span(found: Sequence[PeriodFinding], index: int) -> int:
    """Where to look for the dates of the event ``found[index]`` after: past the next dated
    phrase when it is of :data:`ENCLOSING_KINDS` and the explicit span after it falls
    within it ("… during a three-day operation last week. … from Tuesday 3 to Thursday 5
    March"); else ``index`` itself ("last week" alone, or dates outside it, stay as read)."""
    following = next(
        (i for i in range(index + 1, len(found)) if found[i].kind != "unresolved"), None
    )
    if following is None or found[following].kind not in ENCLOSING_KINDS:
        return index
    later = explicit_span_after(found, following)
    enclosing = found[following]
    if later is None or not enclosing.start <= later.start <= later.end <= enclosing.end:
        return index
    return following


_ENCLOSING_GAP = re.compile(r"[ \t]+(?:in|during|last|this|over)?[ \t]*", re.I)
"""What may stand between an undated event and the span right after it that encloses it
(" in ", " last ": that word the span's own, or not): no stop, no comma."""


def enclosing_right_after(
    found: Sequence[PeriodFinding], index: int, text: str
) -> PeriodFinding | None:
    """The span of :data:`ENCLOSING_KINDS` stated right after the undated event
    ``found[index]`` (in ``text``), for when no dates of its own follow (rule
    ``event_in_enclosing_span``: "a month-long crackdown in September"); it dates the event
    only when it lasts as long, as a span stated later must (not "a three-day operation
    last week": which three days is unknown); None when there is none (not "… operation.
    In March, …": a sentence of its own)."""
    following = next((p for p in islice(found, index + 1, None) if p.kind != "unresolved"), None)
    if following is None or following.kind not in ENCLOSING_KINDS:
        return None
    gap = _ENCLOSING_GAP.fullmatch(text, found[index].end_char, following.start_char)
    return following if gap is not None else None


WORKING_WEEK_DAYS = 5
"""Rule ``working_week``: a week's event ("a week of drugs warrants") may be dated by a
working week stated after it ("Between Monday 1 and Friday 5 March"): 5 to 7 days, not 4."""


def operations_stated_later(
    found: list[PeriodFinding], operations: list[tuple[int, int]], text: str
) -> list[PeriodFinding]:
    """Each undated "a three-month operation" (its index in ``found`` and its days) takes
    the next dated span stated close after it when that span lasts as long ("Cumbria
    Police arrested 26 people during a three-month operation. Between March and May, …");
    with none, the span of that length enclosing it right after it
    (:func:`enclosing_right_after`: "a month-long crackdown in September")."""
    for index, days in operations:
        later = explicit_span_after(found, past_enclosing_span(found, index))
        if later is None:  # "a month-long crackdown in September": the span enclosing it
            later = enclosing_right_after(found, index, text)
        if later is None:
            continue
        span_days = (later.end - later.start).days + 1
        working_week = days == _UNIT_DAYS["week"] and WORKING_WEEK_DAYS <= span_days <= days
        if abs(span_days - days) > max(1, days // 10) and not working_week:
            continue
        found[index] = replace(found[index], start=later.start, end=later.end, kind="same")
    return found


AN_OPERATION_RULES: tuple[PeriodRule, ...] = (
    # "during a three-month operation", "over a two-week campaign", "in a week-long
    # crackdown", "during a fortnight-long blitz"; the issuer's own, told with "its" or
    # "their" ("during its month-long festive campaign"); not "during the …"
    # (the_operation's), "a three-month operation of …", "a week operation" (no count, no
    # "long")
    PeriodRule(
        "an_operation",
        compile_rule(
            rf"\b(?:during|over|in|throughout)\s+(?:an?|its|their)\s+(?:(?P<n>{COUNT})[-\s](?P<unit>day|week|"
            r"month)|(?P<unit_long>week|fortnight|month)[-\s]long)[-\s]"
            r"(?:[\w-]+\s+){0,2}?(?:operation|campaign|crackdown|initiative|blitz)"
            r"\b(?!\s+of\b)",
            "doti",
        ),
        resolve_an_operation,
        needs=("operation", "campaign", "crackdown", "initiative", "blitz"),
    ),
    # "during a week of drugs warrants", "in a fortnight of raids"; not "a week of action"
    PeriodRule(
        "a_week_of_deeds",
        compile_rule(
            r"\b(?:during|over|in|throughout)\s+(?:an?|its|their)\s+(?P<unit_long>week|fortnight)\s+"
            r"of\s+(?:[\w-]+\s+){0,2}?(?:warrants|raids|searches|arrests|visits|checks)\b",
            "doti",
        ),
        resolve_an_operation,
        needs=("week", "fortnight"),
    ),
    # "in the first six months of a new partnership", "during its first 12 weeks of the
    # scheme"; not "the first six months of the year" (no new thing), "of 2024" (dated)
    PeriodRule(
        "first_span_of_new",
        compile_rule(
            rf"\b(?:in|during|over)\s+(?:the|its|their)\s+first\s+(?P<n>{COUNT})\s+"
            r"(?P<unit>week|month)s\s+of\s+(?:an?|the|its|their)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:partnership|scheme|service|pilot|project|team|unit|programme|hub|initiative)\b",
            "dio",
        ),
        resolve_an_operation,
        needs=("first",),
    ),
)
"""New events of a stated length, dated by the span stated after them (``an_operation``,
``a_week_of_deeds``, ``first_span_of_new``: "… in the first six months of a new
partnership with the council. Between April and September, officers …")."""
OPERATION_RULE_NAMES = frozenset(rule.name for rule in AN_OPERATION_RULES)
"""The rules whose phrases :func:`operations_stated_later` dates."""


_SAME_EVENT = re.compile(rf"\bsame\s+(?:[\w-]+\s+){{0,2}}?{EVENT_WORDS}\b", re.I)
"""A repeated event in a comparison's earlier half: "the same campaign the previous winter"."""


_LAST_YEARS_EVENT = re.compile(rf"\blast\s+year['’]s\s+(?:[\w-]+\s+){{0,2}}?{EVENT_WORDS}\b", re.I)
"""Rule ``last_years_event_stated_later``: last year's run of a repeated event ("up from 187
during last year's campaign. The campaign ran from 1 December to 1 January"), undated where
it stands: the event's dates stated close after it, a year earlier, as "the same campaign a
year earlier"; not "last year" alone, nor "last year's figures" (no event)."""


_OWN_DATES = re.compile(r",\s+(?:(?:which|that)\s+(?:ran|was\s+held|took\s+place)\s+)?", re.I)
"""Between a repeated event and the span right after it that is its own (rule
``event_own_dates``): "last year's campaign, which ran from 1 December to 2 January" dates
last year's campaign itself, not this year's (", between 1 June and 31 August" too); not
"last year's campaign. The campaign ran from …" (a sentence of its own: this year's)."""


def repeats_event(text: str, phrase: PeriodFinding) -> bool:
    """Whether ``phrase`` names a repeated event ("during the same campaign last winter",
    "last year's campaign"): its earlier half is that event's dates, even after the event
    itself named undated."""
    return any(
        pattern.search(text, phrase.start_char, phrase.end_char) is not None
        for pattern in (_SAME_EVENT, _LAST_YEARS_EVENT)
    )


def event_own_dates(text: str, found: list[PeriodFinding], index: int) -> PeriodFinding | None:
    """``found[index]``, a repeated event ("last year's campaign"), dated by the span told
    right after it as its own (:data:`_OWN_DATES`, rule ``event_own_dates``: "during last
    year's campaign, which ran from 1 December to 2 January"); else None."""
    phrase = found[index]
    if not repeats_event(text, phrase):
        return None
    later = explicit_span_after(found, index)
    if later is None or not _OWN_DATES.fullmatch(text, phrase.end_char, later.start_char):
        return None
    return replace(phrase, start=later.start, end=later.end, kind=later.kind, anchor=None)


def same_event_stated_later(
    text: str, found: list[PeriodFinding], index: int
) -> PeriodFinding | None:
    """The earlier half ``found[index]`` ("up from 547 during the same campaign a year
    earlier", undated) when the event's own dates follow it close after ("The campaign ran
    from 1 December to 4 January."): those dates a year earlier; else None."""
    phrase = found[index]
    if not repeats_event(text, phrase):
        return None
    later = explicit_span_after(found, index)
    if later is None:
        return None
    start, end = shifted(later.start, later.end, -1)
    return replace(phrase, start=start, end=end, kind="previous", anchor=(later.start, later.end))


_STATED_YEAR = re.compile(rf"\b{YEAR}\b")


def same_event_in_year_stated_later(
    text: str, found: list[PeriodFinding], index: int
) -> PeriodFinding | None:
    """The earlier half ``found[index]`` ("the 98 arrested during the same operation in
    2025", "in the same period of 2025", undated where they stand) when the span they
    repeat is dated close after them ("The operation ran from 1 July to 25 August."):
    those dates in the stated year (rule ``same_event_in_year_stated_later``); else None.
    Not a stated year as late as the span's (no earlier run)."""
    phrase = found[index]
    year = _STATED_YEAR.search(text, phrase.start_char, phrase.end_char)
    if year is None:
        return None
    later = explicit_span_after(found, index)
    stated = int(year.group(0))
    if later is None or stated >= later.start.year:
        return None  # an earlier run only: the event's dates are the later one's
    start, end = shifted(later.start, later.end, stated - later.start.year)
    return replace(phrase, start=start, end=end, kind="previous", anchor=(later.start, later.end))
