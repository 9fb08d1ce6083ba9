"""What is yet to happen: the dates of future events, which no figure covers, and periods
spoken of as to come.

- "The money will pay for six officers, who will start in May": "in May" dates the
  officers' first day, a future event, not a span the six officers were counted over;
  read as the latest May before P it would date the figure wrongly. A period phrase right
  after a future-tense verb of starting (:data:`FUTURE_STARTS`, each named) is an event
  date, as "on Monday" is (the kind ``day``, which no figure takes).
- A release counts what has happened, so a year-less date is placed before P; but a
  sentence that speaks of a plan ("The week of action will run from 3 to 9 June") means
  the next such date: the period rules of ranges and of a month alone ask :func:`to_come`.
- A count of what is planned ("would fund six more posts", :data:`FUTURE_COUNT`) takes no
  span that closed before P from its sentence (:func:`planned_count`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pressfacts.findings import PeriodFinding

_FUTURE = (
    r"\b(?:will|shall|would|(?:(?:is|are)\s+)?(?:due|set|expected|planned|scheduled)\s+to)\s+"
    r"(?:(?:also|then|now|officially)\s+)?"
)
FUTURE_STARTS: dict[str, re.Pattern[str]] = {
    # "who will start in May", "which is due to open in the spring of 2026", "a review, due
    # to be published in the spring, …" (a report to come), "the day of action will return
    # next spring" (an event's return, dated)
    "will_start": re.compile(
        _FUTURE + r"(?:start|begin|open|launch|join(?:\s+the\s+\w+)?|arrive|go\s+live|return|"
        r"take\s+up\s+(?:their|his|her|the)\s+posts?|come\s+into\s+(?:force|effect)|"
        r"be\s+(?:published|released|completed|finished)|report|conclude)"
        r"(?:\s+work)?(?:\s+(?:in|on|from|by|at\s+the\s+(?:start|end)\s+of))?\s*$",
        re.I,
    ),
    # "patrols will continue through the winter", "the scheme will be extended across the
    # county this winter": what goes on into a span to come, which no figure counts
    "will_continue": re.compile(
        _FUTURE + r"(?:continue|remain|carry\s+on|go\s+on|be\s+(?:extended|kept\s+on|rolled\s+out))"
        r"(?:\s+[a-z]+){0,4}?\s*$",
        re.I,
    ),
    # "the hub, which opens in April", "a scheme that launches in June": a present tense
    # of starting in a relative clause speaks of a date to come; not "which opened in April"
    "which_opens": re.compile(
        r"\b(?:which|that)\s+(?:opens|starts|begins|launches|goes\s+live|comes\s+into\s+"
        r"(?:force|effect))(?:\s+(?:in|on|from))?\s*$",
        re.I,
    ),
    # "two men … are due to stand trial in May", "will appear before magistrates on 3
    # June", "is expected to be sentenced at Ipswich Crown Court in July": a court date to
    # come dates a hearing, not what was counted; not "stood trial in May" (a past hearing)
    "due_in_court": re.compile(
        _FUTURE + r"(?:(?:stand|face|go\s+on)\s+trial|appear|be\s+(?:sentenced|tried))"
        r"(?:\s+(?:at|before|in)\s+[^.;:!?\d]{1,50}?)?\s+(?:(?:in|on|at|from)\s+)?$",
        re.I,
    ),
}
"""Words before a period phrase that make it a future event's date, each named."""

_QUICK = ("will", "would", " to ", "which ", "that ")
"""Words one of which every rule's match holds: a phrase with none is no future date."""
_WINDOW = 80
"""How far before the phrase its verb may start."""


def future_event(text: str, start: int) -> str | None:
    """The name of the rule of :data:`FUTURE_STARTS` whose words end right before
    ``start`` (a period phrase dating a future event), else None."""
    before = text[max(0, start - _WINDOW) : start]
    if not any(word in before for word in _QUICK):  # most phrases
        return None
    return next((name for name, rule in FUTURE_STARTS.items() if rule.search(before)), None)


if TYPE_CHECKING:
    from pressfacts.statistics.period_rules import Context

FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:to|set\s+to|due\s+to|planned)|plans?\s+to|planned|"
    r"upcoming|forthcoming|coming|next|would\s+(?:(?:also|then|now|soon)\s+)?(?:start|begin|"
    r"open|launch|run|be|train|recruit|hire|fund|employ|install|issue|roll\s+out|"
    r"let|allow|enable|help|hand\s+out|give\s+out|distribute|deploy)|"
    r"(?:teamed|teams|team|joined|joins|join|linked|links|link)\s+up\s+with\s+[^.;:!?]{1,80}?"
    r"\s+to\s+(?:run|hold|host|deliver|stage|offer|put\s+on)|"
    r"(?:joined|joins|join)\s+forces\s+with\s+[^.;:!?]{1,80}?\s+to\s+(?:run|hold|host|"
    r"deliver|stage|offer|put\s+on)|"
    r"(?:is|are)\s+(?:(?:also|now)\s+)?(?:paying\s+for|funding|commissioning)\s+"
    r"[^.;:!?]{1,80}?\s+to\s+(?:run|hold|host|deliver|stage|offer|put\s+on)|"
    r"would\s+(?:(?:also|then|now)\s+)?(?:use|spend|put)\s+[^.;:!?]{1,80}?\s+to\s+(?:run|hold|"
    r"host|deliver|stage|offer|put\s+on|fund|pay\s+for|buy))\b",
    re.I,
)
"""Words that put a period to come: "will run from 3 to 9 June", "is due to open", "would
start work in November" (reported), and a plan told in reported speech (``would_plan``:
"said the trust would also train 250 staff between April and June"), or what a grant or
a decision would make possible (``would_enable``: "said the grant would let the club run
sessions for 200 children between July and August"), or what a body would hand out or
deploy (``would_hand_out``: "said the council would hand out 500 kits during December"),
or what partners have teamed up to do (``teamed_up_to``: "has teamed up with the council
to run 12 sessions between September and November", "joined forces with Age Scotland to
host …": a purpose still to come), or what a body is paying another to do
(``paying_for_to``: "is also paying for the charity to run sessions in 30 schools between
February and July", "is funding Fearless to deliver …"), or what a body would use money
for (``would_use_to``: "said the council would use money from the fund to run drop-in
sessions at two libraries in March"); not "would have", nor "teamed up
with the council last year" (no infinitive of doing), nor "paid for the charity to run
sessions" (done: no "is"/"are")."""
_CHANGE_VERB = (
    r"(?:rise|increase|grow|go\s+up|fall|drop|decrease|be\s+(?:cut|reduced|increased|raised))"
)
"""The verbs of a change in the infinitive, after "will" or "is set to"."""
FUTURE_CHANGE = re.compile(
    r"\b(?:will|shall|would|(?:is|are)\s+(?:due|set|expected|planned|forecast)\s+to)\s+"
    rf"(?:(?:also|then|now|only)\s+)?(?:(?:{_CHANGE_VERB}|reduce)(?:\s+by)?|(?:pay|cost|"
    r"receive|get|gain|save|see)(?:\s+(?:an\s+extra|a\s+further|another))?)\s+(?:around\s+|"
    r"about\s+|almost\s+|nearly\s+|just\s+(?:over|under)\s+)?\S*$",
    re.I,
)
"""A change spoken of as to come, right before its figure: "the precept will rise by
£14", "funding is set to fall by about 3%", or a verb of paying or getting before a
figure the change is said of ("households will pay £14 more a year", "will receive an
extra £2m"; the figure's own first token may follow)."""
FUTURE_COUNT = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:due|set|expected|planned)\s+to)\s+"
    r"(?:(?:also|then|now|soon)\s+)?(?:fund|pay\s+for|recruit|hire|create|employ|train|"
    r"open|build|buy|install|add)\s+(?:a\s+further\s+|an?\s+(?:extra|additional)\s+|"
    r"another\s+)?$",
    re.I,
)
"""A count of what is planned, right before its figure: "would fund six more posts",
"will recruit a further 40 officers" (counted when it comes, in no span before P)."""


