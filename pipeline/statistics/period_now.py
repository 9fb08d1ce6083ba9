"""Figures a sentence says hold now ("The force now has 146 detectives, 40 more than in
2023"; "More than 40% of the cases we charge now reach court").

Two named rules, both read by :meth:`pressfacts.statistics.period_context.PeriodContext.
figure_period` on the period the other rules chose, only in a sentence holding
:data:`NOW`:

- ``held-now-level``: a level in a sentence that states no period keeps no span carried
  from a lead-in or the sentences before that closed before P (it is how things stand at
  the release); a span running to P ("since its scheme began in 2019") is kept.
- ``held-now-carried``: the same for a level right after "now" and a verb of holding or
  handling (:data:`NOW_HOLDING`) in a sentence that states a period only for another figure ("The
  force now has 22 detectives, up from 15 in 2024": 2024 is the 15's): the 22 keeps no
  span carried from the sentences before; not a share ("now accounts for one in eight
  crimes, up from one in 20": a share of the year's crimes keeps the year).
- ``held-now-carried-list``: the same for a level listed after the first one held "now"
  (:data:`NOW_HOLDING_LIST`: "now has 18 drones and 46 trained pilots, up from 11 drones in
  2024": the 46 as the 18).
- ``held-now-yardstick``: a level after "in", "now" before it in its own clause
  (:data:`NOW_BEFORE_LEVEL`), whose sentence states a period only after it (its
  yardstick's: "said interviews were now offered in 94% of cases, up from 71% last year")
  keeps no span carried or read as later than that yardstick: "now" is its time; not
  "has now traced …" (a perfect).
- ``held-now-change``: a change against a stated year ("40 more than in 2023") whose later
  half the other rules closed before P runs to P: "now" is its later half; not when "now"
  is in a clause of what the change means after it (``held-now-consequence``:
  :data:`CONSEQUENCE_NOW`).

- ``held-now-subject``: the same for a level that is the subject of a verb in the present
  after "now" in its own clause (:data:`NOW_SUBJECT`: "74 governing bodies now meet its
  standards, compared with 61 in 2020").
- ``held-now-subject-later-clause``: such a level keeps no period its sentence states after
  it past a clause break (:data:`CLAUSE_BREAK`), even one running to P: the period is the
  later clause's figure's ("About 900 wardens now carry radios, and they have been used
  310 times since the scheme began in 2022"); not a period of its own clause ("now carry
  radios bought in 2022").

- ``held-now-clause``: a level in a clause of its own that holds :data:`NOW`, after a
  clause break (", and", ";") that follows the period its sentence states for the clause
  before ("trained 1,150 staff in 2025/26, and almost 90% of schools now use it"), keeps
  no span closed before P: the period is the other clause's; not when a verb of saying
  or a modal stands between the figure and "now" (:data:`SPEECH_OR_MODAL`: "nine in ten
  of the pupils said they would now walk away").

- ``held-now-clause-before``: the same with "now" before the level in its clause ("was
  founded in 2003 by the trust, and there are now more than 250 groups", "…, and it now
  runs 40 shops"); not when a verb of saying or a modal stands between "now" and the figure
  ("…, and it now says it will recruit 40").

- ``held-present-state``: a level in a sentence that states no period and whose verb is
  one of holding in the present simple (:data:`PRESENT_STATE`: "In Cornwall, 3,870 people
  hold a shotgun certificate, while Plymouth has 1,240") keeps no span carried from the
  sentences before that closed before P, as ``held-now-level``: the verb says how things
  stand at the release; not "has seized 212" (a perfect), "held 40" (the past).

- ``held-still-level``: a level right after "still" and a verb of holding
  (:data:`STILL_HOLDING`: "Since January, 27 officers have joined. The force still has 61
  posts unfilled") keeps no span carried from a lead-in or the sentences before, even one
  running to P: "still" says how things stand at the release, not what the span added; a
  period its own sentence states is kept. Read with or without :data:`NOW`.

- ``held-now-part``: a part or share that points back to the count before it, of a whole
  the sentence describes as current by a relative clause holding "now" or "currently"
  (:data:`NOW_WHOLE`: "Around one in eight of the children we now work with has been moved
  here", "Nearly half of the families who currently use the service …"), in a sentence that
  states no period, takes no period from that count (:func:`told_as_now`, read by the
  statistics reader): it tells how things stand at the release; not "Nearly two in five of
  those calls now end without police attendance" ("now" in the main clause: a share of the
  calls counted), nor "Of those, 12 have now been charged" (a perfect), nor "One in eight
  of them had been moved" (no "now").
- ``held-now-reported``: the same for a figure of a sentence that states no period, told
  after a verb of saying as holding now (:data:`NOW_REPORTED`: "Supt Cole said more than
  60% of calls were now answered within ten seconds", "She says 40 of the cameras are now
  in use"): reported speech of how things stand at the release; not "said 12 of them had
  now been charged" (a perfect) nor "said 60% were answered" (no "now").

And rules read on every figure, with or without :data:`NOW`:

- ``held-level-later-clause``: a level right after a verb of holding in the present
  (:data:`HELD_LEVEL`: "now has", "also has", "employs") keeps no period its sentence
  states after it in a later clause that is another's: a relative clause (", who gave more
  than 52,000 hours between April and September") or a plan ("and wants to recruit 60 more
  during 2026") (:data:`LATER_CLAUSE`); not "has 40 shops in 2026" (no clause between), nor
  "has recruited 40 … in 2025" (a perfect, no level held).

- ``held-standard-level``: a share or sum written right before a noun of standard or
  target (:data:`STANDARD_LEVEL`: "below the 90% standard for forces", "a 95 per cent
  national target", "the £2m government target") is a benchmark, not what happened in a
  span: it keeps no period, not even its sentence's ("79% in July, below the 90%
  standard": July is the 79%'s); not "90% of standard calls" (a noun between), "40
  targets" (a count), "hit its target of 90%" (the figure after the noun: left to the
  other rules).

- ``held-now-relative``: a level right after a relative pronoun and a verb in the present
  simple ("the Diocese of Ely, which looks after more than 330 churches"; "a charity that
  runs 40 shops") tells how things stand, not what happened in a span: it keeps no period
  carried from another sentence (:data:`STATE_CLAUSE`).
- ``held-now-relative-aside``: the same level keeps no period of its own sentence stated
  after the comma that closes its relative clause ("Clarion, which manages around 2,300
  homes in the city, said it had issued 118 warnings between April and December": the
  period is the main clause's).
- ``held-whose-level``: a level right after "whose" with a verb of being or holding in the
  present after its noun (:data:`WHOSE_LEVEL`: "a charity whose 85 volunteers are trained
  to national standards, responded to 46 call-outs between January and May") keeps no
  period carried from another sentence nor one its sentence states after the comma that
  closes the clause; not "whose 85 volunteers were called out" (the past).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.number_words import WORD_NUMBER

NOW = re.compile(r"\b(?:now|currently|presently)\b", re.I)
"""A word saying a figure holds now."""
SEEKING_VERBS = (
    r"(?:looking\s+for|seeking|recruiting|appealing\s+for|hoping\s+to\s+(?:recruit|find|train))"
)
"""Verbs of what a body is still seeking when it tells of it ("was looking for", "is
recruiting"): a need at the telling, not a count of a span (rule ``sought_now``)."""
HELD_NOW = re.compile(
    rf"{NOW.pattern}|\b{SEEKING_VERBS}\s+(?:(?:about|around|nearly|almost|over|more\s+than|"
    r"some|another|up\s+to)\s+)?£?$",
    re.I,
)
"""Rule ``sought_now``: a word saying a figure holds now (:data:`NOW`), or a verb of
seeking right before the figure ("it was looking for 30 more volunteers"): a clause of its
own that states no period takes none of the clause before (``period_clauses``)."""
STATE_CLAUSE = re.compile(
    r"\b(?:which|who|that)\s+(?:also\s+|now\s+|currently\s+)?"
    r"(?!(?:was|is|this|has\s+been|has\s+had)\b)[a-z]{2,}s\s+(?:after\s+|for\s+|over\s+)?"
    r"(?:(?:more\s+than|over|around|about|some|nearly|almost|up\s+to|at\s+least)\s+)?£?$",
    re.I,
)
"""A relative clause in the present simple right before a figure: "which looks after",
"who manages", "that runs more than"; not "which was" (the past), "which has been"."""
HOLDING_RELATIVE = re.compile(
    r"\b(?:which|who|that)\s+(?:also\s+|now\s+|currently\s+)?(?:manages|runs|owns|has|"
    r"employs|supports|serves|houses|covers|operates|represents|oversees|looks\s+after|"
    r"cares\s+for)\s+(?:(?:more\s+than|over|around|about|some|nearly|almost|up\s+to|"
    r"at\s+least)\s+)?£?$",
    re.I,
)
"""The relative clauses of rule ``held-now-relative-aside``: a verb of holding or running
in the present simple ("which manages around", "who supports"); not a verb of reporting
("which shows 7,412 incidents in the year to March": the report's figures keep their
span) nor "that its" (no verb)."""
WHOSE_LEVEL = re.compile(
    r"\bwhose\s+(?:(?:more\s+than|over|around|about|some|nearly|almost|up\s+to)\s+)?"
    r"(?P<figure>\d[\d,]*)\s+(?:[a-z-]+\s+){1,3}?(?:are|is|have|has|include|includes|"
    r"work|serve|cover|give|use|share|employ|run|operate|belong)\b",
    re.I,
)
"""A figure right after "whose", its noun, then a verb of being or holding in the present
("whose 85 volunteers are trained", "whose 40 members have", "whose 480 member businesses use
a shared radio scheme", "whose 30 shops employ …"): rule ``held-whose-level``."""
HOLD_AS_NOUN = ("luggage", "baggage", "bags?", "cargo", "space", "area")
"""Words after "hold" that make it a noun of a ship or aircraft ("in hold luggage", "the
hold cargo"): no verb of holding (rule ``hold_as_noun``). "the hold" and "a hold" (an
article before it) are the noun too."""
PRESENT_STATE = re.compile(
    r"(?<!\bon\s)(?<!\bthe\s)(?<!\ba\s)\bholds?\b"
    rf"(?!\s+(?:on|up|back|{'|'.join(HOLD_AS_NOUN)})\b)|\b(?:has|have|covers?)\s+"
    r"(?:(?:more\s+than|over|around|about|some|nearly|almost|just\s+over|just\s+under)\s+)?£?\d",
    re.I,
)
"""A verb of holding in the present simple: "3,870 people hold a certificate", "Plymouth
has 1,240", "the zones cover more than 9,400 households"; not "has seized" (a perfect),
"held" (the past), "on hold", "hold up" (no verb of holding), nor "own" ("their own":
mostly an adjective), nor the noun "hold" of a ship or aircraft (:data:`HOLD_AS_NOUN`:
"found in hold luggage", "stowed in the hold")."""
NOW_HOLDING = re.compile(
    r"\bnow\s+(?:has|have|holds?|employs?|runs?|operates?|funds?|process(?:es)?|handles?|"
    r"deals?\s+with|receives?|answers?)\s+"
    r"(?:(?:more\s+than|over|around|about|some|nearly|almost|just\s+over|just\s+under)\s+)?£?$",
    re.I,
)
""""now" and a verb of holding or of handling in the present right before a figure ("now
has 22", "now runs more than", "now processes about 180 applications a month"): the rule
``held-now-carried``."""
_HELD_ITEM = rf"(?:£?\d[\d,.]*|{WORD_NUMBER})(?:\s+[a-z-]+){{1,3}}?(?:,\s+(?:and\s+)?|\s+and\s+)"
"""A level (digits or words) and its noun that open a list ("18 drones and ", "six hubs,
")."""
NOW_HOLDING_LIST = re.compile(
    r"\bnow\s+(?:has|have|holds?|employs?|runs?|operates?|funds?)\s+"
    r"(?:(?:more\s+than|over|around|about|some|nearly|almost)\s+)?"
    rf"(?:{_HELD_ITEM}){{1,3}}"
    r"(?:(?:more\s+than|over|around|about|some|nearly|almost|just\s+over|just\s+under)\s+)?£?$",
    re.I,
)
"""A level listed after the first level held "now" ("The force now has 18 drones and 46
trained pilots, up from 11 drones in 2024"; "now runs 12 hubs, 40 vans and about 300
beds"): rule ``held-now-carried-list``, read as ``held-now-carried`` (the 46 keeps no span
carried from the sentences before); not "now has 18 drones after buying 46 in 2025" (no
list), nor "had 18 drones and 46 pilots" (no "now")."""
NOW_BEFORE_LEVEL = re.compile(
    r"(?<!\bhas)(?<!\bhave)(?<!\bhad)(?<!\bwould)(?<!\bwill)(?<!\bcould)(?<!\bmight)"
    r"(?<!\bmay)(?<!\bcan)\s(?:now|currently)\s"
    r"(?!(?:been|said|says|told|would|will|could|might|may|expects?|plans?|aims?)\b)"
    r"[^.,;:]{0,60}\bin\s+(?:(?:more\s+than|over|around|about|nearly|almost|just\s+over|"
    r"just\s+under)\s+)?$",
    re.I,
)
""""now" before a level in its own clause, no comma between, the figure after "in" ("were
now offered within 72 hours in 94% of cases"): rule ``held-now-yardstick``; not a direct
object ("now accounts for one in eight crimes, up from one in 20": a share of the year's
crimes keeps the year), not a perfect ("has now traced children … in 88% of cases": a
tally of a span), a modal ("would now see children … in 88% of cases") nor a plan or
report ("now expects", "now said")."""
_NO_AUXILIARY = "".join(
    rf"(?<!\b{aux})" for aux in ("has", "have", "had", "is", "are", "was", "were")
)
"""No auxiliary right before "now" ("have now been charged": a perfect)."""
NOW_SUBJECT = re.compile(
    rf"£?[\d,.]*[^.,;:\n]{{0,80}}?{_NO_AUXILIARY}\s(?:now|currently)\s+"
    r"(?!(?:been|said|says|told|would|will|could|might|may)\b)[a-z]+\b",
    re.I,
)
"""A level that is the subject of a verb in the present after "now", in its own clause
("74 governing bodies in England now meet its standards, compared with 61 in 2020",
"1,200 clubs now have a welfare officer"): the rule ``held-now-subject``, read as
``held-now-carried``; not "have now been charged" (a perfect: a tally), nor "said they would
now …" (another verb's: :func:`_now_subject`)."""
STILL_HOLDING = re.compile(
    r"\bstill\s+(?:has|have|holds?|employs?|carries|carry)\s+(?:(?:more\s+than|fewer\s+than|"
    r"less\s+than|over|around|about|some|nearly|almost|just\s+over|just\s+under)\s+)?£?$",
    re.I,
)
""""still" and a verb of holding right before a figure ("The force still has 61 posts
unfilled"): the rule ``held-still-level``; not "still seized 40" (an event), "has still
not filled 61" (no figure held)."""
STANDARD_LEVEL = re.compile(
    r"£?\d[\d,.]*\s*(?:%|per\s*cent|[mk]\b|(?:million|billion)\b)?\s+"
    r"(?:(?:national|government|home\s+office|statutory|official|minimum)\s+)?"
    r"(?:standard|target|benchmark)\b",
    re.I,
)
"""A figure right before a noun of standard or target ("90% standard", "95 per cent
national target", "£2m target"): rule ``held-standard-level``."""
HELD_LEVEL = re.compile(
    r"\b(?:(?:now|also|still|currently)\s+)?(?:has|have|employs?|holds?)\s+"
    r"(?:(?:more\s+than|over|around|about|some|nearly|almost|just\s+over|just\s+under)\s+)?£?$",
    re.I,
)
"""A verb of holding in the present right before a level ("now has 174", "also has
286", "employs about 900"): rule ``held-level-later-clause``."""
LATER_CLAUSE = re.compile(
    r",\s+(?:who|which|whose)\b|\band\s+(?:wants|plans|aims|hopes|intends|expects|will|"
    r"is\s+(?:set|due|looking)\s+to)\b",
    re.I,
)
"""The opening of a later clause that is another's, between a held level and a period: a
relative clause (", who gave", ", which ran") or a plan ("and wants to", "and will")."""
CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while)\s+|;\s+")
"""A break between two clauses of a sentence, each with its own verb."""
SPEECH_OR_MODAL = re.compile(r"\b(?:said|say|says|told|would|will|could|might|may)\b", re.I)
"""Words between a figure and "now" that make "now" another verb's: "more than nine in
ten of the pupils said they would now walk away" (what they would do, not how things
stand)."""
_CHANGE_KINDS = frozenset({"baseline", "comparison"})
"""Kinds of a change's period held against a stated earlier one."""


