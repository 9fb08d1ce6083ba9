"""Whether a figure is a change, and which way: named rules over the words around it.

:class:`ChangeReader` is built once from the cue table (``statistic_cues.jsonl``) and
tries the rules of :data:`CHANGE_RULES` in order; the first that applies gives the
change (``increase`` or ``decrease``) and its name. A figure that is stated as the
yardstick of a change ("more than the regional average of 12%") is read afterwards by
:func:`pressfacts.statistics.checks.compared_change`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pressfacts.lexicon.alternations import longest_first
from pressfacts.models.resources import StatisticCue
from pressfacts.statistics.rule_gates import CaseBlind


@dataclass(slots=True)  # not frozen: one per figure, and a frozen __init__ costs 3x
class ChangeContext:
    """What the change rules of one figure look at."""

    before: str
    """The sentence up to the figure, without its qualifier ("… a rise of")."""
    after: str
    """The sentence after the figure ("% year-on-year rise in …")."""
    unit: str
    """``percent``, ``times``, ``pounds`` or "" (a count, its noun read later)."""
    given: str | None
    """The change the figure's own words carry ("doubled", "halved")."""
    gap: str | None
    """The words between the figure before in the sentence and this one, if any."""
    previous_change: str | None
    """The change of that figure."""
    reach: str = ""
    """The sentence up to the figure, without its qualifier, read further back than
    ``before`` (100 characters): a verb of change may stand before a long object."""


