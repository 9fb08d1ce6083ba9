"""One row per sentence rule (break rules and their exceptions), ids = rule names."""

from __future__ import annotations

import pytest

from pressfacts.sentences.component import BREAK_RULES, sentence_spans, sentence_starts

ABBREVIATIONS = frozenset({"insp", "supt", "no"})
EXCLAIMED = ("Speak Up Now!",)

# (rule, text, sentences)
ROWS = [
    (
        "line break",
        "Burglaries fall in Leeds\nOfficers praised residents.",
        ["Burglaries fall in Leeds", "Officers praised residents."],
    ),
    (
        "hard-wrapped line",
        "Patrols were stepped up across\nthe three estates last week.",
        ["Patrols were stepped up across\nthe three estates last week."],
    ),
    (
        "sentence mark",
        "The van was stopped on the A30. Two men ran off!",
        ["The van was stopped on the A30.", "Two men ran off!"],
    ),
    (
        "initial",
        "The case was led by DC R. Okoro at the time.",
        ["The case was led by DC R. Okoro at the time."],
    ),
    (
        "abbreviation",
        "Supt. Gail Hart and Insp. Rob Lane visited No. 12 Quay Street.",
        ["Supt. Gail Hart and Insp. Rob Lane visited No. 12 Quay Street."],
    ),
    (
        "exclaimed name",
        "Pupils joined Speak Up Now! Parents came too.",
        ["Pupils joined Speak Up Now! Parents came too."],
    ),
    (
        "unspaced stop",
        "Three men were arrested.The raids followed months of work.",
        ["Three men were arrested.", "The raids followed months of work."],
    ),
    (
        "web address",
        "Reports can be made at www.Safeline.org or by phone.",
        ["Reports can be made at www.Safeline.org or by phone."],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(text, expected, id=rule) for rule, text, expected in ROWS]
)
def test_sentence_rule(text: str, expected: list[str]) -> None:
    spans = sentence_spans(sentence_starts(text, ABBREVIATIONS, EXCLAIMED), text)
    assert [text[start:end] for start, end in spans] == expected


def test_every_rule_has_a_row() -> None:
    names = {rule.name for rule in BREAK_RULES} | {
        keep.name for rule in BREAK_RULES for keep in rule.exceptions
    }
    assert names == {row[0] for row in ROWS}
