"""A count that gives the part one kind of thing took of the count before, its noun left
out ("Raptor persecution accounted for 268, and badger persecution for 197."): rules
``category_accounted_for`` and ``gapped_category_for`` of
:mod:`pressfacts.statistics.category_parts`. Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.category_parts import opens_category_part
from pressfacts.statistics.elided_counts import elided_rule
from tests.statistics.conftest import UnitPeriodsOf

# (words before the number in its sentence, words after it, whether it is a kind's part)
OPENINGS: list[tuple[str, str, bool]] = [
    ("Raptor persecution accounted for ", ".", True),
    ("Dog thefts made up ", ", up from 90.", True),
    ("Online shopping fraud alone accounted for ", ".", True),
    ("Burglary accounted for ", ", and vehicle crime for 31.", True),
    ("Burglary made up ", " and vehicle crime 31.", True),
    # near misses: a noun of its own, a name or pronoun, the clause goes on
    ("Raptor persecution accounted for ", " reports.", False),
    ("It accounted for ", ".", False),
    ("Officers made up ", ".", False),
    ("Raptor persecution accounted for ", " in May and June.", False),
    ("Leeds City Council accounted for ", ".", False),
]


@pytest.mark.parametrize(("before", "after", "expected"), OPENINGS)
def test_opens_category_part(before: str, after: str, expected: bool) -> None:
    assert opens_category_part(before, after) is expected


# (words before the number, words after it, the elided-count rule or None)
GAPPED: list[tuple[str, str, str | None]] = [
    (
        "Raptor persecution accounted for 268, and badger persecution for ",
        ".",
        "gapped_category_for",
    ),
    ("Burglary made up 40 and vehicle crime ", ".", "gapped_category_for"),
    (
        "Burglary accounted for about 40, and theft from vehicles for around ",
        ".",
        "gapped_category_for",
    ),
    # near misses: a noun of its own; no part verb before
    ("Burglary accounted for 268, and vehicle crime for ", " reports.", None),
    ("Officers made 268 arrests, and the team for ", " reports.", None),
    ("Police recorded 900 thefts, while Hull accounted for 120 and officers for ", ".", None),
]


@pytest.mark.parametrize(("before", "after", "expected"), GAPPED)
def test_gapped_category(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


# (text, the (value, unit) of each figure)
TEXTS: list[tuple[str, list[tuple[float, str]]]] = [
    (
        "The wildlife crime unit logged 1,210 reports in 2025. Raptor persecution "
        "accounted for 268, and badger persecution for 197.",
        [(1210.0, "reports"), (268.0, "reports"), (197.0, "reports")],
    ),
    (
        "Police received 640 calls about dogs in 2025. Livestock worrying made up 120.",
        [(640.0, "calls"), (120.0, "calls")],
    ),
    # near miss: a noun of its own
    (
        "Police received 640 calls in 2025. Livestock worrying made up 120 incidents.",
        [(640.0, "calls"), (120.0, "incidents")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEXTS)
def test_category_part_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    found = unit_periods_of(nlp, text, dt.date(2026, 3, 10))
    assert sorted((value, unit) for value, unit, _ in found) == sorted(expected)