_MODIFIER = (
    r"(?:(?:year|month|week|quarter)-on-(?:year|month|week|quarter)|annual|yearly|monthly|"
    r"overall|further|sharp|steep|significant|marked|dramatic|small|slight|huge|massive|"
    r"percentage[\s-]+point)"
)
"""Words that may stand between a figure and the change noun after it ("a 20% year-on-year
rise", "a 12% annual increase", "a 9 percentage point rise": rule
``percentage_point_change``)."""
_IN_TERMS = r"in\s+(?:real|cash|absolute|relative|nominal|money)\s+terms"
"""The terms a change is measured in, between its verb and "by": "pay had fallen in real
terms by 17%", "grants rose in cash terms by 3%"."""
_MANNER = rf"(?:[a-z][a-z][a-z]+ly|fastest|furthest|most|least|slowest|hardest|{_IN_TERMS})"
"""How a change verb changed, between it and its "by": "fell fastest, by 41%", "rose
sharply, by 12%" (an adverb in -ly or a superlative of manner), "had fallen in real terms
by 17%" (:data:`_IN_TERMS`)."""
_VERB_OBJECT_BY = re.compile(
    r"\b(?P<verb>increas|rais|boost|grow|cut|reduc|lower|decreas)(?:e|es|ed|ing|s)?"
    r"(?:\s+[\w’'-]+){1,16}\s+by\s*$",
    re.I,
)
"""A verb of change with its object before "by": "increase the precept by 4.2%", "reduce
the number of burglaries by 20%", "raise the policing part of council tax for a Band D
home by £14", "cut the number of people detained under Section 136 of the Mental Health
Act by almost a third" (an object of up to sixteen words). Not "reviewed by 12 officers" (no verb of
change)."""
_VERB_DIRECTION = {
    "increas": "increase", "rais": "increase", "boost": "increase", "grow": "increase",
    "cut": "decrease", "reduc": "decrease", "lower": "decrease", "decreas": "decrease",
}  # fmt: skip
_LISTED = re.compile(
    r"\s*(?:(?:a|per)\s+(?:day|week|month|year)\s*)?(?:,|and|, and|or|, or|\()\s*", re.I
)
"""Between figures of one change: "146%, 193% and 186%", "a rise of 55, or 8%",
"a rise of 367 (14%)", "an extra 28p a week, or £1.17 a month" (the same rise at another
rate). Not "a rise of 12% to 410" (the count after is a level)."""
_RATE = r"(?:a|per|each|every)\s+(?:day|week|month|year)"
"""A rate after a figure, before its comparative ("£1.10 a week more", "40 a day fewer")."""
_POINTS = r"(?:percentage\s+)?points?"
"""The points a share changed by, before the comparative ("two points lower")."""
_NOUN_WORDS = r"(?:[\w-]+\s+)??(?:[\w-]+\s+)??(?:[\w-]+\s+)??"
_ADDED_SUBJECT = (
    rf"{_NOUN_WORDS}(?:(?:and|or)\s+(?:[\w-]+\s+)??{_NOUN_WORDS})?"
    r"(?:(?:have|has|had|will|are|were|is|was)\s+(?:now\s+|also\s+|already\s+)?(?:been\s+|be\s+)?)?"
)
"""The rest of a count's noun phrase and its auxiliary, before the participle of a verb of
providing: "extra emergency beds (have) opened", "more officers will be hired"; two nouns
joined (rule ``joined_added_subject``): "additional officers and police community support
officers will be deployed"."""
_THAN = re.compile(
    r"[^,.;:]{0,40}?\bthan\b|"
    r"[^,.;:]{0,90}?(?<!rather\s)\bthan\s+(?:in|during|over|the\s+(?:same|previous)|last\s+year|"
    r"(?:19|20)\d\d)\b",
    re.I,
)
"""A comparison after the figure's noun: "recruited 40 more officers than last year" is a
change, though a verb of providing stands before it; so is one with an earlier time after a
longer period phrase (rule ``than_a_time_far``): "had charged 38% more suspects in the first
nine months of 2026 than in the same period of 2025"; not "rather than in Leeds"."""
_ADDED_WORDS = frozenset({"more", "extra", "additional"})
"""Comparatives that count what is added ("five more towns"); the others ("above",
"lower") place a figure against another, which no verb of providing makes a level."""
_EXTRA_AFTER = re.compile(r"\s*(?:extra|additional)\b", re.I)
"""What a verb of ``level_before_extra`` adds right after the figure: "[eight] extra"."""
_EQUATES = re.compile(
    r",?\s*(?:which|that|this)\s+(?:(?:equates|amounts|comes|is\s+equal|is\s+equivalent)\s+to"
    r"|is(?:\s+the\s+equivalent\s+of)?)\s*$",
    re.I,
)
"""A restatement of the figure before (rule ``equates-to``): "up 4.2%, which equates to £10 a
year", "an extra £14 a year for a Band D home, which is 5.2%" (not "which
is below the 12% …": the words must run right up to the figure)."""


@dataclass(frozen=True)
class ChangeRule:
    """A named way to tell a change; ``find`` gives None when it does not apply."""

    name: str
    find: Callable[[ChangeReader, ChangeContext], str | None]


