"""Candidate figures in a sentence, and the numbers that are not statistics.

Plain functions, no spaCy. :func:`candidate_figures` finds every number shaped like a
figure by the rules of :data:`FIGURE_RULES` (percentages, money, weights, "one in
five", fractions, multipliers such as "doubled" and "four-fold", plain counts), once the
rules of :data:`EXCLUSIONS` have set aside what is not a statistic: phone numbers, years
and dates, times of day, ages and age ranges, ordinals, section and reference numbers,
list numbers, durations ("six months"), slogans ("100 per cent anonymous") and "one of
the …". The numbers component calls it only on sentences that hold a number token or a
number word (:func:`has_number`), so most sentences of a release cost nothing here. The
words around each figure (unit, qualifier, change, area, period) are read by
:mod:`pressfacts.statistics.component`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.vocab import Vocab

from pressfacts.lexicon.months import MONTH, MONTH_NAMES
from pressfacts.lexicon.number_words import (
    DIGITS,
    FRACTIONS,
    HALVING,
    MULTIPLIERS,
    NUMBER,
    SCALES,
    TENS,
    UNITS,
    parse_number,
)
from pressfacts.statistics.rule_needs import CASE_TRAPS
from pressfacts.statistics.thresholds import LIMIT_MULTIPLE, LIMIT_WORDS

_MONTH_WORDS = MONTH  # the one months table: "2 Nov.", "2 November"; not "2 mayors"
_MONTH_STEMS = tuple(sorted({name[:3] for names in MONTH_NAMES for name in names}))
"""The first three letters of every month name and abbreviation ("jan", "sep", "may")."""
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
"""A day of the month, 1 to 31: "In May 46 drivers were caught" names no day, nor "In
April 1,200 calls were made"."""


_YEAR_OPENERS = ("last", "this", "past", "previous", "that", "same", "each", "every", "next")
_SCHOOL_YEAR = "".join(rf"(?<!\b{word}\s)" for word in _YEAR_OPENERS) + "year"
""""Year" numbering a school year ("Year 9 pupils"), not the end of a period phrase that
opens a sentence without a comma ("Last year 460 drivers were caught")."""
_NOT_SCHOOL_YEAR = r"(?!(?<=(?-i:Year))\s+\d)"
"""After a duration's unit: not a capitalised "Year" numbering a school year ("40 Year 11
pupils" counts pupils; "40 years" and "a four-year term" stay durations)."""


@dataclass(frozen=True)
class Exclusion:
    """A named kind of number that is not a statistic; every span it matches is set aside.

    ``needs``: lower-case strings one of which every match of ``pattern`` holds (a
    literal of the pattern, read off it), so the pattern is not run on a sentence that
    holds none of them; empty when no literal is shared by every match."""

    name: str
    pattern: re.Pattern[str]
    needs: tuple[str, ...] = ()

    def may_match(self, folded: str) -> bool:
        """Whether the pattern can match a text whose :func:`str.lower` is ``folded``."""
        return not self.needs or any(literal in folded for literal in self.needs)


