"""Compiled needs gates and case-folded twins give the answers of the rules' own data."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressfacts.statistics.exclusions import EXCLUSIONS
from pressfacts.statistics.figures import FIGURE_RULES
from pressfacts.statistics.rule_gates import CaseBlind, GateTable, Needs, folded_twin, needs_gate


@pytest.mark.parametrize(
    ("needs", "text", "expected"),
    [
        (("cent", "%"), "rose 12 per cent", True),
        (("cent", "%"), "rose 12%", True),
        (("cent", "%"), "rose by 12", False),
        (("a.b",), "axb", False),  # a literal, not a pattern
        (("a.b",), "a.b", True),
    ],
)
def test_a_gate_matches_where_a_need_is(needs: tuple[str, ...], text: str, expected: bool) -> None:
    gate = needs_gate(needs)
    assert gate is not None
    assert (gate.search(text) is not None) is expected


def test_no_needs_no_gate() -> None:
    assert needs_gate(()) is None


@pytest.mark.parametrize(
    ("pattern", "twinned"),
    [
        (re.compile(r"\bsection\s+\d+", re.I), True),
        (re.compile(r"\S+@\S+\.\w+", re.I), True),  # upper-case escapes are no letters
        (re.compile(r"\bsection\s+\d+"), False),  # no re.I: nothing to fold
        (re.compile(r"\btext\s+[A-Z]{2,12}", re.I), False),  # [A-Z] reads lowered text apart
        (re.compile(r"\bPC\s+\d+", re.I), False),
    ],
)
def test_only_a_case_blind_lower_case_pattern_gets_a_twin(
    pattern: re.Pattern[str], twinned: bool
) -> None:
    assert (folded_twin(pattern) is not None) is twinned


_PIECES = [
    "Six months", "SIX-MONTH", "a Year", "Section 58", "call 101", "14 March", "MARCH 3",
    "3 to 9 June", "aged 12 TO 15", "70 Years Old", "First Half", "One Of", "100% Sure",
    "10:30AM", "9 pm", "25TH", "www.Example.org", "Twenty-Five", "one in FIVE", "41%",
    "18 Per Cent", "£4M", "DOUBLED", "four-Fold", "3 Times More", "A Third of", " ", "\n",
    ", ", "-", "x", "7",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_a_twin_finds_the_spans_of_its_pattern_on_ascii_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    for rule in (*EXCLUSIONS, *FIGURE_RULES):
        twin = folded_twin(rule.pattern)
        if twin is not None:
            expected = [m.span() for m in rule.pattern.finditer(text)]
            assert [m.span() for m in twin.finditer(text.lower())] == expected, rule.name


@pytest.mark.parametrize(
    ("text", "span", "cue"),
    [
        ("it ROSE by", (3, 7), "rose"),  # ASCII: read by the twin, the cue lower-cased
        ("crimes rose by", (7, 11), "rose"),
        ("café rose by", (5, 9), "rose"),  # not ASCII: read by the pattern itself
        ("ſ ROSE by", (2, 6), "rose"),
        ("fell sharply", None, None),
    ],
)
def test_a_case_blind_search_finds_the_span_of_its_pattern(
    text: str, span: tuple[int, int] | None, cue: str | None
) -> None:
    pattern = re.compile(r"\b(?P<cue>rose|rise)\b", re.I)
    found = CaseBlind(pattern).search(text)
    assert (found.span() if found else None) == span
    assert (found.group("cue").lower() if found else None) == cue


@pytest.mark.parametrize(
    ("needs", "text", "expected"),
    [
        ((), "anything", True),
        (("cent", "%"), "rose 12 per cent", True),
        (("cent", "%"), "rose by 12", False),
        (("hour", "day", "week", "month", "year"), "six months", True),  # many: one pattern
        (("hour", "day", "week", "month", "year"), "six men", False),
    ],
)
def test_needs_are_met_where_one_of_them_is(
    needs: tuple[str, ...], text: str, expected: bool
) -> None:
    assert Needs(needs).met(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Call 101 or 999 at 6.30pm on 14 March 2023.",
        "A 15-year-old, 34, was one of the 12 people under 18 seen in the first half.",
        "PC 4471 seized 2kg for 19p; one in five, text SAFE to 80022, www.example.org.",
        "Nothing here.",
        "",
    ],
)
def test_a_gate_table_opens_the_rules_each_gate_would(text: str) -> None:
    folded = text.lower()
    for rules in (EXCLUSIONS, FIGURE_RULES):
        assert GateTable(rules).open(folded) == [r for r in rules if r.may_match(folded)]
