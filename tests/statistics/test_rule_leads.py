"""One scan for every rule's leads: the words a pattern's matches open with.

The leads of a pattern are read from its parsed form; where they cannot be shown (no
word boundary first, a class of letters first, a match that may be empty) the pattern
is run on the whole text. A scan's matches are exactly the pattern's ``finditer``: on
texts made of period phrases, their words glued or cut, in any case, with digits of
other scripts and the letters ``re.I`` folds but ``str.lower`` does not.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressfacts.statistics.period_table import PERIOD_RULES
from pressfacts.statistics.rule_leads import DIGIT, WHOLE, LeadScanner, pattern_leads

# pattern -> its leads (a trailing WHOLE: a whole word), or None: run on the whole text
LEADS: dict[str, tuple[str, ...] | None] = {
    r"\b(?:between|from)\s+x": ("between" + WHOLE, "from" + WHOLE),
    r"(?=[bf])\b(?:between|from)\b": ("between" + WHOLE, "from" + WHOLE),
    r"\bQ[1-4]": ("q",),
    r"\b(?:the\s+)?year\s+to": ("the" + WHOLE, "year" + WHOLE),
    r"\b(?:19|20)\d{2}": ("19", "20"),
    r"\b\d{1,2}\s+May": (DIGIT,),
    r"\b[1-9] May": (DIGIT,),  # a set of some digits opens at a digit
    r"\b(?:3[01]|[12]\d|0?[1-9])th": (DIGIT, "0", "3"),  # a day of the month
    r"\bin(?:to)?\b": ("in" + WHOLE, "into" + WHOLE),
    r"\brents?\b": ("rent" + WHOLE, "rents" + WHOLE),
    r"\brents?\w": ("rent",),
    r"\bweek(?:s|ly)?": ("week",),
    r"\bsince\b.{0,9}\bin": ("since" + WHOLE,),
    r"\b(?:in|into)": ("in",),  # "in" opens wherever "into" does
    r"since\s+2019": None,  # no word boundary first
    r"\b[a-z]+\s+2019": None,  # a class of letters first
    r"\b(?:the)?": None,  # may match nothing
    r"(?:^|(?<=[.!?]\s))of\s+the": None,  # a boundary not asserted as \b
    r"\b_x": None,  # a word character that is no letter or digit
}


@pytest.mark.parametrize("pattern", list(LEADS), ids=list(LEADS))
def test_a_patterns_leads(pattern: str) -> None:
    assert pattern_leads(re.compile(pattern, re.I)) == LEADS[pattern]


def test_an_ascii_pattern_is_run_on_the_whole_text() -> None:
    assert pattern_leads(re.compile(r"\bsince", re.I | re.A)) is None


UNLED_PERIOD_RULES = frozenset({
    "since_month_before", "baseline_from", "of_the_figure", "snapshot_on_day",
    "snapshot_caseload_day", "year_of_report", "set_off_day_range",
    "set_off_shared_month_range", "set_off_two_days_running", "level_at_start",
    "level_at_start_count", "set_off_from_day_range", "set_off_from_shared_month_range",
    "since_adverb_again",  # its opening is a sentence's subject; tried only with " since "/"so far"
})  # fmt: skip
"""The period rules whose leads cannot be shown, run on every text. A rule that joins them
must be named here: ``superlative_month``, given a possessive owner "[\\w-]+'s" before its
rank word, lost its leads and cost 0.17 ms a release until its owner became a look-behind."""


def test_most_period_rules_are_led() -> None:
    scanner = LeadScanner([rule.pattern for rule in PERIOD_RULES])
    unled = [rule.name for rule in PERIOD_RULES if scanner.leads(rule.pattern) is None]
    assert "of_the_figure" in unled  # its opening is no \b but a sentence start
    assert not {"day", "month_year", "year", "since", "relative_year"} & set(unled)
    assert set(unled) == UNLED_PERIOD_RULES


_SCANNER = LeadScanner([rule.pattern for rule in PERIOD_RULES])
_PIECES = [
    "between 3 and 9 June 2023", "from April to June", "in March 2021", "during 2019",
    "the year to March 2023", "the 12 months ending June", "Q3 2022", "2022/23",
    "since it opened in May", "the same period last year", "a year earlier", "today",
    "the five-year average", "year on year", "the precept will rise by 4% for 2024/25",
    "on Tuesday 5 March", "14/03/2023", "Of the 39,", "compared to 70 last year",
    "in its first four weeks from 1st September", "so far this year", "the past 12 months",
    "into", "Intothe", "theyear", "inMarch", "12months", "1999", "\u0661\u0662 May",
    "\u017fince 2019", "\u0130N 2020", "\u212aent", "IN", "THE", "Since", " ", "\n", ", ",
    ". ", "-", "’s", "x", "7", "20 May", "19th June", "12 months", "20", "12", "May",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=10), st.sampled_from(["", "upper", "title"]))
def test_a_scan_finds_what_finditer_finds(pieces: list[str], case: str) -> None:
    text = "".join(pieces)
    text = text.upper() if case == "upper" else text.title() if case == "title" else text
    scan = _SCANNER.scan(text)
    for rule in PERIOD_RULES:
        expected = [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in scan.finditer(rule.pattern)] == expected


def test_a_pattern_the_scanner_does_not_know_is_run_on_the_whole_text() -> None:
    stranger = re.compile(r"\bmay\b", re.I)
    assert [m.span() for m in _SCANNER.scan("May I? may").finditer(stranger)] == [(0, 3), (7, 10)]


# pattern -> what one scanner built from all of them reads where the pattern may open
READ_WORDS: dict[str, frozenset[str]] = {
    r"\bin(?:to)?\b": frozenset({"in"}),  # "in" is read (it may go on into "into")
    r"\b(?:19|20)\d{2}": frozenset({"19", "20"}),
    r"\b\d{1,2}\s+May": frozenset({DIGIT, "19", "20"}),  # a year's digits are digits too
    r"\brents?\w": frozenset({"rent"}),
    r"\bweek(?:s|ly)?": frozenset({"week"}),
    r"\b(?:in|into)": frozenset({"in"}),
}


def test_what_a_scan_reads_for_each_pattern() -> None:
    patterns = {text: re.compile(text, re.I) for text in READ_WORDS}
    scanner = LeadScanner(list(patterns.values()))
    assert {text: scanner.leads(pattern) for text, pattern in patterns.items()} == READ_WORDS