EXCLUSIONS: tuple[Exclusion, ...] = (
    # "01234 567890", "+44 20 7946 0000"; not "1,204 arrests"
    Exclusion(
        "phone",
        re.compile(r"(?<![\w,])(?:\+44\s?|0)\d{2,4}[ -]?\d{3,4}(?:[ -]?\d{3,4})?\b"),
        needs=("0", "+44"),
    ),
    # "call 101", "on 999", "the 101 service"; not "101 people were arrested"
    Exclusion(
        "service-number",
        re.compile(
            r"\b(?:call|calling|dial|dialling|ring|phone|on|or|contact)\s+(?:police\s+(?:on\s+)?)?"
            r"(?:101|999|111|116\s?123)\b|"
            r"\b(?:the|a|our|their|its)\s+(?:101|999|111)\s+(?:service|number|line|non-emergency)\b",
            re.I,
        ),
        needs=("101", "999", "111", "116"),
    ),
    # "10:30", "9am"; not "10 arrests"
    Exclusion(
        "time-of-day",
        re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm)?\b|\b\d{1,2}\s?(?:am|pm)\b", re.I),
    ),
    # "2 November", "November 2nd"; not "2 men in November"
    Exclusion(
        "day-month",
        re.compile(rf"\b{_DAY}(?:st|nd|rd|th)?\s+{_MONTH_WORDS}\b", re.I),
        needs=_MONTH_STEMS,
    ),
    # "from 3 to 9 June", "between 6 and 12 May": the first day of a range; not "from 40 to
    # 55 reports in June"
    Exclusion(
        "day-range",
        re.compile(
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|-|–|and|until|till)\s*\d{{1,2}}(?:st|nd|rd|th)?"
            rf"\s+{_MONTH_WORDS}\b",
            re.I,
        ),
        needs=_MONTH_STEMS,
    ),
    # "text 61016", "text HELP to 88440", "SMS 87007": a short code; not "texted 12 people"
    Exclusion(
        "short-code",
        re.compile(r"\b(?:text|texting|sms|txt)\s+(?:[A-Z]{2,12}\s+to\s+)?\d{4,6}\b", re.I),
        needs=("text", "sms", "txt"),
    ),
    Exclusion(
        "month-day",
        re.compile(rf"\b{_MONTH_WORDS}\s+{_DAY}(?:st|nd|rd|th)?\b(?![,.]\d)", re.I),
        needs=_MONTH_STEMS,
    ),
    # "in 2019"; not "2,019 reports" or "£2019.50"
    Exclusion("year", re.compile(r"(?<![\d,.£])\b(?:19|20)\d{2}\b(?![,.]\d)"), needs=("19", "20")),
    # "40th anniversary", "the 3rd time"; not "3 arrests"
    Exclusion("ordinal", re.compile(r"\b\d+\s*(?:st|nd|rd|th)\b", re.I)),
    # "a 15-year-old", "aged 52", "aged under 14", "under-18s", "children under 13";
    # not "just under 2,000"
    Exclusion(
        "age",
        re.compile(
            r"\b\w+[- ]year[- ]olds?\b|\baged\s+(?:(?:under|over|below|above)\s+)?\d+|"
            r"\bage\s+(?:of\s+)?\d+|\bunder[- ]\d{1,2}s\b|"
            r"\bunder-\d{1,2}\b|\b(?:children|child|girls|boys|pupils|those|anyone)\s+under\s+\d{1,2}\b",
            re.I,
        ),
        needs=("year", "age", "under"),
    ),
    # "aged 11 to 16", "ranging in age from 15 to 76", "between 18 and 25 years old",
    # "70 years old"; not "from 120 to 410 reports"
    Exclusion(
        "age-range",
        re.compile(
            r"\b(?:aged?|ages|in\s+age)\s+(?:from\s+|between\s+)?\d{1,3}\s*(?:to|-|–|and)\s*\d{1,3}\b|"
            r"\b\d{1,3}\s*(?:to|-|–|and)\s*\d{1,3}\s+years?\s+old\b|\b\d{1,3}\s+years?\s+old\b",
            re.I,
        ),
        needs=("age", "year"),
    ),
    # "Jo Bell, 45, of Leeds"; not "in Leeds, 45 people"
    Exclusion("age-after-name", re.compile(r"(?<=[A-Za-z]),\s*\d{1,3}\s*,(?!\d)"), needs=(",",)),
    # "the first half of 2023"; not "half of all reports"
    Exclusion(
        "half-of-year",
        re.compile(r"\b(?:first|second|last|latter|former)\s+half\b", re.I),
        needs=("half",),
    ),
    # "PC 1234"; not "PCSOs made 12 visits"
    Exclusion(
        "collar-number",
        re.compile(r"\b(?:PC|DC|PS|DS|PCSO|Sgt|SC|TDC)\s+\d{2,5}\b"),
        needs=("pc", "dc", "ps", "ds", "sgt", "sc"),
    ),
    # "section 58", "Operation 7", "case 12", "Year 9"; not "12 cases", "Last year 460 drivers"
    Exclusion(
        "reference-number",
        re.compile(
            r"\b(?:section|sections|s\.|article|paragraph|para|clause|ref|reference|case|"
            r"no\.?|number|page|chapter|rule|part|schedule|operation|op|room|flat|route|"
            rf"junction|platform|level|tier|grade|category|version|phase|stage|{_SCHOOL_YEAR})"
            r"\s+\d+\b",
            re.I,
        ),
    ),
    # "1. Report it" at a line start; not "1.5 million"
    Exclusion("list-number", re.compile(r"^\s*\d+[.)]\s", re.M)),
    # "24/7", "the 1990s", "under 18s"; not "18 suspects"
    Exclusion("slash-or-decade", re.compile(r"\b\d+/\d+\b|\b\d+s\b")),
    Exclusion(
        "web-address", re.compile(r"https?://\S+|\S+@\S+|www\.\S+"), needs=("://", "@", "www.")
    ),
    # "six months", "a six-month operation", "eight years"; not "six men"
    Exclusion(
        "duration",
        re.compile(
            rf"\b(?:{NUMBER}|a|one)[- ](?:hour|day|week|month|year|decade|minute|second)s?\b"
            + _NOT_SCHOOL_YEAR,
            re.I,
        ),
        needs=("hour", "day", "week", "month", "year", "decade", "minute", "second"),
    ),
    # "more than twice the legal limit": one reading against a threshold; not "doubled"
    Exclusion("limit-multiple", LIMIT_MULTIPLE, needs=LIMIT_WORDS),
    # "one of the forces"; not "one in five"
    Exclusion("one-of", re.compile(r"\bone\s+of\b", re.I), needs=("one",)),
    # "our 100 per cent anonymous guarantee", "100% committed"; not "a 100% increase",
    # "100 per cent of calls"
    Exclusion(
        "slogan-percent",
        re.compile(
            r"\b100\s*(?:%|per\s?cent\b|percent\b)\s+(?!(?:of|increase|rise|jump|more|higher|up|"
            r"in|on|since|between|from|to|compared|than|above|below|over|year)\b)[a-z]{3,}\b",
            re.I,
        ),
        needs=("100",),
    ),
)
"""What is not a statistic, one named rule each (tried on every sentence with a number
that holds one of the rule's ``needs``)."""


