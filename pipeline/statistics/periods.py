"""Stage 3a: periods, the spans of time figures cover, as whole ISO dates.

| Requires                     | Assigns                                 | Config       |
|------------------------------|-----------------------------------------|--------------|
| sentences, ``doc._.published`` | ``doc._.periods``: list of PeriodFinding | none |

The grammar is the table of named rules in :mod:`pressfacts.statistics.period_rules`,
not dateparser: dateparser reads single dates well but ranges, durations and anchoring
badly, and it takes plain words ("may", "now", "second") for dates. Calendar units are
whole ("July 2017" is the whole month); relative phrases resolve against the
publication date P ("last year", "the past 12 months", "since 2021") or against the
period stated before ("the following six months"). Without P, a phrase that needs it
gives no period: never guess. Such a phrase is still kept on the Doc as an
``unresolved`` period, so that the figure it governs gets no period rather than
another one's. Single days ("on 14 March 2023") are read by
:mod:`pressfacts.statistics.single_dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from pressfacts.batching import BatchedStage
from pressfacts.doc_text import doc_text
from pressfacts.extensions import register_extensions
from pressfacts.findings import UNRESOLVED, PartialDate, PeriodFinding
from pressfacts.lexicon.months import FULL_MONTHS
from pressfacts.space_runs import compacted
from pressfacts.statistics.doubled_spaces import periods_back
from pressfacts.statistics.period_asides import (
    aside_back_references,
    decided_participle_events,
    subject_aside_events,
    supplied_clause_events,
)
from pressfacts.statistics.period_averages import averages_stated_later
from pressfacts.statistics.period_events import (
    EVENT_WORDS,
    OPERATION_RULE_NAMES,
    event_own_dates,
    operation_days,
    operations_stated_later,
    repeats_event,
    same_event_in_year_stated_later,
    same_event_stated_later,
)
from pressfacts.statistics.period_future import future_event
from pressfacts.statistics.period_links import as_comparator
from pressfacts.statistics.period_part_years import parts_in_their_wholes
from pressfacts.statistics.period_past_starts import past_start, yardstick_start
from pressfacts.statistics.period_ranges import SET_OFF_RULE_NAMES
from pressfacts.statistics.period_rules import (
    WEEK_DAYS,
    Context,
    PeriodRule,
    Span,
)
from pressfacts.statistics.period_season_defined import season_as_defined
from pressfacts.statistics.period_season_ranges import season_restated_by_range
from pressfacts.statistics.period_seasons import festive_stated_later
from pressfacts.statistics.period_table import COMPARED_YEAR_RULES, PERIOD_RULES
from pressfacts.statistics.period_week_of import THE_WEEK_RULES
from pressfacts.statistics.period_weeks import weekends_stated_later
from pressfacts.statistics.reference_dates import publication_reference
from pressfacts.statistics.rule_leads import LeadScanner, Scan
from pressfacts.statistics.rule_needs import NeedsIndex
from pressfacts.statistics.single_dates import DayReader, default_day_reader

__all__ = ["CALENDAR_RULES", "UNRESOLVED", "PeriodFinder", "find_period_phrases", "find_periods"]

_NO_DATE = dt.date(1, 1, 1)
EARLIEST_STATED = dt.date(1000, 1, 1)
"""No release states a period before this: a span starting earlier was counted from an
undated phrase's placeholder (:data:`_NO_DATE`: "the same period" after "in the second
quarter" with no P), and is undated too (never guess)."""
CALENDAR_RULES = frozenset(
    {
        "month_range",  # "between April and September"
        "day_range",  # "from February 27 to March 5"
        "shared_month_range",  # "between 3 and 9 June"
        "months_to",  # "the six months to September"
        "year_to_month",  # "the year to September"
        "bare_month",  # "during April"
        "month_pair",  # "in March and April"
        "first_span_from",  # "its first four weeks from 1st September"
        "span_after_start",  # "in the six months after the nurses started in April"
        "day",  # "on 14 March"
    }
)
"""The period rules that place a year-less calendar date in a year, and only these: they
alone may read a date borrowed from a dated copy (``copy_date``, approximate), where
phrases relative to the publication date ("last year", "since March") need P itself."""
_RESTATED = re.compile(r"\s*\(\s*$")
"""Between a relative phrase and a bracket restating it: "last year (2023/24)" (a range
set off by a comma restates it too: "during the campaign, 1 to 31 December")."""