class ChangeReader:
    """The change cues of the cue table, compiled once, and the rules that use them."""

    def __init__(self, cues: Sequence[StatisticCue]) -> None:
        self.values = {
            word.lower(): cue.value
            for cue in cues
            if cue.role.startswith("change")
            for word in cue.words
        }  # a word may be a qualifier too ("above": more than), never two changes
        self.before = CaseBlind(
            cue_pattern(cues, "change_before", r"(?:^|[^\w])(?P<cue>{})\s*$")
        )  # searched at every position of the words before a figure: by its twin
        # not a compound: "120 drop-in sessions", "40 cut-price tickets"
        self.after = cue_pattern(
            cues, "change_after", rf"^\s*(?:{_MODIFIER}\s+)?(?P<cue>{{}})\b(?![-‐])"
        )
        # a rate may stand between ("78p a month more than in 2025/26"), or the points of
        # a share's change ("two percentage points lower than in 2023/24")
        self.comparative = cue_pattern(
            cues, "change_comparative", rf"^\s*(?:{_RATE}\s+|{_POINTS}\s+)?(?P<cue>{{}})\b"
        )
        self.provided = CaseBlind(cue_pattern(cues, "level_before", r"\b(?P<cue>{})\s*$"))
        # "had put eight extra officers on patrol" (level_before_extra), not "put 280 more"
        self.provided_extra = CaseBlind(
            cue_pattern(cues, "level_before_extra", r"\b(?P<cue>{})\s*$")
        )
        # "45 extra beds have opened", "12 more officers will be recruited" (level_after)
        self.provided_after = cue_pattern(
            cues,
            "level_after",
            r"^\s*(?:more|extra|additional)\s+" + _ADDED_SUBJECT + r"(?P<cue>{})\b",
        )
        # "saw the sharpest rises, at 41% and 33%"; not "treated falls at 12 care homes"
        self.noun_at = cue_pattern(cues, "change_after", r"\b(?P<cue>{})(?:e?s)?,\s+(?:at|of)\s*$")
        # "a rise in referrals from Tayside of about a quarter"; not "a rise in the number of"
        self.noun_in_of = cue_pattern(
            cues,
            "change_after",
            r"\b(?:a|an|the)\s+(?:[a-z]+\s+)?(?P<cue>{})\s+in\s+"
            r"(?![^,.;:]*\b(?:number|amount|proportion|share|percentage|total|level|rate|"
            r"volume|count)\s+of\s*$)[^,.;:]{{1,60}}?\s+of\s*$",
        )
        self.manner_by = cue_pattern(
            cues, "change_before", rf"(?:^|[^\w])(?P<cue>{{}})\s+{_MANNER},?\s+by\s*$"
        )

    def value(self, match: re.Match[str] | None) -> str | None:
        return self.values[match.group("cue").lower()] if match else None

    def change(self, context: ChangeContext) -> tuple[str | None, str | None]:
        """(change, rule name) of a figure: the first rule of :data:`CHANGE_RULES` that
        applies, else (None, None)."""
        for rule in CHANGE_RULES:
            change = rule.find(self, context)
            if change is not None:
                return change, rule.name
        return None, None


def cue_pattern(cues: Sequence[StatisticCue], role: str, shape: str) -> re.Pattern[str]:
    """The cue words of ``role``, longest first, in ``shape`` (its ``{}``), case-blind."""
    words = longest_first(w for c in cues if c.role == role for w in c.words)
    if not words:
        return re.compile(r"(?!x)x")  # nothing configured for this role: never matches
    return re.compile(shape.format("|".join(re.escape(w) for w in words)), re.I)


def _given(reader: ChangeReader, context: ChangeContext) -> str | None:
    """ "Doubled", "halved", "a four-fold rise": the figure's own word says it."""
    return context.given


PHRASAL_PARTICLES: dict[str, tuple[str, ...]] = {
    "up": ("made", "make", "makes", "making", "set", "sets", "setting", "signed", "picked",
           "rounded", "locked", "drew", "drawn", "took", "taken", "backed", "put", "puts",
           "putting", "free", "frees", "freed", "freeing", "open", "opens", "opened",
           "opening", "turned", "turn", "turns", "turning", "dug", "digging", "racked",
           "racking", "racks"),
    "down": ("shut", "shuts", "shutting", "closed", "close", "closing", "tracked", "track",
             "tracking", "taken", "took", "take", "broke", "broken", "brought", "pulled",
             "knocked", "cracked", "turned", "hunted", "run", "ran", "handed", "hand",
             "hands", "handing"),
}  # fmt: skip
"""Verbs whose particle "up" or "down" is part of the verb, not a change: "boys made up
60% of callers" (a share), "officers shut down eight drug lines", "tracked down 30 wanted
people", "set up 12 hubs", "put up 40 signs", "courts handed down 11 custodial sentences"
(counts, not "up 60%" or "down eight"). Rule ``freed-up-particle``: "freeing up about 9,400
officer hours", "opened up 40 places" (what is made free or open is a count, no rise). Rule
``found-up-particle``: "searches turned up 126 weapons", "dug up 14 cannabis plants",
"racked up 40 offences" (what is found or run up is a count, no rise)."""
PHRASAL_AGENT_BY = r"(?:\s+by)?"
"""Rule ``phrasal-agent-by``: a phrasal verb of :data:`PHRASAL_PARTICLES` in the passive,
its agent after "by", is no change either: "the scheme has been taken up by 85 schools",
"the shortfall was made up by £40,000 of reserves", "hubs set up by 12 charities". Not
"thefts went up by 12%" ("went" is no such verb: its particle is the change)."""
_PHRASAL = re.compile(
    "|".join(
        rf"\b(?:{'|'.join(verbs)})\s+{particle}{PHRASAL_AGENT_BY}\s*$"
        for particle, verbs in PHRASAL_PARTICLES.items()
    ),
    re.I,
)