Reading = tuple[float | None, str, str | None]
"""(value, unit, change) a figure rule reads from its match; unit "" = read from the words."""


@dataclass(frozen=True)
class FigureRule:
    """A named shape of figure: its pattern and how a match gives value, unit and change."""

    name: str
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str]], Reading]
    needs: tuple[str, ...] = ()
    """Lower-case strings one of which every match holds (as :class:`Exclusion`)."""

    def may_match(self, folded: str) -> bool:
        """Whether the pattern can match a text whose :func:`str.lower` is ``folded``."""
        return not self.needs or any(literal in folded for literal in self.needs)


def _proportion(match: re.Match[str]) -> Reading:
    a, b = parse_number(match.group("a")), parse_number(match.group("b"))
    if a and b and b > a:
        return round(100 * a / b, 1), "percent", None
    return None, "", None


def _fraction(match: re.Match[str]) -> Reading:
    return FRACTIONS[(match.group("frac") or match.group("frac2")).lower()], "percent", None


def _multiplier(match: re.Match[str]) -> Reading:
    word = (match.group("mult") or "").lower()
    if word in HALVING:
        return 50.0, "percent", "decrease"
    if word:
        return MULTIPLIERS[word], "times", "increase"
    return parse_number(match.group("fold")), "times", "increase"


def _count(match: re.Match[str]) -> Reading:
    if match.group("num").lower() in ("one", "a"):
        return None, "", None
    return parse_number(match.group("num")), "", None


_FRACTION_WORDS = "|".join(sorted(FRACTIONS, key=len, reverse=True))
_FRACTION_LEADS = (
    "by", "nearly", "almost", "around", "about", "roughly", "approximately", "some", "than",
    "up to", "drop of", "fall of", "rise of", "increase of", "decrease of", "reduction of",
    "cut of", "jump of",
)  # fmt: skip
_FRACTION_AFTER = "(?:" + "|".join(rf"(?<=\b{lead} )" for lead in _FRACTION_LEADS) + ")"
"""Words after which a bare fraction is a figure: a change ("rose by a fifth", "a drop of
a quarter") or a qualifier ("nearly a quarter", "more than a third"). Not "the end of a
quarter" (no lead of its own), nor "one of a kind"."""