_LAST_WORD_STOP = re.compile(r"([A-Za-z]+)\.$")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the space, commas and sentence stop a pattern took at its edges
    ("(in)? May 2023", "between 24 March and 23 April, ", "on 5 March.", a set-off range's
    opening bracket or comma: "(3 to 9 May")."""
    while start < end and (text[start].isspace() or text[start] in "(,"):
        start += 1
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    last_word = _LAST_WORD_STOP.search(text, start, end)
    if last_word and last_word.group(1).lower() in FULL_MONTHS:
        end -= 1  # a full month name takes no abbreviation stop: the stop ends the sentence
    return start, end


def _finding(start_char: int, end_char: int, span: Span | None) -> PeriodFinding:
    if span is None or span.start > span.end:  # never inverted: undated instead
        return PeriodFinding(start_char, end_char, _NO_DATE, _NO_DATE, UNRESOLVED)
    return PeriodFinding(start_char, end_char, span.start, span.end, span.kind, span.anchor)


def _phrase(match: re.Match[str]) -> tuple[int, int]:
    """Where the period's own words are: group ``phrase`` when the rule reads words
    around them ("compared to 40 [last year]"), else the whole match."""
    if "phrase" in match.re.groupindex and match.group("phrase"):
        return match.span("phrase")
    return match.span()


def _compared_years(scan: Scan, held: frozenset[str] | None) -> list[tuple[int, int]]:
    """(offset, year) of each "the same period in YYYY" comparison in the scanned text."""
    return [
        (match.start(), int(match.group("y")))
        for rule in COMPARED_YEAR_RULES
        if _NEEDS.applies(rule, held)
        for match in scan.finditer(rule.pattern)
    ]


def _compared_year(text: str, end: int, compared: list[tuple[int, int]]) -> int | None:
    """The year of a comparison stated right after ``end``, in the same sentence."""
    for offset, year in compared:
        if end <= offset <= end + _COMPARED_REACH and not _SENTENCE_END.search(text, end, offset):
            return year
    return None


_COMPARED_REACH = 120
"""How far after a range (characters) its "same period in YYYY" comparison may stand."""
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
UNDATED_SINCE = re.compile(r"since\b", re.I)
"""An undated start to now ("the highest number since the charity was set up"): no span a
later "the year before" could be the year before (rule ``undated_since_kept``), so the
span stated before it stays the one such phrases point back to."""
_SCANNER = LeadScanner([rule.pattern for rule in PERIOD_RULES])
"""Where each period rule may match: one pass over a text finds every rule's leads."""
_NEEDS = NeedsIndex((*PERIOD_RULES, *COMPARED_YEAR_RULES))
"""Every period rule's needs, each looked for once per text."""