def _cue_before(reader: ChangeReader, context: ChangeContext) -> str | None:
    """ "A rise of 37%", "fell by 12", "up 30%"; not a verb's particle ("made up 60%",
    "shut down eight drug lines": :data:`PHRASAL_PARTICLES`)."""
    if _PHRASAL.search(context.before[-30:]):
        return None
    return reader.value(reader.before.search(context.before))


_FOCUS_BEFORE = re.compile(r"\s+(?:just|only|merely|a\s+mere)\s*$", re.I)
"""A focusing word between a change cue and its figure: "dropped by just 4%", "up only
3%", "fell by a mere 2%" (not a qualifier: "just over" and "just under" are read as such
before the change rules see the figure)."""


def _cue_before_focus(reader: ChangeReader, context: ChangeContext) -> str | None:
    """Rule ``cue-before-focus``: a change cue, then a focusing word (:data:`_FOCUS_BEFORE`)
    right before the figure ("it dropped by just 4%", "rose by only 2%"); not "made up just
    4% of callers" (a verb's particle, :data:`PHRASAL_PARTICLES`), nor "reviewed by just 12
    officers" (no change cue)."""
    focus = _FOCUS_BEFORE.search(context.before)
    if focus is None:
        return None
    stem = context.before[: focus.start()]
    if _PHRASAL.search(stem[-30:]):
        return None
    return reader.value(reader.before.search(stem))


def _verb_object_by(reader: ChangeReader, context: ChangeContext) -> str | None:
    """ "Increase the precept by 4.2%"."""
    match = _VERB_OBJECT_BY.search(context.reach or context.before)
    return _VERB_DIRECTION[match.group("verb").lower()] if match else None


def _verb_manner_by(reader: ChangeReader, context: ChangeContext) -> str | None:
    """ "Fell fastest, by 41%", "rose sharply, by 12%": a change verb, how it changed,
    then "by" (:data:`_MANNER`); not "arrived early, by 9am" (no change verb)."""
    return reader.value(reader.manner_by.search(context.before[-60:]))


def _cue_after(reader: ChangeReader, context: ChangeContext) -> str | None:
    """ "A 37% rise", "an almost 20% year-on-year rise"."""
    return reader.value(reader.after.match(context.after))


def _noun_then_at(reader: ChangeReader, context: ChangeContext) -> str | None:
    """Rule ``noun-then-at``: a change noun, a comma, then "at" or "of" right before the
    figure ("North Belfast and the Shankill saw the sharpest rises, at 41% and 33%
    respectively", "the biggest fall, at 18%"); not "attended falls at 12 care homes" (no
    comma: a count of where)."""
    return reader.value(reader.noun_at.search(context.before[-60:]))