def planned_count(
    period: PeriodFinding, before: str, published: dt.date | None
) -> PeriodFinding | None:
    """``period``, or None when the figure after ``before`` (its sentence up to it) is
    a planned count (:data:`FUTURE_COUNT`) and ``period`` closed before P: a plan's
    count is of no span already past ("spent £1.2m in 2025/26 and would fund six more
    posts from April")."""
    quick = ("would", "will", "shall", " to ")  # else no plan
    if published is None or period.end >= published or not any(w in before for w in quick):
        return period
    return None if FUTURE_COUNT.search(before[-80:]) else period


ENABLED_CHANGE = re.compile(
    r"\b(?:(?:lets?|allows?|enables?)\s+(?:us|me|him|her|them|the\s+(?:force|service|"
    r"chief\s+constable|commissioner|team|council))\s+(?:to\s+)?|means?\s+(?:that\s+)?"
    r"(?:we|I|they|the\s+force)\s+(?:can|could|will\s+be\s+able\s+to)\s+)[^.;:!?]{0,80}$",
    re.I,
)
"""What a budget or a decision lets someone do, before a change's figure: "this settlement
lets us … move 24 more into neighbourhood teams", "the grant allows the force to put 12
more officers on patrol", "the precept means we can add 20 more" (to come, as the speaker
tells it)."""


def future_change(before: str) -> bool:
    """Whether the words ``before`` a change's figure (its sentence up to it) say it is
    to come (:data:`FUTURE_CHANGE`, :data:`ENABLED_CHANGE`): no comparison stated
    elsewhere in the release dates it."""
    if ENABLED_CHANGE.search(before[-120:]):
        return True
    return any(word in before for word in ("will", "would", "shall", " to ")) and bool(
        FUTURE_CHANGE.search(before[-120:])
    )


CHANGE_TO_COME_BEFORE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|expected)\s+to)\s+(?:(?:also|then)\s+)?"
    rf"(?:{_CHANGE_VERB}|(?:pay|cost)\s+(?:an\s+extra\s+\S+|\S+\s+(?:more|less|extra)))\b"
    r"[^.;:]*,\s+",
    re.I,
)
"""A change to come stated earlier in the sentence, then a comma: the figures after it
("The precept will rise by £14 a year, taking it to £280.22, an increase of 5.3%",
"households will pay £14 more a year, taking the charge to £306.47") are of the same
change to come."""


def after_change_to_come(before: str) -> bool:
    """Whether ``before`` (a sentence up to a figure) states a change to come and a comma
    after it (:data:`CHANGE_TO_COME_BEFORE`): the figure restates or reaches that change."""
    return ("will" in before or " to " in before) and bool(CHANGE_TO_COME_BEFORE.search(before))


def dates_to_come(before: str, change: str | None) -> bool:
    """Whether the figure after ``before`` (its sentence up to it) is of a change to come:
    the change itself spoken of as to come (:func:`future_change`), or a figure after
    such a change and a comma (:func:`after_change_to_come`)."""
    return bool(change and future_change(before)) or after_change_to_come(before)


def coming_main(main: PeriodFinding | None, published: dt.date | None) -> PeriodFinding | None:
    """``main`` (the main period of a sentence before) when it is still to come at P (it
    starts after ``published``): what a change to come is set for ("… a budget for 2025/26
    … The precept will rise by £14 a year": 2025/26, P in February 2025); else None (a
    past period dates no change to come)."""
    if main is None or published is None or main.start <= published:
        return None
    return main


_SENTENCE_EDGE = re.compile(r"[.!?]\s|\n")
_REACH = 200
"""How far (characters) each side of a range its sentence is read for future words."""


def to_come(ctx: Context) -> bool:
    """Whether the sentence of the period matched, the match's own words with it, speaks of
    it as to come (:data:`FUTURE_WORDS`: "will rise … from April" inside one match)."""
    before, after = _sentence_around(ctx)
    return any(FUTURE_WORDS.search(part) for part in (before, ctx.match.group(), after))


def _sentence_before(ctx: Context) -> str:
    """The words of the match's sentence before it (within :data:`_REACH`)."""
    text, start = ctx.match.string, ctx.match.start()
    before = text[max(0, start - _REACH) : start]
    edges = list(_SENTENCE_EDGE.finditer(before))
    return before[edges[-1].end() :] if edges else before