def held_now(
    period: PeriodFinding,
    sentence: str,
    change: str | None,
    sentence_periods: Sequence[PeriodFinding],
    published: dt.date | None,
    before: str = "",
    s_start: int | None = None,
) -> PeriodFinding | None:
    """``period`` as the rules of this module leave it for a figure of ``sentence`` (of
    which ``before`` is the text before the figure)."""
    if change is None and STANDARD_LEVEL.match(sentence, len(before)):
        return None  # held-standard-level
    if change is None and STATE_CLAUSE.search(before):
        if period not in sentence_periods:
            return None  # held-now-relative
        if (
            s_start is not None
            and HOLDING_RELATIVE.search(before)
            and _after_the_relative(period, sentence, len(before), s_start)
        ):
            return None  # held-now-relative-aside
    if change is None and s_start is not None and _whose_level(period, sentence, before, s_start):
        return None  # held-whose-level
    if change is None and s_start is not None and _later_clause(period, sentence, before, s_start):
        return None  # held-level-later-clause
    if (
        change is None
        and s_start is not None
        and _now_subject_later(period, sentence, before, s_start)
    ):
        return None  # held-now-subject-later-clause
    if change is None and period not in sentence_periods and STILL_HOLDING.search(before):
        return None  # held-still-level
    if published is None or period.end >= published:
        return period
    if change is None and not sentence_periods and PRESENT_STATE.search(sentence):
        return None  # held-present-state
    if NOW.search(sentence) is None:
        return period
    if change is None and not sentence_periods:  # held-now-level
        return None
    if change is None and period not in sentence_periods and NOW_HOLDING.search(before):
        return None  # held-now-carried
    if change is None and period not in sentence_periods and NOW_HOLDING_LIST.search(before):
        return None  # held-now-carried-list
    if (
        change is None
        and s_start is not None
        and period not in sentence_periods
        and NOW_BEFORE_LEVEL.search(before)
        and all(p.start_char - s_start >= len(before) for p in sentence_periods)
    ):
        return None  # held-now-yardstick
    if change is None and period not in sentence_periods and _now_subject(sentence, len(before)):
        return None  # held-now-subject
    if change is None and s_start is not None and _now_clause(period, sentence, before, s_start):
        return None  # held-now-clause
    if change is None:
        return period
    if CONSEQUENCE_NOW.match(sentence, len(before)):
        return period  # held-now-consequence: "now" is the consequence's, not the change's
    if period.kind in _CHANGE_KINDS and period.start < published:  # held-now-change
        return replace(period, end=published, kind="comparison")
    return period