def find_period_phrases(
    text: str,
    published: dt.date | PartialDate | None,
    days: DayReader | None = None,
    copy_date: PartialDate | None = None,
) -> list[PeriodFinding]:
    """Every period phrase of ``text`` in order, each resolved against what came before;
    those that cannot be dated have the kind :data:`UNRESOLVED`.

    Args:
        text: the document text.
        published: the publication date P (or what is known of it: a url's year and
            month), or None when unknown; then a current year the text fixes is used
            (:mod:`pressfacts.statistics.reference_dates`).
        days: the reader of single days (a shared one when not given).
        copy_date: without any P: the date of a dated copy of the same release
            (:mod:`pressfacts.knowledge.copy_dates`), read by the
            :data:`CALENDAR_RULES` only.
    """
    reader = days or default_day_reader()
    reference = publication_reference(text, published)
    calendar = reference or copy_date
    candidates: list[tuple[int, int, PeriodRule, re.Match[str]]] = []
    held = _NEEDS.held(text)
    scan = _SCANNER.scan(text)
    for rule in _NEEDS.tried(PERIOD_RULES, held):
        for match in scan.finditer(rule.pattern):
            if match.group(0).strip():
                start, end = _phrase(match)
                candidates.append((start, -end, rule, match))
    compared = _compared_years(scan, held) if reference is None else []
    taken_until = -1
    found: list[PeriodFinding] = []
    previous: PeriodFinding | None = None
    weeks: list[int] = []  # undated "the week" phrases, dated by a week stated later
    lasts: list[int] = []  # undated "same period last year", dated by a comparison later
    same_years: list[int] = []  # undated "the same operation in 2025", dated by its run later
    weekends: list[int] = []  # "over the weekend", told exactly by a span stated later
    events: list[tuple[int, int]] = []  # "a three-month operation", dated by a span later
    started = 0  # 1 + the index in found of the last past start ("piloted in June"), or 0
    # the longest phrase at a place wins, and of equal phrases the rule that read more
    # words around it ("compared to 40 [last year]" over "last year")
    for start, negative_end, rule, match in sorted(
        candidates, key=lambda c: (c[0], c[1], c[3].start())
    ):
        if start < taken_until:
            continue  # a longer phrase here was sorted first
        taken_until = -negative_end
        hint = _compared_year(text, -negative_end, compared) if compared else None
        last = found[-1] if found else None
        known = calendar if rule.name in CALENDAR_RULES else reference
        prior = _start_counted_from(text, found, started, rule, match) or previous
        resolved = rule.resolve(Context(match, known, prior, reader, hint, last, found))
        if resolved is not None and not isinstance(resolved, Span):
            continue  # not a period after all
        if resolved is not None and resolved.start < EARLIEST_STATED:
            resolved = None  # counted from an undated phrase: undated
        if resolved is not None and prior is not previous:
            resolved = replace(resolved, anchor=None)  # a start is no compared span
        period = as_comparator(
            text, _finding(*_trimmed(text, start, -negative_end), resolved), previous
        )
        if period.kind != UNRESOLVED:
            period = season_as_defined(text, found, period)  # rule season_defined_by_range
        if period.kind != UNRESOLVED and yardstick_start(text, period.start_char):
            period = replace(period, kind="baseline", anchor=None)  # "up from 17 when … in"
        elif period.kind != UNRESOLVED and future_event(text, period.start_char):
            period = replace(period, kind="day", anchor=None)  # "who will start in May"
        elif period.kind != UNRESOLVED and past_start(text, period.start_char):
            period = replace(period, kind="day", anchor=None)  # "where … started in May"
            started = len(found) + 1  # its index once appended (no pop before a day)
        gap = text[found[-1].end_char : period.start_char] if found else ""
        restates = found and (
            _RESTATED.fullmatch(gap) or (rule.name in SET_OFF_RULE_NAMES and gap.strip() == ",")
        )
        if period.kind != UNRESOLVED and restates and found[-1].kind == UNRESOLVED:
            found.pop()  # "last year (2023/24)": the bracket dates the phrase
        elif found and _narrows(found[-1], period, gap):
            found.pop()  # "last week, from 15 to 17 September": the days of that week
        elif found and season_restated_by_range(text, found[-1], period):
            found.pop()  # "Last summer … between the start of July and the end of September"
        found.append(period)
        if period.kind == UNRESOLVED:
            if not UNDATED_SINCE.match(text, period.start_char):  # undated_since_kept
                previous = None  # "the year before" an undated year is undated too
            if rule.name in THE_WEEK_RULES:
                weeks.append(len(found) - 1)
                previous = _week_before(found) or previous  # rule week_points_back
            if rule.name == "same_period_year":
                same_years.append(len(found) - 1)
            if rule.name == "same_period_last_year" and (
                not _after_undated(text, found) or repeats_event(text, period)
            ):
                lasts.append(len(found) - 1)
            if rule.name in OPERATION_RULE_NAMES:
                events.append((len(found) - 1, operation_days(match)))
        elif period.kind not in ("same", "day", "previous", "baseline"):
            previous = period
            if rule.name == "relative_week" and match.group("the"):
                weekends.append(len(found) - 1)  # "over the weekend", told exactly later
        elif rule.name in ANCHORING_REFERENCES:
            previous = period  # "during the quarter, down from 3.6 in the previous quarter"
    found = _comparison_stated_later(text, _weeks_stated_later(found, weeks), lasts)
    for index in same_years:
        found[index] = same_event_in_year_stated_later(text, found, index) or found[index]
    if reference is not None:  # not by a copy's date: the event is this text's own
        found = operations_stated_later(found, events, text)
    if reference is not None:
        found = festive_stated_later(text, weekends_stated_later(found, weekends), reference.date)
    found = subject_aside_events(text, aside_back_references(text, found))
    found = supplied_clause_events(text, found)  # rule supplier-clause
    found = decided_participle_events(text, found)  # rule decided_participle
    return averages_stated_later(text, parts_in_their_wholes(text, found))