def _sentence_around(ctx: Context) -> tuple[str, str]:
    """The words of the match's sentence before and after it (within :data:`_REACH`)."""
    end = ctx.match.end()
    after = ctx.match.string[end : end + _REACH]
    edge = _SENTENCE_EDGE.search(after)
    return _sentence_before(ctx), after[: edge.start()] if edge else after


PRESENT_RUNS_SOON = re.compile(
    r"\b(?:runs?|takes?\s+place|(?:is|are)\s+(?:being\s+)?(?:held|running|staged)|"
    r"starts?|begins?)\s+(?:(?:from|between|on)\s+)?$",
    re.I,
)
"""Rule ``present_runs_soon``: an event told in the present tense right before its
year-less dates ("the week, which runs from 10 to 17 October", "the festival takes place
between 3 and 5 July") in a release of the days just before it: the coming dates, not last
year's; not "ran from" (past), nor dates more than :data:`SOON_DAYS` after P (a yearly
event described in general: "the campaign runs from 1 to 31 December" in a January
release counts last December's)."""
SOON_DAYS = 45
"""How many days after P a present-tense event's year-less start may lie to be to come."""


def runs_soon(ctx: Context, start: dt.date) -> bool:
    """Whether the range matched, starting ``start`` (after P), is an event told in the
    present tense right before its dates and starting within :data:`SOON_DAYS` of P
    (:data:`PRESENT_RUNS_SOON`)."""
    latest = ctx.latest
    if latest is None or (start - latest).days > SOON_DAYS:
        return False
    return bool(PRESENT_RUNS_SOON.search(_sentence_around(ctx)[0]))


PAST_WITHOUT_ED: tuple[str, ...] = (
    "spoke", "sent", "ran", "caught", "paid", "sold", "lost", "kept", "won", "spent",
    "got", "began", "drove", "wrote", "stole", "broke", "threw", "fought", "bought",
    "taught", "built", "rode", "dealt",
)  # fmt: skip
"""Verbs of the past not ending in "-ed" beyond those :data:`PAST_TELLING` names itself
(rule ``irregular_past``): "On Tuesday, officers spoke to 1,150 pupils", "they sent 40
letters on Friday", "caught 12 drivers on Sunday"; not "speak", "send", "will run"."""
LEVEL_PAST_VERBS: tuple[str, ...] = ("stood", "rose", "fell", "grew")
"""Rule ``level_past``: the irregular past of a level's verbs tells a figure of the past
("the waiting list stood at 312 people on Friday", P a Monday: the Friday before; "calls
rose to 90 on Sunday", "fell", "grew"), read in lower case only; not "stands at", "rises to"
(the present), "will stand at" (to come), nor a name ("Sergeant Rose Kelly", "Hope Fell
Rescue Team")."""
_PAST_IRREGULAR = (
    "made|took|saw|came|went|gave|found|held|led|brought|met|"
    + "|".join(PAST_WITHOUT_ED)
    + "|(?-i:"
    + "|".join(LEVEL_PAST_VERBS)
    + ")"
)
"""The irregular verbs of the past both :data:`PAST_TELLING` and :data:`_PAST_NOT_ED` read
(after "was", "were", "had")."""
PAST_TELLING = re.compile(
    rf"\b(?:was|were|had|{_PAST_IRREGULAR}"
    r"|(?!(?:planned|scheduled|expected|intended|needed)\b)[a-z]{2,}ed)\b",
    re.I,
)
"""A verb of the past ("made 31 arrests on Saturday", "Nine of those arrested this
weekend", and the irregular ones of :data:`PAST_WITHOUT_ED`): what the sentence tells has
already happened; not a plan's "planned", "scheduled" or "expected"."""


def told_in_past(ctx: Context, own_clause: bool = False) -> bool:
    """Whether the sentence of the period matched holds a verb of the past
    (:data:`PAST_TELLING`) and no word of what is to come (:func:`to_come`); with
    ``own_clause``, a word of what is to come only in a later clause of its own
    (:data:`LATER_CLAUSE`) does not count when its clause is told in the past."""
    before, after = _sentence_around(ctx)
    if own_clause and past_clause_before_future(ctx):
        return True
    return bool(PAST_TELLING.search(before + " " + after)) and not to_come(ctx)