def _noun_in_then_of(reader: ChangeReader, context: ChangeContext) -> str | None:
    """Rule ``noun-in-then-of``: a change noun, what it is in, then "of" right before the
    figure ("a rise in referrals from Tayside of about a quarter", "a fall in thefts of
    12%"); a share or multiplier only: not "a rise in the number of 999 calls" nor "a rise
    in reports of 40 incidents" (a count: what is counted, or what the noun holds)."""
    if context.unit not in ("percent", "times"):
        return None
    return reader.value(reader.noun_in_of.search(context.reach or context.before))


_THAN_A_TIME = re.compile(
    r"\s+(?:higher|more|greater|bigger|larger|lower|fewer|smaller)\b[^.;]{0,40}?\bthan\s+"
    r"(?:in|during|over|at|for|a\s+year|the\s+(?:previous|same|year|last)|last\s+year|"
    r"(?:19|20)\d\d)\b",
    re.I,
)
"""A multiplier compared with an earlier time: "three times higher in 2024 than in 2020"
is a change; "four times more likely than men" a ratio."""


def _comparative_after(reader: ChangeReader, context: ChangeContext) -> str | None:
    """ "350 more people", "440 extra reports", "35.8% above the mean"; a multiplier is
    a ratio ("four times more likely"), not a change, unless it is compared with an
    earlier time (:data:`_THAN_A_TIME`); nor is what a verb of providing
    adds ("will pay for 12 extra officers", "took the scheme into five more towns": the
    count of what is added, a level; cue role ``level_before``)."""
    if context.unit == "times" and not _THAN_A_TIME.match(context.after):
        return None  # "four times more likely than men": a ratio, not a change
    comparative = reader.comparative.match(context.after)
    if comparative is None or comparative.group("cue").lower() not in _ADDED_WORDS:
        return reader.value(comparative)  # rule compared_not_added: "at 35% above the mean"
    if reader.provided.search(context.before[-40:]) and not _THAN.match(context.after):
        return None
    if (
        reader.provided_extra.search(context.before[-40:])
        and _EXTRA_AFTER.match(context.after)
        and not _THAN.match(context.after)
    ):
        return None  # cue level-put-extra-before: "had put eight extra officers on patrol"
    if reader.provided_after.match(context.after) and not _THAN.match(context.after):
        return None  # rule level_provided_after: "45 extra beds have opened since May"
    return reader.value(comparative)


_PART_AFTER = re.compile(r"\s+of\s+(?:the|them|these|those|which)\b", re.I)
"""A count's partitive after it ("23 of the 52 thefts", "nine of them"): a part of a whole,
the subject of a clause of its own."""
_OWN_CLAUSE_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:were|was|are|is|had|have|has|will)\b", re.I
)
"""A figure that opens a clause of its own, its verb after its noun ("up 12%, and 164
drivers were reported"): a figure of its own, not one listed with the change."""


def _listed_with(reader: ChangeReader, context: ChangeContext) -> str | None:
    """A figure listed with a change takes its change ("a rise of 55, or 8%"); not a count
    that is a part of a whole (:data:`_PART_AFTER`: "rose by 21%, and 23 of the 52 thefts
    were in Powys") nor one opening a clause of its own (:data:`_OWN_CLAUSE_AFTER`)."""
    if context.unit == "" and _PART_AFTER.match(context.after):
        return None
    if _OWN_CLAUSE_AFTER.match(context.after):
        return None
    if context.gap is not None and _LISTED.fullmatch(context.gap):
        return context.previous_change
    return None


def _equates_to(reader: ChangeReader, context: ChangeContext) -> str | None:
    """ "Up 4.2%, which equates to £10 a year": the same change, restated."""
    if context.gap is not None and _EQUATES.search(context.gap):
        return context.previous_change
    return None


_AND_BY = re.compile(
    r"[^.;:!?]*?(?:,\s*|\s)(?:and|but|or)\s+by\s+(?:only\s+|just\s+)?"
    r"(?:(?:more\s+than|less\s+than|over|nearly|"
    r"almost|about|around|some|just\s+over|just\s+under)\s+)?",
    re.I,
)
"""The words between a change and a figure that repeats its verb unsaid: "fell by 21% in
the county, and by more than a quarter in Margate", "rose 12% last year, but by 3% in
Hull"."""


