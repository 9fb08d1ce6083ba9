"""School terms: the autumn term, and a term so far.

The house dates a school year from 1 September (``school_year``, ``academic_year``); the
autumn term is that year's first term, to the end of December:

- ``autumn_term``: "in the autumn term of 2024", "during autumn term 2023": 1 September
  to 31 December of that year; "this autumn term" or "the autumn term" with no year: the
  term so far when P falls in it (September to December), else the latest whole one
  before P; "last autumn term": the latest whole one before P's term;
- ``term_so_far``: "since the start of term", "since the beginning of the new term", "so
  far this term": from 1 September to P when P falls in the autumn term; undated in
  another term (when the spring or summer term began is not said); "since the start of
  the autumn term": from the latest 1 September before P to P.

Not "the summer term" or "the spring term" (their first days vary by school and year),
nor "the long term" or "in the short term".

A bare split year ("2023/24") is a financial year, but a school year (September to August)
when its sentence speaks of school years or school exclusions (:data:`SCHOOL_YEAR_CUES`,
read by :func:`school_year_cue`); a football season (August to May) when its sentence
names a season in a text of football (rule ``season_sentence_cue``, :func:`split_year_kind`:
"rose from 253 in 2023/24 to 319 last season").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from pressfacts.statistics.period_rules import (
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
)
from pressfacts.statistics.since_days import resolve_school_year

_AUTUMN_TERM_FIRST_MONTH = 9
"""The autumn term runs from September (the school year's start) to December."""


def _in_autumn_term(day: dt.date) -> bool:
    return day.month >= _AUTUMN_TERM_FIRST_MONTH


SCHOOL_YEAR_CUES: dict[str, re.Pattern[str]] = {
    # "… in 2024/25, up from 41 the previous academic year", "this school year"
    "school_year_named": re.compile(r"\b(?:academic|school)\s+years?\b", re.I),
    # "Permanent exclusions … rose to 241 in 2023/24", "fixed-term exclusions",
    # "pupils permanently excluded", "exclusions from school"; not "social exclusion"
    "school_exclusions": re.compile(
        r"\b(?:permanent(?:ly)?|fixed[-\s](?:term|period))\s+exclu(?:sions?|ded)\b|"
        r"\bexclu(?:sions?|ded)\s+from\s+(?:schools?|the\s+classroom)\b",
        re.I,
    ),
}
"""Named cues in a sentence that make a bare split year ("2023/24") of it a school year
(1 September to 31 August) rather than a financial year."""
_MONEY_OR_BUDGET = re.compile(r"£|\bfinancial\s+years?\b|\bbudgets?\b", re.I)
"""Money or a budget in the sentence: its split years stay financial years."""
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


OTHER_SEASONS: tuple[str, ...] = (
    "festive", "christmas", "summer", "winter", "spring", "autumn", "holiday", "party",
    "shooting", "lambing", "nesting", "hunting", "tourist", "coursing", "breeding", "flu",
)  # fmt: skip
"""Words before "season" that name a season other than football's ("ahead of the festive
season", "the busy summer season", "the shooting season")."""
SEASON_SENTENCE_CUE = re.compile(
    "".join(rf"(?<!\b{word}\s)" for word in OTHER_SEASONS) + r"\bseasons?\b(?![’']s)", re.I
)
"""Rule ``season_sentence_cue``: a season named in the sentence of a bare split year of a
football text ("253 in 2023/24 to 319 last season", "1,102 in 2024/25, the busiest season")
makes it that football season; not "the season's" (a possessive of a thing), nor a season of
:data:`OTHER_SEASONS` ("ahead of the festive season")."""


_BACK = 1_000
"""How far before a split year its sentence's start is looked for first (characters): the
whole text before it only when no sentence ends in that reach."""


def _sentence(text: str, at: int) -> str:
    """The sentence holding ``text[at]``: from the last end before it to the next end."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - _BACK), at)]
    if not ends and at > _BACK:  # a sentence longer than the reach: the whole text before
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = ends[-1] if ends else 0
    after = _SENTENCE_END.search(text, at)
    return text[start : after.end() if after else len(text)]


def _school_cue(sentence: str) -> str | None:
    """The name of the :data:`SCHOOL_YEAR_CUES` entry ``sentence`` holds; None when there is
    none or it speaks of money or a budget."""
    if _MONEY_OR_BUDGET.search(sentence):
        return None
    return next((name for name, cue in SCHOOL_YEAR_CUES.items() if cue.search(sentence)), None)


def school_year_cue(text: str, at: int) -> str | None:
    """The name of the :data:`SCHOOL_YEAR_CUES` entry found in the sentence holding
    ``text[at]``; None when there is none or the sentence speaks of money or a budget."""
    return _school_cue(_sentence(text, at))


def split_year_kind(text: str, at: int, football_words: Callable[[str], object]) -> str | None:
    """The kind of split year a bare "2023/24" at ``text[at]`` is by its sentence:
    ``academic_year`` (:func:`school_year_cue`), ``football_season`` in a text of football
    (``football_words(text)`` finds one, searched only when the sentence names a season)
    whose sentence names a season and no money or budget (:data:`SEASON_SENTENCE_CUE`); None
    (a financial year) otherwise."""
    sentence = _sentence(text, at)
    if _school_cue(sentence):
        return "academic_year"
    if (
        SEASON_SENTENCE_CUE.search(sentence)
        and not _MONEY_OR_BUDGET.search(sentence)
        and football_words(text)
    ):
        return "football_season"
    return None


TERM_DEADLINE = re.compile(
    r"\b(?:before|by|until|ahead\s+of)\s+the\s+(?:end|close)\s+of\s+\Z", re.I
)
"""Rule `term_deadline`: the words before a term that make it the date a plan is to be
done by ("will visit 45 schools before the end of the autumn term", "by the end of the
autumn term"): the term's last day as an event's day (the kind ``day``, which no figure
takes, as the deadline rule ``by_deadline``), not a span its figures cover."""


def _term_deadline(ctx: Context) -> Resolution:
    """The last day of the autumn term a deadline names (:data:`TERM_DEADLINE`): of the
    year stated, else of P's year (the term running at P or the next); None when the term
    is no deadline, or P is unknown and no year is stated."""
    text, start = ctx.match.string, ctx.match.start()
    if TERM_DEADLINE.search(text[max(0, start - 40) : start]) is None:
        return None
    stated, published = ctx.group("y"), ctx.published
    if stated:
        year = int(stated)
    elif published is not None:
        year = published.year
    else:
        return None
    last_day = dt.date(year, 12, 31)
    return Span(last_day, last_day, "day")


def resolve_autumn_term(ctx: Context) -> Resolution:
    """The autumn term of the stated year; without one, the term so far when P falls in
    it, else the latest whole one (with "last", the one before P's); undated without P; a
    deadline's term (:data:`TERM_DEADLINE`) is its last day, as an event's day."""
    deadline = _term_deadline(ctx)
    if deadline is not None:
        return deadline
    year = ctx.group("y")
    if year:
        return Span(dt.date(int(year), 9, 1), dt.date(int(year), 12, 31))
    published = ctx.published
    if published is None:
        return None
    last = (ctx.group("which") or "").lower() == "last"
    if _in_autumn_term(published) and not last:
        return resolve_school_year(ctx)  # the term so far
    term_year = published.year - 1
    return Span(dt.date(term_year, 9, 1), dt.date(term_year, 12, 31), "relative")


def resolve_term_so_far(ctx: Context) -> Resolution:
    """The school year so far (:func:`~.since_days.resolve_school_year`: from the latest 1
    September to P) when P falls in the autumn term or the term is named as the autumn
    one; undated otherwise."""
    published = ctx.published
    if published is None or not (_in_autumn_term(published) or ctx.group("autumn")):
        return None
    return resolve_school_year(ctx)


TERM_RULES: tuple[PeriodRule, ...] = (
    # "in the autumn term of 2024", "during autumn term 2023", "this autumn term", "last
    # autumn term"; not "the autumn half-term" (a week), "the autumn term's" (an owner)
    PeriodRule(
        "autumn_term",
        compile_rule(
            r"\b(?:(?:in|during|over|throughout|across)\s+)?(?:(?:the|this|(?P<which>last))\s+)?"
            rf"autumn\s+term\b(?!['’])(?:\s+(?:of\s+|in\s+)?(?P<y>{YEAR})\b)?",
            "idotla",
        ),
        resolve_autumn_term,
        needs=("autumn term",),
    ),
    # "since the start of term", "since the beginning of the new term", "so far this
    # term", "since the start of the autumn term"; not "in the long term", "since the
    # start of the summer term"
    PeriodRule(
        "term_so_far",
        compile_rule(
            r"\b(?:since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+(?:new\s+)?|this\s+)?|"
            r"so\s+far\s+this\s+)(?:school\s+|(?P<autumn>autumn)\s+)?term\b(?!['’])",
            "s",
        ),
        resolve_term_so_far,
        needs=("term",),
    ),
)
"""The period rules of school terms."""