FIGURE_RULES: tuple[FigureRule, ...] = (
    # "37%", "18.4 per cent"
    FigureRule(
        "percent",
        re.compile(rf"(?P<num>{NUMBER})\s?(?:%|per\s?cent\b|percent\b)", re.I),
        lambda m: (parse_number(m.group("num")), "percent", None),
        needs=("%", "cent"),
    ),
    # "£28.7 million", "£1.2m", "£800"
    FigureRule(
        "money",
        re.compile(rf"£\s?(?P<num>{NUMBER})", re.I),
        lambda m: (parse_number(m.group("num")), "pounds", None),
        needs=("£",),
    ),
    # "19p a week" -> 0.19 pounds; not "p" of a word ("19pm" is a time)
    FigureRule(
        "pence",
        re.compile(rf"(?<![\w£.,])(?P<num>{DIGITS})p\b", re.I),
        lambda m: (round((parse_number(m.group("num")) or 0) / 100, 4), "pounds", None),
    ),
    # "1kg of heroin", "18g", "2.5 tonnes": the unit as written
    FigureRule(
        "weight",
        re.compile(
            rf"(?<![\w£.,])(?P<num>{DIGITS})\s?(?P<unit>kg|kilos?|kilograms?|g|grams?|tonnes?|lbs?|oz)\b",
            re.I,
        ),
        lambda m: (parse_number(m.group("num")), m.group("unit").lower(), None),
    ),
    # "one in five" -> 20 percent
    FigureRule(
        "proportion",
        re.compile(rf"\b(?P<a>one|{NUMBER})\s+in\s+(?P<b>{NUMBER})\b", re.I),
        _proportion,
    ),
    # "a third of", "cut by half", "rose by nearly a quarter", "a fall of a fifth"
    FigureRule(
        "fraction",
        re.compile(
            rf"\b(?P<frac>{_FRACTION_WORDS})\b(?=\s+(?:of|the|all)\b)|"
            rf"{_FRACTION_AFTER}(?P<frac2>{_FRACTION_WORDS})\b",
            re.I,
        ),
        _fraction,
        needs=("half", "third", "quarter", "fifth", "tenth"),
    ),
    # "doubled", "halved", "four-fold"
    FigureRule(
        "multiplier",
        re.compile(
            r"\b(?P<mult>" + "|".join([*MULTIPLIERS, *HALVING]) + r")\b|\b(?P<fold>\w+)[- ]fold\b",
            re.I,
        ),
        _multiplier,
        needs=("doubl", "twice", "tripl", "trebl", "quadrupl", "halv", "fold"),
    ),
    # "four times more likely": a ratio, no change of its own
    FigureRule(
        "times",
        re.compile(
            rf"(?<![\w£.,-])(?P<num>{NUMBER})\s+times\b(?=\s+(?:more|higher|greater|as|less|lower)\b)",
            re.I,
        ),
        lambda m: (parse_number(m.group("num")), "times", None),
        needs=("times",),
    ),
    # "one million victims", "a thousand calls"
    FigureRule(
        "scaled-one",
        re.compile(
            r"(?<![\w£.,-])(?P<num>(?:one|a)\s+(?:hundred|thousand|million|billion))\b", re.I
        ),
        lambda m: (parse_number(re.sub(r"^a\s", "one ", m.group("num").lower())), "", None),
        needs=("hundred", "thousand", "million", "billion"),
    ),
    # "1,747", "twenty-five": a count, its unit read from the words after it
    FigureRule(
        "count", re.compile(rf"(?<![\w£.,-])(?P<num>{NUMBER})(?![\w%-]|\.\d|,\d)", re.I), _count
    ),
)
"""The shapes of figure, tried in this order: a span taken by an earlier rule is not
read again by a later one ("37%" is a percentage, not also a count of 37)."""

_NUMBER_WORDS = frozenset(
    [*UNITS, *TENS, *SCALES, "one", *MULTIPLIERS, *HALVING, "half", "third", "thirds", "quarter",
     "quarters", "fifth", "tenth", "fold"]
)  # fmt: skip
"""Words that can start or make a figure; :func:`has_number` looks for these."""