_AND_IN_PLACE_BY = re.compile(
    r"[^.;:!?]*?,\s*(?:and|but|while|whilst)\s+(?:in|across)\s+(?:the\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Spring|Summer|Autumn|Winter)\b)[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}\s+by\s+(?:only\s+|just\s+)?"
    r"(?:(?:more\s+than|less\s+than|over|nearly|almost|about|around|some|just\s+over|"
    r"just\s+under)\s+)?",
)
"""The words between a change and a figure whose place is fronted and whose verb is left
unsaid: "fell by 31% in Leeds, and in Bradford by 26%", "rose 8%, but across North
Tyneside by only 2%" (a capitalised place after "in" or "across", then "by")."""


def _and_in_place_by(reader: ChangeReader, context: ChangeContext) -> str | None:
    """A figure after "and in <Place> by" once a change stood before it in its sentence
    takes that change (rule ``and-in-place-by``): "fell by 31%, and in Sefton by 26%"; not
    "fell by 31%, and in March by 40 votes" (a month is no place), nor "rose by 12%, and in
    Hull 40 people were arrested" (no "by" right before the figure)."""
    if context.gap is None or context.previous_change is None:
        return None
    return context.previous_change if _AND_IN_PLACE_BY.fullmatch(context.gap) else None


def _and_by_again(reader: ChangeReader, context: ChangeContext) -> str | None:
    """A figure after "and by" once a change stood before it in its sentence takes that
    change (rule ``and-by-again``): "fell by 21%, and by 30% in Dover"; not "fell by 21%,
    and by March 40 arrests" (no "by" right before the figure), "reviewed by 12 officers"
    (no change before)."""
    if context.gap is None or context.previous_change is None:
        return None
    return context.previous_change if _AND_BY.fullmatch(context.gap) else None


COMPARED_YARDSTICK = re.compile(
    r"[^.;:!?]*?,\s*(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?)\s+"
    r"(?:(?:more\s+than|less\s+than|over|nearly|almost|about|around|some|just\s+over|"
    r"just\s+under|only|just)\s+)?",
    re.I,
)
"""The words between a change and a bare share set beside it for comparison: "fell by 17%
over the year, compared with 6% across Merseyside", "rose 12%, against 4% nationally"."""
_SHARE_OF_AFTER = re.compile(r"\s*(?:of|per\s+cent\s+of)\b", re.I)


def _compared_yardstick(reader: ChangeReader, context: ChangeContext) -> str | None:
    """A share set beside a change for comparison is a change the same way (rule
    ``compared-yardstick-change``): "fell by 17%, compared with 6% across the county"; not
    "17% of pupils were excluded, compared with 6% in Hull" (no change before), "rose by
    12%, compared with 6% of thefts" (a share of a whole), nor a count ("rose by 12%,
    compared with 40 in 2024")."""
    if context.unit != "percent" or context.gap is None or context.previous_change is None:
        return None
    if _SHARE_OF_AFTER.match(context.after):
        return None
    return context.previous_change if COMPARED_YARDSTICK.fullmatch(context.gap) else None


_EXTRA_BEFORE = re.compile(r"\ban?\s+(?:extra|additional)\s*$", re.I)
_PER_PERIOD_AFTER = re.compile(r"\s*(?:a|per|each|every)\s+(?:day|week|month|year)\b", re.I)


def _extra_charge(reader: ChangeReader, context: ChangeContext) -> str | None:
    """ "An extra 28p a week", "an additional £1.20 a month": what a charge (a precept, a
    fee) goes up by, stated as a rate; not "an extra £2m for patrols" (a sum, no rate),
    nor "an extra 12 officers a week" (not money)."""
    if context.unit != "pounds" or not _EXTRA_BEFORE.search(context.before[-20:]):
        return None
    return "increase" if _PER_PERIOD_AFTER.match(context.after) else None


