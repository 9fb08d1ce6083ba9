"""A force cited only as the source of a release's figures is not the body the release
speaks for: the rules of SOURCE_FORCE_RULES (:mod:`pressfacts.statistics.source_forces`),
one row a rule, near misses, and the areas read from whole texts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.source_forces import SOURCE_FORCE_RULES, source_force_rule

AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]
"""The ``areas`` fixture (tests/statistics/conftest.py)."""

RULE_ROWS: dict[str, tuple[str, str]] = {
    "figures_from_show": ("Burglary fell, new figures from the ", " show."),
    "according_to": ("Burglary fell last year, according to ", "."),
    "colleagues_in": (
        "We are working with colleagues in ",
        " to trace her.",
    ),
}


def test_every_source_force_rule_has_a_row() -> None:
    assert {rule.name for rule in SOURCE_FORCE_RULES} == set(RULE_ROWS)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        *((before, after, name) for name, (before, after) in RULE_ROWS.items()),
        ("Shop theft rose, data published by ", " revealed,", "figures_from_show"),
        ("Thefts rose, according to figures from ", ".", "according_to"),
        ("Officers were helped by colleagues from the ", ".", "colleagues_in"),
        # near misses: officers, not figures; figures with no verb of showing; the issuer
        ("Burglary fell, and officers from ", " show", None),
        ("These are the latest figures from ", ".", None),
        ("", " said 400 burglaries were recorded.", None),
        ("She thanked her colleagues and ", " for their help.", None),
    ],
)
def test_source_force_rule(before: str, after: str, expected: str | None) -> None:
    text = before + "Kent Police" + after
    assert source_force_rule(text, len(before), len(before) + len("Kent Police")) == expected


TEXTS = [
    (
        "Knife crime in Hackney fell for the second year running in 2024, new figures from"
        " the Metropolitan Police show, as Hackney Council agreed a plan to keep young people"
        " safe. There were 540 knife crime offences in the borough last year. The plan will"
        " cost £40,000.",
        [(540, "Hackney"), (40000, "Hackney")],
    ),
    (
        "Burglary in Medway fell for the second year running in 2024, new figures from Kent"
        " Police show, as Medway Council agreed a plan. There were 540 burglaries in the town"
        " last year. The plan will cost £40,000.",
        [(540, "Medway"), (40000, "Medway")],
    ),
    (
        "Car crime in Leeds fell in 2024, according to West Yorkshire Police, as Leeds City"
        " Council agreed a plan. There were 540 thefts in the city last year. The plan will"
        " cost £40,000.",
        [(540, "Leeds"), (40000, "Leeds")],
    ),
    (
        "Police searching for a missing girl from Strabane believe she may have crossed the"
        ' border. "We are working with colleagues in An Garda Síochána," the inspector said.'
        ' "We have had more than 40 calls." The PSNI said officers searched the river.',
        [(40, "Northern Ireland")],
    ),
    # near miss: no other territorial body remains, the cited force keeps the release
    (
        "Car crime fell in 2024, new figures from West Yorkshire Police show. There were 540"
        " thefts last year. The plan will cost £40,000.",
        [(540, "West Yorkshire"), (40000, "West Yorkshire")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEXTS)
def test_a_cited_force_leaves_the_release_to_its_issuer(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