CONSEQUENCE_NOW = re.compile(
    r"[^.;:!?]*?\b(?:means|meant)\s+(?:that\s+)?[^.;:!?]*?\b(?:now|currently|presently)\b",
    re.I,
)
"""Rule ``held-now-consequence``: read right after a change figure, a clause of what the
change means holding "now" ("The rise of 57% means the service is now holding nine
sessions a day", "The 30% increase meant officers were now dealing with …"): "now" is
that consequence's time, so the change keeps the span the other rules gave it, not one
run to P (``held-now-change``); not "now" before the figure ("The force now has 40% more
officers than in 2023") nor one with no "means" ("40 more than in 2023, and now …")."""


NOW_WHOLE = re.compile(
    r"\bof\s+the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:who\s+|that\s+|which\s+)?"
    r"(?:we|they|you|I|who|that|which)\s+(?:now|currently)\s+"
    r"(?!(?:been|said|says|told|would|will|could|might|may)\b)[a-z]+\b",
    re.I,
)
"""A whole described as current by a relative clause holding "now" or "currently" before
its verb ("of the children we now work with", "of the families who currently use"): how
things stand; not "of those calls now end" (no relative clause: "now" is the main verb's)."""


NOW_REPORTED = re.compile(
    r"\b(?:said|says|say|told\s+[\w ]{1,30}?|added|explained)\s+(?:that\s+)?[^.;:!?]{0,80}?"
    r"\b(?:is|are|was|were)\s+(?:now|currently)\s+(?!been\b)[a-z]",
    re.I,
)
"""A verb of saying, then "is", "are", "was" or "were" with "now" or "currently" before the
word it links ("said 70% were now closed", "says 40 are currently in use"): a state told
at the release (rule ``held-now-reported``)."""