AFTER_START_RULES = frozenset({"following"})
"""Rules of a span counted from the period before ("the following six months") that may
count from a past start's date in their own sentence (rule ``following_a_start``):
"Teachers in Dover, where the scheme was launched in May 2023, saw referrals double in the
following six months" are June to November 2023. A past start is otherwise no span (the
kind ``day``, which no figure takes) and anchors nothing."""
_LATER = re.compile(r"\W*(?:the\s+)?(?:following|next|subsequent)\b", re.I)
"""The opening of a span after its anchor ("the following", "the next"), not before it."""
_PLEDGED = re.compile(r"\b(?:will|would|shall|plans?|aims?|expects?|hopes?)\b", re.I)
"""Words of a pledge or forecast between the start and the span: "where the council opened
a hub in May, referrals will double over the next six months" counts from P, not the start."""


def _start_counted_from(
    text: str, found: list[PeriodFinding], started: int, rule: PeriodRule, match: re.Match[str]
) -> PeriodFinding | None:
    """The past start a span after it counts from (rule ``following_a_start``): the last
    phrase found, a start date of :func:`past_start`, when the span's rule is of
    :data:`AFTER_START_RULES`, it runs after its anchor and no sentence ends between them
    ("where the charity opened a hub in March 2024, …| in the following year"); else None."""
    if rule.name not in AFTER_START_RULES or not started or started != len(found):
        return None
    start = found[-1]
    between = text[start.end_char : match.start()]
    if (
        not _LATER.match(match.group(0))
        or _SENTENCE_END.search(between)
        or _PLEDGED.search(between)
    ):
        return None
    return start


ANCHORING_REFERENCES = frozenset({"the_units", "the_season"})
"""The rules of a phrase pointing back to a span ("during the quarter", "over the three
months", "during the season") that anchor a "previous" span after it, as the span they
point to would: "3.1 times during the quarter, down from 3.6 times in the previous quarter"
is the quarter before the one pointed to, not before a span stated between them; "692
orders during the season, up 24% on the previous season" is the season before the one
pointed to, not before a day stated between them ("in force on 1 August")."""
NARROWED_KINDS = frozenset({"relative"})
"""The kinds of period a calendar range set off right after it may narrow: a span
relative to P ("last week", "last month", "this year"), which the range dates exactly."""


_EVENT_DATED_GAP = re.compile(
    rf"(?:['’]s\s+(?:[\w-]+\s+){{0,3}}?{EVENT_WORDS})?,\s+which\s+(?:ran|took\s+place|lasted|"
    r"was\s+held)\s*",
    re.I,
)
"""Between a relative span (a season's event: "last winter's campaign") and the range
that dates it exactly: "…|, which ran |from 1 December 2024 to 2 January 2025"."""


def _narrows(before: PeriodFinding, period: PeriodFinding, gap: str) -> bool:
    """Whether ``period`` restates ``before`` more exactly: an explicit range set off by a
    comma right after a relative span that holds it ("over three days last week, from
    Tuesday 15 to Thursday 17 September", "last month, between 3 and 9 August"), or
    dating the event of that span ("last winter's campaign, which ran from 1 December 2024
    to 2 January 2025": :data:`_EVENT_DATED_GAP`); not a range outside it ("last week,
    compared with 2 to 8 June") nor one after a stated year or another range (each is its
    own period)."""
    return (
        (gap.strip() == "," or _EVENT_DATED_GAP.fullmatch(gap) is not None)
        and before.kind in NARROWED_KINDS
        and period.kind == "explicit"
        and before.start <= period.start
        and period.end <= before.end
        and (period.start, period.end) != (before.start, before.end)
    )