def has_number(words: list[str]) -> bool:
    """Whether a sentence (its lower-cased tokens) holds a number token or number word:
    the only sentences figures are looked for in."""
    return any(_is_number_word(w) for w in words)


def _is_number_word(word: str) -> bool:
    return word[:1].isdigit() or word[:1] == "£" or word in _NUMBER_WORDS


def is_number_token(text: str) -> bool:
    """Whether a token (as written) is a number token or number word: where
    :func:`number_starts` puts a figure's start."""
    return _is_number_word(text.lower())


def number_starts(tokens: list[tuple[int, str]]) -> list[int]:
    """Where figures may start, from a sentence's (offset, lower-cased text) tokens: each
    number token or number word, and the word before one ("a third", "one million",
    "four-fold")."""
    starts: list[int] = []
    for index, (offset, word) in enumerate(tokens):
        if _is_number_word(word):
            if index and (not starts or starts[-1] != tokens[index - 1][0]):
                starts.append(tokens[index - 1][0])
            starts.append(offset)
    return starts


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are not statistics (:data:`EXCLUSIONS`), merged, sorted."""
    folded = text.lower()
    unsure = not text.isascii() and any(trap in text for trap in CASE_TRAPS)
    spans = sorted(
        m.span()
        for rule in EXCLUSIONS
        if unsure or rule.may_match(folded)
        for m in rule.pattern.finditer(text)
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:  # one sweep: overlapping spans become one
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


class _Intervals:
    """Disjoint sorted intervals with a bisect lookup (no scan of every interval)."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.starts = [s for s, _ in spans or []]
        self.ends = [e for _, e in spans or []]

    def covers(self, point: int) -> bool:
        index = bisect_right(self.starts, point) - 1
        return index >= 0 and point < self.ends[index]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, end - 1) - 1
        return index >= 0 and self.ends[index] > start

    def add(self, start: int, end: int) -> None:
        index = bisect_right(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)


Figure = tuple[int, int, float, str, str | None]
"""(start, end, value, unit, change) of a candidate figure in its sentence."""


def candidate_figures(text: str, starts: list[int] | None = None) -> list[Figure]:
    """(start, end, value, unit, change) of every candidate figure, negatives removed.

    With ``starts`` (from :func:`number_starts`) the figure rules are tried only there,
    not at every character of the sentence. A sentence read before with the same starts
    gives its figures from a cache (releases repeat sentences: reprints, the force's
    closing lines): the rules are pure, so the figures are the same."""
    return list(_figures(text, None if starts is None else tuple(starts)))


@lru_cache(maxsize=4096)
def _figures(text: str, starts: tuple[int, ...] | None) -> tuple[Figure, ...]:
    blocked = _Intervals(blocked_spans(text))
    taken = _Intervals()
    found: list[Figure] = []
    tried = None if starts is None else [pos for pos in starts if not blocked.covers(pos)]
    folded = text.lower()
    unsure = not text.isascii() and any(trap in text for trap in CASE_TRAPS)
    for rule in FIGURE_RULES:
        if not (unsure or rule.may_match(folded)):
            continue
        if tried is None:
            matches = list(rule.pattern.finditer(text))
        else:  # not where a match would start in a blocked span or an earlier figure
            tried = [pos for pos in tried if not taken.covers(pos)] if found else tried
            matches = [m for m in (rule.pattern.match(text, pos) for pos in tried) if m]
        for match in matches:
            start, end = match.span()
            if blocked.covers(start) or blocked.covers(end - 1) or taken.overlaps(start, end):
                continue
            value, unit, change = rule.read(match)
            if value is not None:
                found.append((start, end, value, unit, change))
                taken.add(start, end)
    return tuple(sorted(found))


def number_flag(vocab: Vocab) -> int:
    """The lexeme flag of number tokens (:func:`is_number_token`) in ``vocab``: computed
    once per word of the vocabulary, read per document as one array; added on first use."""
    getters = vocab.lex_attr_getters  # type: ignore[attr-defined]  # not in spaCy's stubs
    for flag, getter in getters.items():
        if getter is is_number_token:
            return flag
    return vocab.add_flag(is_number_token)