def told_as_now(
    sentence: str, change: str | None, sentence_periods: Sequence[PeriodFinding]
) -> bool:
    """Whether a figure of ``sentence`` (no change, no period stated) that points back to
    the count before keeps no period of that count, being told as holding now: its whole
    described as current (rule ``held-now-part``, :data:`NOW_WHOLE`: "of the children we now
    work with") or the figure told so in reported speech (rule ``held-now-reported``,
    :data:`NOW_REPORTED`: "said 70% were now closed")."""
    if change is not None or sentence_periods:
        return False
    return NOW_WHOLE.search(sentence) is not None or NOW_REPORTED.search(sentence) is not None


def _later_clause(period: PeriodFinding, sentence: str, before: str, s_start: int) -> bool:
    """Whether the figure after ``before`` is a level held in the present
    (:data:`HELD_LEVEL`) and ``period`` is stated after it, past the opening of a later
    clause (:data:`LATER_CLAUSE`): rule ``held-level-later-clause``."""
    at = len(before)
    stated = period.start_char - s_start
    if stated <= at or not HELD_LEVEL.search(before):
        return False
    return LATER_CLAUSE.search(sentence, at, stated) is not None


def _now_subject(sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` of ``sentence`` is the subject of a verb after "now"
    (:data:`NOW_SUBJECT`) with no verb of saying or modal between them
    (:data:`SPEECH_OR_MODAL`: "nine in ten of the pupils said they would now walk away")."""
    found = NOW_SUBJECT.match(sentence, at)
    return found is not None and not SPEECH_OR_MODAL.search(sentence, at, found.end())


def _now_subject_later(period: PeriodFinding, sentence: str, before: str, s_start: int) -> bool:
    """Whether the figure after ``before`` is the subject of a verb after "now"
    (:func:`_now_subject`) and ``period`` is stated after it past a clause break
    (:data:`CLAUSE_BREAK`): rule ``held-now-subject-later-clause``."""
    at = len(before)
    stated = period.start_char - s_start
    if stated <= at or not _now_subject(sentence, at):
        return False
    return CLAUSE_BREAK.search(sentence, at, stated) is not None


def _after_the_relative(period: PeriodFinding, sentence: str, at: int, s_start: int) -> bool:
    """Whether ``period`` is stated after the comma that closes the relative clause of the
    figure at ``at`` (``held-now-relative-aside``): "Clarion, which manages around 2,300
    homes in the city, said it had issued 118 warnings between April and December" dates
    the warnings, not the homes; "a charity that runs 40 shops in 2025" keeps its own."""
    comma = sentence.find(",", at)
    return comma >= 0 and period.start_char - s_start > comma


def _whose_level(period: PeriodFinding, sentence: str, before: str, s_start: int) -> bool:
    """Whether the figure after ``before`` is the level of a present "whose" clause
    (:data:`WHOSE_LEVEL`) and ``period`` is not stated inside that clause
    (``held-whose-level``)."""
    whose = before.lower().rfind("whose")
    if whose < 0:
        return False
    match = WHOSE_LEVEL.match(sentence, whose)
    if match is None or match.start("figure") != len(before):
        return False
    comma = sentence.find(",", match.end())
    end = comma if comma >= 0 else len(sentence)
    return not whose <= period.start_char - s_start < end


def _now_clause(period: PeriodFinding, sentence: str, before: str, s_start: int) -> bool:
    """Whether the figure after ``before`` stands in a clause of its own holding
    :data:`NOW`, after a clause break that follows ``period`` (``held-now-clause``)."""
    at = len(before)
    stated_end = period.end_char - s_start
    if not 0 <= stated_end <= at:
        return False
    breaks = list(CLAUSE_BREAK.finditer(sentence, stated_end, at))
    if not breaks:
        return False
    after = CLAUSE_BREAK.search(sentence, at)
    clause_end = after.start() if after else len(sentence)
    now = NOW.search(sentence, at, clause_end)
    if now is None:  # held-now-clause-before: "…, and there are now more than 250 groups"
        now = NOW.search(sentence, breaks[-1].end(), at)
        return now is not None and not SPEECH_OR_MODAL.search(sentence, now.end(), at)
    return not SPEECH_OR_MODAL.search(sentence, at, now.start())