def _after_undated(text: str, found: list[PeriodFinding]) -> bool:
    """Whether the last phrase of ``found`` follows an undated one in its sentence
    ("between April and June" without P, "… on the same period last year"): it refers to
    that span, so it stays undated rather than taking a comparison stated later."""
    if len(found) < 2 or found[-2].kind != UNRESOLVED:
        return False
    return not _SENTENCE_END.search(text, found[-2].end_char, found[-1].start_char)


def _week_before(found: list[PeriodFinding]) -> PeriodFinding | None:
    """ "During the week" after a week's dates ("between 10 and 16 November … During the
    week officers arrested 64 … down from 15 during the same week last year"): the last
    week-long span stated before, what a later "the same week last year" is a year before
    (rule ``week_points_back``); None when no week was stated before."""
    return next(
        (
            p
            for p in reversed(found[:-1])
            if p.kind == "explicit" and (p.end - p.start).days in WEEK_DAYS
        ),
        None,
    )


def _weeks_stated_later(found: list[PeriodFinding], weeks: list[int]) -> list[PeriodFinding]:
    """ "The week of action" before its dates: the one week-long span the text states."""
    spans = {
        (p.start, p.end)
        for p in found
        if p.kind == "explicit" and (p.end - p.start).days in WEEK_DAYS
    }
    if not weeks or len(spans) != 1:
        return found
    [(start, end)] = spans
    for index in weeks:
        found[index] = replace(found[index], start=start, end=end, kind="same")
    return found


def _comparison_stated_later(
    text: str, found: list[PeriodFinding], lasts: list[int]
) -> list[PeriodFinding]:
    """ "Up 20% on the same period last year" before the periods are stated ("Between
    1 May and 30 June …, compared with … in the same period of 2022"): the one earlier
    half of a comparison the text states after it; with none, a repeated event's dates
    stated close after, a year earlier (:func:`.same_event_stated_later`)."""
    for index in lasts:
        if (own := event_own_dates(text, found, index)) is not None:
            found[index] = own  # "last year's campaign, which ran from …": its own dates
            continue
        later = {
            (p.start, p.end, p.anchor)
            for p in found[index + 1 :]
            if p.kind == "previous" and p.anchor is not None
        }
        if len(later) == 1:
            [(start, end, anchor)] = later
            found[index] = replace(
                found[index], start=start, end=end, kind="previous", anchor=anchor
            )
        elif not later:  # "… the same campaign a year earlier. The campaign ran from …"
            earlier = same_event_stated_later(text, found, index)
            if earlier is not None and earlier.anchor is not None:
                found[index] = earlier
                if index and _after_undated(text, found[: index + 1]):  # "during the
                    # crackdown, against 37 in the same crackdown last summer": dated too
                    start, end = earlier.anchor
                    found[index - 1] = replace(found[index - 1], start=start, end=end, kind="same")
    return found


def find_periods(
    text: str, published: dt.date | PartialDate | None, days: DayReader | None = None
) -> list[PeriodFinding]:
    """The dated periods of ``text`` (see :func:`find_period_phrases`)."""
    return [p for p in find_period_phrases(text, published, days) if p.kind != UNRESOLVED]


class PeriodFinder(BatchedStage):
    """Writes :func:`find_period_phrases` onto ``doc._.periods``."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.days = DayReader()

    def __call__(self, doc: Doc) -> Doc:
        """Find the periods of ``doc`` against its publication date (else its url's)."""
        published = doc._.published or doc._.url_date
        text = doc_text(doc)
        read = compacted(doc, text)  # a doubled space read as one: "the six  months to May"
        found = find_period_phrases(
            read.text if read else text, published, self.days, doc._.copy_date
        )
        doc._.periods = periods_back(read, found) if read else found
        return doc


@Language.factory("pressfacts_periods", default_config={}, assigns=["doc._.periods"])
def make_periods(nlp: Language, name: str) -> PeriodFinder:
    """Factory of the ``pressfacts_periods`` component."""
    return PeriodFinder(nlp, name)
