"""Candidate figures in a sentence.

Plain functions, no spaCy. :func:`candidate_figures` finds every number shaped like a
figure by the rules of :data:`FIGURE_RULES` (percentages, money, weights, "one in
five", fractions, multipliers such as "doubled" and "four-fold", plain counts), once the
rules of :data:`~pressfacts.statistics.exclusions.EXCLUSIONS` have set aside what is
not a statistic (phone numbers, years and dates, ages, durations, …). The numbers
component calls it only on sentences that hold a number token or a number word
(:func:`has_number`), so most sentences of a release cost nothing here. The words
around each figure (unit, qualifier, change, area, period) are read by
:mod:`pressfacts.statistics.component`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pressfacts.lexicon.number_words import (
    DIGITS,
    FRACTIONS,
    HALVING,
    MULTIPLIERS,
    NUMBER,
    SCALES,
    TENS,
    UNITS,
    WORD_NUMBER,
    parse_number,
)
from pressfacts.lexicon.units import CURRENCIES, CURRENCY_SIGNS
from pressfacts.lexicon.welsh import is_welsh
from pressfacts.statistics.exclusions import blocked_spans
from pressfacts.statistics.figure_rule import FigureRule, Reading
from pressfacts.statistics.measured_speeds import MEASURED_SPEED
from pressfacts.statistics.measured_times import MEASURED_PATTERN, read_measured
from pressfacts.statistics.rule_gates import GateTable
from pressfacts.statistics.rule_needs import CASE_TRAPS
from pressfacts.statistics.times_wordings import (
    EARLIER_COUNT,
    FULL_MONTH_NAME,
    NOT_AFTER_CHANGE,
    OVER_A_SPAN,
    TIMES_THEN_SPAN,
)


def _proportion(match: re.Match[str]) -> Reading:
    a, b = parse_number(match.group("a")), parse_number(match.group("b"))
    if a and b and b > a:
        return round(100 * a / b, 1), "percent", None
    return None, "", None


def _fraction(match: re.Match[str]) -> Reading:
    word = (
        match.group("frac") or match.group("frac2") or match.group("frac3") or match.group("frac4")
    )
    return FRACTIONS[word.lower()], "percent", None


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
    "over", "under",
    "up to", "drop of", "fall of", "rise of", "increase of", "decrease of", "reduction of",
    "cut of", "jump of",
)  # fmt: skip
_FRACTION_AFTER = "(?:" + "|".join(rf"(?<=\b{lead} )" for lead in _FRACTION_LEADS) + ")"
"""Words after which a bare fraction is a figure: a change ("rose by a fifth", "a drop of
a quarter", "down a third", "rose a fifth") or a qualifier ("nearly a quarter", "more
than a third", "just over a third"). Not "the end of a quarter" (no lead of its own), nor
"one of a kind"."""

_FRACTION_VERBS = "|".join((
    "were", "was", "had", "have", "are", "is", "said", "say", "says", "told", "reported",
    "felt", "feel", "believed", "believe", "admitted", "agreed", "described", "lived", "came",
    "involved", "needed", "took", "went",
))  # fmt: skip
"""Verbs a share opens its clause with as the subject: "a quarter were", "two-thirds said",
"three-quarters lived …" (the share of a group named before)."""

_CHANGE_VERBS = (
    "up", "down", "rose", "fell", "risen", "fallen", "grew", "dropped",
    "rose to", "risen to", "fell to", "fallen to", "dropped to", "grew to", "climbed to",
)  # fmt: skip
_CHANGED_BY = "(?:" + "|".join(rf"(?<=\b{lead} )" for lead in _CHANGE_VERBS) + ")"
_CHANGE_CLOSED = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|since|from|compared|than|over|last|this|year|across|"
    r"among|between|during|to)\b)"
)
"""A fraction straight after a verb of change (:data:`_CHANGE_VERBS`) is a change when
nothing of its own follows it ("down a fifth on 2022", "fell a third in Leeds", "up a
quarter."), and so is one a change reached, a level (rule ``fraction``: "had fallen to a
quarter, from …", "rose to a third last year"); not "set up a third office" (an ordinal
before its noun), "fell to a quarter past five"."""
_COMPARED_THAN = r"(?=\s+(?:more|fewer|less|higher|lower)\s+(?:[\w-]+\s+){0,4}?than\b)"
"""A fraction compared with a yardstick is a change ("41, a quarter more than in 2024",
"a third fewer than last year", "a third more firearms than in the same period", its noun
between, with a word before it and its period: "a third fewer cold callers in 2024 than
the year before"); not "a third more officers" (no "than" after the noun)."""

_RATIO_BASES = r"(?:rate|figure|level|average|number|proportion|share|total|amount|sum)\b"
"""What a multiple is of: "3.1 times the rate", "five times the national average", "six
times the total lost to romance scams", "twice the amount paid by banks"."""

FIGURE_RULES: tuple[FigureRule, ...] = (
    # "37%", "18.4 per cent", "12pc" (as some papers write it; not "12 PCs")
    FigureRule(
        "percent",
        re.compile(rf"(?P<num>{NUMBER})(?:\s?(?:%|per\s?cent\b|percent\b)|(?-i:pc)\b)", re.I),
        lambda m: (parse_number(m.group("num")), "percent", None),
        needs=("%", "cent", "pc"),
    ),
    # "£28.7 million", "£1.2m", "£800"; "€1.4 million" in euros (Irish releases)
    FigureRule(
        "money",
        re.compile(rf"(?P<currency>[{CURRENCY_SIGNS}])\s?(?P<num>{NUMBER})", re.I),
        lambda m: (parse_number(m.group("num")), CURRENCIES[m.group("currency")], None),
        needs=tuple(CURRENCIES),
    ),
    # "19p a week" -> 0.19 pounds; not "p" of a word ("19pm" is a time)
    FigureRule(
        "pence",
        re.compile(rf"(?<![\w£.,])(?P<num>{DIGITS})p\b", re.I),
        lambda m: (round((parse_number(m.group("num")) or 0) / 100, 4), "pounds", None),
        hint=r"\dp",
    ),
    # "1kg of heroin", "18g", "2.5 tonnes": the unit as written
    FigureRule(
        "weight",
        re.compile(
            rf"(?<![\w£.,])(?P<num>{DIGITS})\s?(?P<unit>kg|kilos?|kilograms?|g|grams?|tonnes?|lbs?|oz)\b",
            re.I,
        ),
        lambda m: (parse_number(m.group("num")), m.group("unit").lower(), None),
        hint=r"\d\s?[kgtlo]",
    ),
    # "one in five", "one in every three", "nine out of ten", "one for every five" -> 20,
    # 33.3, 90, 20 percent; not "one for five" (no "every")
    FigureRule(
        "proportion",
        re.compile(
            rf"\b(?P<a>one|{NUMBER})\s+(?:(?:in|out\s+of)\s+(?:every\s+)?|for\s+every\s+)"
            rf"(?P<b>{NUMBER})\b",
            re.I,
        ),
        _proportion,
        hint=r"\s(?:in|out of|for every)\s",
    ),
    # "half a million people", "a quarter of a million pounds", "three quarters of a
    # million": the fraction of the scale, its unit read from the words after it
    FigureRule(
        "scaled-fraction",
        re.compile(
            rf"\b(?P<frac>{_FRACTION_WORDS})\s+(?:of\s+)?an?\s+(?P<scale>hundred|thousand|million|"
            r"billion)\b",
            re.I,
        ),
        lambda m: (
            round(FRACTIONS[m.group("frac").lower()] / 100 * SCALES[m.group("scale").lower()]),
            "",
            None,
        ),
        needs=("hundred", "thousand", "million", "billion"),
    ),
    # "a third of", "a third were", "cut by half", "rose by nearly a quarter", "a fall of a
    # fifth", "down a fifth on 2022", "a quarter more than in 2024"
    FigureRule(
        "fraction",
        re.compile(
            rf"\b(?P<frac>{_FRACTION_WORDS})\b(?=\s+(?:of|the|all|{_FRACTION_VERBS})\b)|"
            rf"{_FRACTION_AFTER}(?P<frac2>{_FRACTION_WORDS})\b|"
            rf"{_CHANGED_BY}(?P<frac3>{_FRACTION_WORDS})\b{_CHANGE_CLOSED}|"
            rf"\b(?P<frac4>{_FRACTION_WORDS})\b{_COMPARED_THAN}",
            re.I,
        ),
        _fraction,
        needs=("half", "third", "quarter", "fifth", "tenth", "sixth", "eighth"),
    ),
    # "fell by as much as half since 2000", "as many as a third of callers": a share after
    # the qualifier "as much as"/"as many as" (up to); not "as much as they could" (no share)
    FigureRule(
        "fraction-as-much-as",
        re.compile(
            rf"(?:(?<=\bas much as )|(?<=\bas many as ))(?P<frac>{_FRACTION_WORDS})\b", re.I
        ),
        _fraction,
        needs=("half", "third", "quarter", "fifth", "tenth", "sixth", "eighth"),
    ),
    # "more than double the figure for other types of fraud", "twice the rate among other
    # groups", "almost twice as many as in the East Riding", "more than twice the national
    # rate", "double the Welsh average": a multiple of the same measure
    # for other things or another place, a ratio with no change of its own; not "double the
    # number recorded the year before", "twice the five-year average", "twice as many as in
    # October" (an earlier period's count: a change)
    FigureRule(
        "multiple-of-other",
        re.compile(
            r"\b(?P<mult>double|twice|treble|triple)\b(?=\s+the\s+(?:[\w-]+\s+)?"
            r"(?:figure|rate|level|number|average|proportion|share)\s+(?:for|among|in|of|across)"
            r"\s+(?:all\s+)?(?:other|the\s+rest\b|non-|those\s+(?:who|without|not)\b)|"
            rf"\s+as\s+(?:many|much)\s+as\s+(?:in|at)\s+(?:the\s+)?(?!{FULL_MONTH_NAME})(?-i:[A-Z])|"
            r"\s+the\s+(?:national|regional|county|force|(?-i:[A-Z])[\w-]*)(?:[\s-]wide)?\s+"
            r"(?:average|rate|level|mean)\b)",
            re.I,
        ),
        lambda m: (MULTIPLIERS[m.group("mult").lower()], "times", None),
        needs=("doubl", "twice", "tripl", "trebl"),
    ),
    # "twice as likely as white people", "twice their share": a ratio, no change (``times``)
    FigureRule(
        "twice-as-likely",
        re.compile(r"\btwice\b(?=\s+(?:as\s+(?:likely|common)|(?:their|its)\s+share)\b)", re.I),
        lambda m: (2.0, "times", None),
        needs=("twice",),
    ),
    # "doubled", "halved", "four-fold", "a threefold rise"
    FigureRule(
        "multiplier",
        re.compile(
            r"\b(?P<mult>"
            + "|".join([*MULTIPLIERS, *HALVING])
            + r")\b|\b(?P<fold>\w+?)[- ]?fold\b",
            re.I,
        ),
        _multiplier,
        needs=("doubl", "twice", "tripl", "trebl", "quadrupl", "halv", "fold"),
    ),
    # "three times as many as in 2023", "four times the number recorded the year before",
    # "three times the 426 sessions the year before":
    # a multiple of an earlier period's count is a change over time, as "twice as many as
    # in 2023" is (rule ``times-earlier-count``); not "three times as common as on urban
    # roads" nor "three times as many as in Leeds" (no earlier period: a ratio)
    FigureRule(
        "times-earlier-count",
        re.compile(
            rf"(?<![\w£.,-])(?P<num>{NUMBER})\s+times\b(?={EARLIER_COUNT})",
            re.I,
        ),
        lambda m: (parse_number(m.group("num")), "times", "increase"),
        needs=("times",),
    ),
    # "four times more likely", "3.1 times the rate", "five times the national average", and
    # a decimal ratio standing alone ("down from 3.9 times", "the figure was 2.6 times"): a
    # ratio, no change of its own; not "2.5 times a week" (how often)
    FigureRule(
        "times",
        re.compile(
            rf"(?<![\w£.,-])(?P<num>{NUMBER})\s+times\b(?=\s+(?:more|higher|greater|as|less|lower)\b"
            rf"|\s+the\s+(?:[\w-]+\s+)?{_RATIO_BASES})|"
            r"(?<![\w£.,-])(?P<dec>\d+\.\d+)\s+times\b(?!\s+(?:a|an|per|each|every)\s+"
            r"(?:day|night|week|fortnight|month|year)\b(?!\s+(?:earlier|before|ago|later)\b))",
            re.I,
        ),
        lambda m: (parse_number(m.group("num") or m.group("dec")), "times", None),
        needs=("times",),
    ),
    # "contacted the helpline 1,126 times in 2025/26", "were stopped 40 times", "deployed
    # 115 times over the same period" (OVER_A_SPAN: rule ``times_over_a_span``): a count of
    # occasions (two digits or more, or any count right after a past participle: "have
    # been attacked nine times"); not "three times more likely" (a ratio), "12 times a
    # day" (how often), "40 times the average" (a multiple), "nine times out of ten"
    FigureRule(
        "occasions",
        re.compile(
            r"(?:(?<![\w£.,-])(?P<num>\d{1,3}(?:,\d{3})+|[1-9]\d+)|(?<=[a-z]ed\s)"
            rf"(?P<small>[1-9]|{WORD_NUMBER})|(?<=[a-z]\s){NOT_AFTER_CHANGE}(?P<dated>[1-9]|{WORD_NUMBER})"
            rf"(?={TIMES_THEN_SPAN}))\s+times\b(?!\s+(?:more|higher|"
            r"greater|as|less|lower|fewer|the|that|over(?!" + OVER_A_SPAN + r")|a|an|per|each|"
            r"every|bigger|larger|out)\b)",
            re.I,
        ),
        lambda m: (
            parse_number(m.group("num") or m.group("small") or m.group("dated")),
            "occasions",
            None,
        ),
        needs=("times",),
    ),
    # "an average of 94 seconds", "nine minutes and 14 seconds" (554 seconds), "two minutes
    # faster": a measured time (measured_times.py); not "within 10 seconds"
    FigureRule(
        "measured-time",
        MEASURED_PATTERN,
        read_measured,
        needs=("minute", "second", "hour", "day", "week", "month"),
    ),
    # "a dozen officers", "two dozen cars", "half a dozen arrests"; not "dozens" (vague),
    # "a dozen times", "a dozen years" (how often, how long)
    FigureRule(
        "dozen",
        re.compile(
            rf"(?<![\w£.,-])(?P<num>(?:half\s+a|an?|one|{WORD_NUMBER})\s+dozen)\b"
            r"(?!\s+(?:times|years?|months?|weeks?|days?|hours?|minutes?)\b)",
            re.I,
        ),
        lambda m: (parse_number(m.group("num")), "", None),
        needs=("dozen",),
    ),
    # "one million victims", "a thousand calls"; not "one hundred and twenty" (a compound)
    FigureRule(
        "scaled-one",
        re.compile(
            r"(?<![\w£.,-])(?P<num>(?:one|a)\s+(?:hundred|thousand|million|billion))\b"
            rf"(?!\s+(?:and\s+)?(?:{WORD_NUMBER}|one)\b)",
            re.I,
        ),
        lambda m: (parse_number(re.sub(r"^a\s", "one ", m.group("num").lower())), "", None),
        needs=("hundred", "thousand", "million", "billion"),
    ),
    MEASURED_SPEED,  # "about 6mph", "fell by 6mph": a measured speed (measured_speeds.py)
    # "1,747", "twenty-five", "40-plus": a count, its unit read from the words after it;
    # not "40-year" (a hyphen that joins another word), nor digits after a leading zero
    # ("000", "0191": a code's or a phone number's part)
    FigureRule(
        "count",
        re.compile(rf"(?<![\w£.,-])(?!0\d)(?P<num>{NUMBER})(?![\w%]|-(?!plus\b)|\.\d|,\d)", re.I),
        _count,
    ),
)
"""The shapes of figure, tried in this order: a span taken by an earlier rule is not
read again by a later one ("37%" is a percentage, not also a count of 37)."""
_GATES = GateTable(FIGURE_RULES)
"""Every rule's ``needs`` and ``hint``, tried in one loop per sentence."""

_NUMBER_WORDS = frozenset(
    [*UNITS, *TENS, *SCALES, "one", *MULTIPLIERS, *HALVING, "half", "third", "thirds", "quarter",
     "quarters", "fifth", "tenth", "sixth", "eighth", "fold", "dozen",
     *(f"{word}fold" for word in (*UNITS, *TENS))]
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
    closing lines): the rules are pure, so the figures are the same. The cache holds
    the last :data:`FIGURE_CACHE` sentences: the often repeated ones stay in it, and a
    run's memory does not grow with a cache filling over its first thousands of
    documents (4,096 held 1.5 MB; 256 keep 70% of the hits on generated releases)."""
    return list(_figures(text, None if starts is None else tuple(starts)))


FIGURE_CACHE = 256
"""Sentences whose figures are kept (least recently read dropped first)."""


@lru_cache(maxsize=FIGURE_CACHE)
def _figures(text: str, starts: tuple[int, ...] | None) -> tuple[Figure, ...]:
    folded = text.lower()
    if is_welsh(folded):  # a bilingual release's Welsh restatement: no figure of its own
        return ()
    blocked = _Intervals(blocked_spans(text))
    taken = _Intervals()
    found: list[Figure] = []
    tried = None if starts is None else [pos for pos in starts if not blocked.covers(pos)]
    unsure = not text.isascii() and any(trap in text for trap in CASE_TRAPS)
    for rule in FIGURE_RULES if unsure else _GATES.open(folded):
        if tried is None:
            matches = list(rule.pattern.finditer(text))
        else:  # not where a match would start in a blocked span or an earlier figure
            tried = [pos for pos in tried if not taken.covers(pos)] if found else tried
            matches = rule.matches_at(text, folded, tried)
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


def numbered_sentences(doc: Doc, flag: int) -> tuple[list[tuple[int, int]], list[list[int]]]:
    """The (start, end) of each sentence of ``doc``, and where figures may start in it
    (offsets in the sentence): :func:`number_starts` of its tokens, read from the lexeme
    flag of number tokens (:func:`number_flag`) in one array instead of a Token object
    per token."""
    marks = doc.to_array([flag, IDX])
    offsets = marks[:, 1].tolist()
    marked = numpy.flatnonzero(marks[:, 0]).tolist()
    sentences: list[tuple[int, int]] = []
    numbered: list[list[int]] = []
    at = 0  # the next marked token: one sweep over sentences and marks
    for sent in doc.sents:
        base = sent.start_char
        starts: list[int] = []
        while at < len(marked) and marked[at] < sent.end:
            token = marked[at]
            before = offsets[token - 1] - base
            if token > sent.start and (not starts or starts[-1] != before):
                starts.append(before)  # the word before: "a third", "one million"
            starts.append(offsets[token] - base)
            at += 1
        sentences.append((base, sent.end_char))
        numbered.append(starts)
    return sentences, numbered
