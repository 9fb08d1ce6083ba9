"""A count whose noun is left out, subject of a passive with an irregular participle
("and 904 were upheld", "31 were withdrawn later") or of an answering verb ("and 38
replied", rule ``answered_part``), counts the noun of the count before:
:data:`pressfacts.statistics.elided_words.IRREGULAR_PASSIVES`, read by the rule
``clause_passive`` and by ``elided_subjects.opens_passive``. Sentences invented for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.elided_counts import elided_rule
from pressfacts.statistics.elided_subjects import opens_passive
from tests.statistics.conftest import UnitPeriodsOf

# (words before the number, words after it, the elided-count rule or None)
CLAUSES: list[tuple[str, str, str | None]] = [
    ("The council received 5,210 complaints, and ", " were upheld.", "clause_passive"),
    ("Officers issued 640 fines, but ", " were withdrawn on appeal.", "clause_passive"),
    ("The court heard 90 cases, while ", " were dealt with by magistrates.", "clause_passive"),
    ("Police seized 40 cars, and ", " were written off.", "clause_passive"),
    ("The board reviewed 77 deaths, and ", " were overturned.", "clause_passive"),
    # a part of those asked who answered (rule answered_part)
    ("The charity wrote to 43 forces, and ", " replied.", "clause_passive"),
    ("Surveys went to 90 councils, but only ", " responded.", "clause_passive"),
    ("The charity wrote to 43 forces, and ", " forces replied.", None),  # a noun of its own
    # near misses: a noun of its own; no participle
    ("The council received 5,210 complaints, and ", " appeals were upheld.", None),
    ("The council received 5,210 complaints, and ", " were there.", None),
]


@pytest.mark.parametrize(("before", "after", "expected"), CLAUSES)
def test_clause_passive_irregular(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


OPENINGS: list[tuple[str, str, bool]] = [
    ("", " were upheld on appeal.", True),
    ("", " were withdrawn later.", True),
    ("Just ", " were heard in full.", True),
    # near misses: a noun of its own; no participle
    ("", " appeals were upheld.", False),
    ("", " were upstairs.", False),
]


@pytest.mark.parametrize(("before", "after", "expected"), OPENINGS)
def test_opens_passive_irregular(before: str, after: str, expected: bool) -> None:
    assert opens_passive(before, after) is expected


def test_counts_take_the_noun_before(nlp: Language, unit_periods_of: UnitPeriodsOf) -> None:
    text = (
        "The panel heard 310 appeals in 2025. Of those, 212 were upheld. "
        "The council received 5,210 complaints in 2025, and 1,204 were upheld."
    )
    found = {(value, unit) for value, unit, _ in unit_periods_of(nlp, text, dt.date(2026, 3, 10))}
    assert {(212.0, "appeals"), (1204.0, "complaints")} <= found