LATER_CLAUSE = re.compile(
    r",\s+(?:which|who|whose|where)\b|\s[-–—]\s|"
    r",?\s+and\s+(?=(?:will|(?:is|are)\s+(?:due|set)\s+to)\b)",
    re.I,
)
"""Rule ``past_clause_before_future``: a clause of its own after the period's clause
(", which will see the precept rise", ", who will start in May", a dash): a word of what is
to come there tells of that clause, not of the day in the clause before ("The panel voted by
nine votes to three on Tuesday to back the plan, which will see bills rise": the Tuesday
before P). Rule ``past_clause_and_future``: a second predicate joined by "and" that opens on
what is to come ("Four men were charged on Sunday and will appear in court next month",
"… on Friday and are due to be sentenced"): its future is that predicate's, not the day's.
Not a word of what is to come before the period or in its own clause ("The panel
will vote on Tuesday, which …", "Officers stopped 40 drivers on Sunday and will return on
Friday": the Friday to come), nor a clause with no verb of the past ("40 marshals are on
duty on Sunday and will …")."""


def past_clause_before_future(ctx: Context) -> bool:
    """Whether the period's own clause is told in the past (:data:`PAST_TELLING` before it)
    with no word of what is to come, and its sentence's only words of what is to come lie
    after a later clause's start (:data:`LATER_CLAUSE`; rule ``past_clause_before_future``)."""
    before, after = _sentence_around(ctx)
    if FUTURE_WORDS.search(before) or FUTURE_WORDS.search(ctx.match.group()):
        return False
    clause = LATER_CLAUSE.search(after)
    if clause is None or FUTURE_WORDS.search(after[: clause.start()]):
        return False
    return bool(PAST_TELLING.search(before))


_STILL_RUNNING = re.compile(
    r"\b(?:has|have|is|are|runs?|continues?|so\s+far|to\s+date|already|ongoing)\b", re.I
)
"""Words of a span still running at P ("has so far led to", "the scheme runs"): a range
not yet ended may be this year's."""
DONE_RANGE_MONTHS = 3
"""Months at least of a year-less range still to come after P's month that make a range
told as done last year's (rule ``done_range_not_run``): a quarter or more cannot be a
loose "to date"."""


def done_before_its_end(ctx: Context, to_run: int) -> bool:
    """Rule ``done_range_not_run``: a year-less range of months with ``to_run`` (at least
    :data:`DONE_RANGE_MONTHS`) of its months still to come after P's month, told in the simple
    past (:func:`told_in_past`) with no word of a span still running (:data:`_STILL_RUNNING`):
    it cannot have been counted, so it is last year's ("Officers dealt with 187 reports
    between April and September" in June). Not "has so far led to 40 arrests" nor "the
    operation, which runs from April to September" (still running)."""
    if to_run < DONE_RANGE_MONTHS or not told_in_past(ctx):
        return False
    before, after = _sentence_around(ctx)
    return not _STILL_RUNNING.search(before + " " + after)


def said_to_come(ctx: Context) -> bool:
    """Whether the sentence of the period matched says, before the match, that it is to
    come (:data:`FUTURE_WORDS`: "officers will patrol the routes during March"); a future
    word only after it ("made 40 checks in March and will do more") does not."""
    return bool(FUTURE_WORDS.search(_sentence_before(ctx)))


def still_to_come(main: PeriodFinding, told: str, sentence: str, published: dt.date | None) -> bool:
    """``future_main_not_past``: whether ``main``, the main period of a sentence before
    (``told``) that speaks of it as to come (:data:`FUTURE_WORDS`), still to come at P (it
    starts after ``published``), is kept from a figure of ``sentence`` that speaks of nothing
    to come: a past count never takes a plan's period ("“We will be out again this summer,”
    she said. Reading saw the most arrests, with 54": not the summer to come); "Half of them
    will be in Reading" still does, and so does a figure after a year set, not promised
    ("has set a budget for 2025/26. … The budget pays for 120 officers")."""
    if published is None or main.start <= published or FUTURE_WORDS.search(sentence):
        return False
    return bool(FUTURE_WORDS.search(told))


