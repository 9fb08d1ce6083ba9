"""A rule table's needs looked for once per text: the same rules tried as each rule's own
``applies`` on the text's needs text (lower case, white space as one space, every rule
where a letter folds differently)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressfacts.statistics.period_table import PERIOD_RULES
from pressfacts.statistics.rule_needs import NeedsIndex, needs_text

_INDEX = NeedsIndex(PERIOD_RULES)
_PIECES = [
    "since", "SINCE", "last", "year", "Last\nyear", "so far", "so\n far", "financial",
    "average", "on year", "the same period", "Q3", "months of", "precept", "today", " ",
    "\n", "\u017fince", "\u0130n", "x", "2019", "in 19", "than\t20",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_an_index_tries_the_rules_each_rule_would(pieces: list[str]) -> None:
    text = "".join(pieces)
    held, lowered = _INDEX.held(text), needs_text(text)
    for rule in PERIOD_RULES:
        assert _INDEX.applies(rule, held) == rule.applies(lowered), rule.name
    assert _INDEX.tried(PERIOD_RULES, held) == [r for r in PERIOD_RULES if r.applies(lowered)]


@dataclass(frozen=True)
class _Rule:
    needs: tuple[str, ...]


@pytest.mark.parametrize(
    ("needs", "text", "tried"),
    [
        ((), "anything", True),  # no needs: always tried
        (("since",), "Since 2019", True),
        (("since",), "In 2019", False),
        (("unknown need",), "In 2019", True),  # a need the index does not know: tried
    ],
)
def test_an_index_on_one_rule(needs: tuple[str, ...], text: str, tried: bool) -> None:
    assert _INDEX.applies(_Rule(needs), _INDEX.held(text)) is tried


_OVERLAPPING = NeedsIndex([_Rule(("last", "last year", "year", "year to", "ear", "to 20", "o 2"))])


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Last year", {"last", "last year", "year", "ear"}),  # one need inside another
        ("the year to 2024", {"year", "year to", "ear", "to 20", "o 2"}),  # overlapping
        ("last  years", {"last", "last year", "year", "ear"}),  # white space as one space
        ("lasting", {"last"}),  # a longer need that does not go on: its start is held
        ("nothing here", set()),
    ],
)
def test_the_needs_a_text_holds(text: str, held: set[str]) -> None:
    assert _OVERLAPPING.held(text) == held


@given(st.lists(st.sampled_from([*_PIECES, "last y", "year to", "to 20"]), max_size=10))
def test_one_pass_holds_what_each_need_looked_for_holds(pieces: list[str]) -> None:
    text = "".join(pieces)
    lowered = needs_text(text)
    expected = None if lowered is None else {n for n in _INDEX.needs if n in lowered}
    assert _INDEX.held(text) == expected
