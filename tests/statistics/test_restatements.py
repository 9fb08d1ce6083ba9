"""A figure restated on the spot is one statistic (sentences invented), one row a case."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.knowledge.build import build_knowledge_set
from pressfacts.models.records import StatisticRecord
from pressfacts.reader.read import SourceDocument
from pressfacts.statistics.restatements import RESTATEMENT_RULES, rounds

# (rule, text, [(value, unit, qualifier, [mention texts]) of each statistic record])
RESTATEMENT_ROWS = [
    (
        "bracketed",
        "Nearly two-thirds (64%) of drivers stopped in Kent were over the limit.",
        [(64, "percent", None, ["Nearly two-thirds", "64%"])],
    ),
    (
        "bracketed",
        "In Devon, 38% (more than a third) of callers were men.",
        [(38, "percent", None, ["38%", "more than a third"])],
    ),
    (
        "bracketed",
        "Around one in five (21%) victims in Gwent had been targeted before.",
        [(21, "percent", None, ["Around one in five", "21%"])],
    ),
    (
        "or-restated",
        "One in four, or 26 per cent, of pupils in Leeds said they had been bullied.",
        [(26, "percent", None, ["One in four", "26 per cent"])],
    ),
    (
        "bracketed",
        "About 300 (296) cars were stopped by officers in Bolton.",
        [(296, "cars", None, ["About 300", "296"])],
    ),
    # rule digits_restate_by_rounding: two counts in digits are one only when the first
    # rounds the second
    (
        "bracketed",
        "Officers in Leek made 500 (482) stops in the week.",
        [(482, "stops", None, ["500", "482"])],
    ),
    (
        None,
        "Officers in Leek made 421 (455) stops in the week.",
        None,
    ),
    # near misses: a bracket that is no restatement (values far apart, other units)
    (
        None,
        "Almost half (12 of the 25 schools) in Bolton took part.",
        None,
    ),
    (
        None,
        "Burglaries in Norfolk rose by 12%, or 340 offences, last year.",
        None,
    ),
]


def _records(nlp: Language, text: str) -> list[StatisticRecord]:
    records = build_knowledge_set([SourceDocument(source="x.txt", text=text)], nlp)
    return [r for r in records if isinstance(r, StatisticRecord)]


def test_every_restatement_rule_has_a_row() -> None:
    assert {rule.name for rule in RESTATEMENT_RULES} <= {row[0] for row in RESTATEMENT_ROWS}


@pytest.mark.parametrize(("rule", "text", "expected"), RESTATEMENT_ROWS)
def test_a_figure_restated_on_the_spot_is_one_statistic(
    nlp: Language,
    rule: str | None,
    text: str,
    expected: list[tuple[float, str, str | None, list[str]]] | None,
) -> None:
    records = _records(nlp, text)
    found = [
        (r.value, r.unit, r.qualifier, [m.text for m in sorted(r.mentions, key=lambda m: m.start)])
        for r in records
    ]
    if expected is not None:
        assert found == expected
    else:  # each figure a statistic of its own, with one mention
        assert all(len(mentions) == 1 for *_, mentions in found)
        assert len(found) >= 2


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (500, 482, True),  # rounded to hundreds
        (21, 20.8, True),  # rounded to units
        (1_200_000, 1_234_500, True),  # "£1.2m (£1,234,500)"
        (3.5, 3.46, True),
        # near misses: not the second rounded
        (421, 455, False),
        (500, 560, False),
        (3.5, 3.6, False),
    ],
)
def test_rounds(first: float, second: float, expected: bool) -> None:
    assert rounds(first, second) is expected