def past_mains(
    mains: Sequence[PeriodFinding | None],
    told: Callable[[int], str],
    sentence: str,
    published: dt.date | None,
) -> list[PeriodFinding | None]:
    """The main periods of a document's sentences (sentence ``i`` is ``told(i)``) as a
    figure of ``sentence`` may refer back to them: those still to come for a past figure
    (:func:`still_to_come`) left out."""
    return [
        None if m is not None and still_to_come(m, told(i), sentence, published) else m
        for i, m in enumerate(mains)
    ]


def to_come_in_clause(ctx: Context) -> bool:
    """Whether the sentence speaks of the period matched as to come (:func:`to_come`) but
    not only in a later clause after its own clause told in the past
    (:func:`past_clause_before_future`)."""
    return to_come(ctx) and not past_clause_before_future(ctx)


_PASSIVE_BE = re.compile(r"\bbe(?:en)?\s+[a-z]+\b", re.I)
"""A passive after a word of what is to come ("will be used", "is set to be spent",
"will be paid"): its participle is no verb of the past."""
_PAST_NOT_ED = re.compile(rf"\b(?:was|were|had|has|have|did|{_PAST_IRREGULAR})\b", re.I)
"""The verbs of the past of :data:`PAST_TELLING` without its "-ed" words, and "has",
"have", "did": after "will", an "-ed" word is mostly an adjective ("will pay for targeted
patrols", "will fund dedicated officers"), a finite verb of the past another clause's
("will say 40 drivers were caught")."""
_NOT_OWN_CLAUSE = re.compile(r"[,;:()]|\b(?:that|how|what|which|who|whether)\b", re.I)
"""What between a word of what is to come and a range puts the range in another clause
("which will be published next week, show 300 arrests from January to March", "will show
that …")."""


def ended_range_to_come(ctx: Context, last_month: dt.date) -> bool:
    """Rule ``ended_range_to_come``: a range of months with no year stated whose last month
    (``last_month``, read in P's year) comes before P's month, but whose own clause says,
    before it, that it is still to come (:data:`FUTURE_WORDS` with no verb of the past of
    :data:`_PAST_NOT_ED`, no comma and no relative word between them): it is next year's
    ("The £80,000 will pay for patrols from January to March", "the money will be used in
    January and February" in November: the coming January). Not "made 80 arrests from
    January to March" (no word to come), "The figures, which will be published next week,
    show 300 arrests from January to March" (the word to come is another clause's), "will
    say that 40 were arrested between January and March" (another clause)."""
    latest = ctx.latest
    if latest is None or (last_month.year, last_month.month) >= (latest.year, latest.month):
        return False
    before = _sentence_before(ctx)
    words = list(FUTURE_WORDS.finditer(before))
    if not words:
        return False
    between = _PASSIVE_BE.sub(" ", before[words[-1].end() :])
    return not _NOT_OWN_CLAUSE.search(between) and not _PAST_NOT_ED.search(between)


FINITE_PAST = re.compile(
    r"\b(?:was|were|had|did|made|saw|took|rose|fell)\b|(?<!\bhas\s)(?<!\bhave\s)(?<!\bbeen\s)"
    r"\b(?!(?:planned|scheduled|expected|intended|needed|targeted|dedicated)\b)[a-z]{3,}ed\b",
    re.I,
)
"""A finite verb of the past, not a perfect's participle ("has funded", "have been
trained") nor an adjective ("targeted patrols"): a pair of months told with one is the last
winter's (rule ``own_month_pair_over_new_year``'s guard)."""


def finite_past(ctx: Context) -> bool:
    """Whether the words of the matched phrase's sentence around it (:func:`_sentence_around`)
    hold a :data:`FINITE_PAST` verb (rule ``own_month_pair_over_new_year``: told of the past,
    no span to come)."""
    before, after = _sentence_around(ctx)
    return FINITE_PAST.search(before) is not None or FINITE_PAST.search(after) is not None
