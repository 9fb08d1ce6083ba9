"""Levels joined to their subject by the present "stand(s) at" (rule ``subject_stands_at``
of :data:`.level_subjects.LEVEL_VERBS`) or stated with ", at" after an "up"/"down" change
(rule ``up_down_then_at`` of :data:`.level_subjects.CHANGE_THEN_LEVEL`): the level counts
the subject. Sentences written for these tests; near misses: "stand at" a place, and an
"at" with a noun of its own after the figure."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitsOf

P = dt.date(2025, 11, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burglaries in Hereford stand at 1,240.", [(1240, "burglaries")]),
        ("The number of open cases now stands at 312.", [(312, "cases")]),
        ("Referrals to the scheme currently stand at 95.", [(95, "referrals")]),
        ("Its figures show deliberate fires are down 9%, at 3,870.",
         [(9, "percent"), (3870, "fires")]),
        ("Figures show reports of fraud were up by a fifth last year, at 2,310.",
         [(20, "percent"), (2310, "reports")]),
        # near misses: no count after "stand at"; an "at" with its own noun
        ("Officers stand at the door of 14 Mill Lane.", []),
        ("Deliberate fires are down 9% at 3,870 sites.", [(9, "percent"), (3870, "sites")]),
    ],
)  # fmt: skip
def test_level_stands_and_up_down_at(
    nlp: Language, units_of: UnitsOf, text: str, expected: object
) -> None:
    assert sorted(units_of(nlp, text, P)) == sorted(expected)  # type: ignore[type-var]