RISE_AT_A_RATE = re.compile(
    r"\b(?:increase|rise)\b(?:(?:,\s*(?:which|that))?\s+(?:works?|worked|would\s+work|will\s+work)"
    r"\s+out\s+(?:at|as)|\s+(?:adds|added|will\s+add|would\s+add)|\s+of\s+£[\d.,]+[^.;:£]{0,30}?,)"
    r"\s*$",
    re.I,
)
"""Rule ``rise-at-a-rate``: a rise of a charge named as the subject, then what it comes to
at a rate ("The increase, which works out at about 27p a week", "the rise works out at 30p a week",
"The rise adds £15 a year",
"a Band D increase of £13.50 for 2026/27, about 26p a week"): the charge goes up by it. Not
"the rise in demand costs £20,000 a week" (a cost), "The rise takes the bill to £321 a year"
(a level), nor "the rise adds 12 officers a year" (not money)."""


def _rise_at_a_rate(reader: ChangeReader, context: ChangeContext) -> str | None:
    if context.unit != "pounds" or not _PER_PERIOD_AFTER.match(context.after):
        return None
    return "increase" if RISE_AT_A_RATE.search(context.before[-90:]) else None


_DIRECTION_OF_NOUN = {
    **dict.fromkeys(("increase", "rise", "uplift"), "increase"),
    **dict.fromkeys(("decrease", "reduction", "cut", "fall"), "decrease"),
}
"""The change each noun of rule ``change-noun-equal-to`` names."""
CHANGE_NOUN_EQUAL_TO = re.compile(
    rf"\b(?P<noun>{'|'.join(_DIRECTION_OF_NOUN)})\s*,\s*(?:(?:(?:which|that)\s+(?:is\s+)?)?"
    r"(?:equal|equivalent|equates|amounts)\s+to|(?:which\s+is\s+)?the\s+equivalent\s+of)\s*$",
    re.I,
)
"""Rule ``change-noun-equal-to``: a change named as the subject, then what it comes to, set
off by a comma: "The Band D increase, equal to 26p a week", "the rise, equivalent to
3.1%", "The cut, which is the equivalent of £1.20 a month": the figure is that change. Not
"the increase in calls, equal to 40 a day" (the noun must stand right before the comma),
nor "a total equal to £4m" (no change noun)."""


def _change_noun_equal_to(reader: ChangeReader, context: ChangeContext) -> str | None:
    found = CHANGE_NOUN_EQUAL_TO.search(context.before[-60:])
    if found is None:
        return None
    return _DIRECTION_OF_NOUN[found.group("noun").lower()]


CHANGE_RULES: tuple[ChangeRule, ...] = (
    ChangeRule("given", _given),
    ChangeRule("cue-before", _cue_before),
    ChangeRule("cue-before-focus", _cue_before_focus),
    ChangeRule("verb-object-by", _verb_object_by),
    ChangeRule("verb-manner-by", _verb_manner_by),
    ChangeRule("cue-after", _cue_after),
    ChangeRule("noun-then-at", _noun_then_at),
    ChangeRule("noun-in-then-of", _noun_in_then_of),
    ChangeRule("comparative-after", _comparative_after),
    ChangeRule("listed-with", _listed_with),
    ChangeRule("equates-to", _equates_to),
    ChangeRule("and-by-again", _and_by_again),
    ChangeRule("and-in-place-by", _and_in_place_by),
    ChangeRule("compared-yardstick-change", _compared_yardstick),
    ChangeRule("extra-charge", _extra_charge),
    ChangeRule("rise-at-a-rate", _rise_at_a_rate),
    ChangeRule("change-noun-equal-to", _change_noun_equal_to),
)
"""The change rules of a figure, in the order they are tried."""
