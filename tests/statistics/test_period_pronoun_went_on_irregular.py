"""A sentence opened by "They"/"He"/"She" going on with what the people just dated did then
takes that date, with an irregular past too ("They found …", "He then stole …": the
back-reference rule ``pronoun_went_on``, its irregular pasts in
``back_reference_openings.WENT_ON_PASTS``), and the area rule ``pronoun-went-on`` reads the
same pasts. Sentences invented for the test, with near misses (the present, speech, a
finding told now)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf
from tests.statistics.test_period_context import periods_of

P = dt.date(2025, 6, 12)  # a Thursday
_LEAD = "Suffolk Police officers arrested three men at a farm near Sudbury last Saturday."
_SATURDAY = ("2025-06-07", "2025-06-07")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + " They found more than 250 plants.", {3: _SATURDAY, 250: _SATURDAY}),
        (
            "Officers arrested two men in Ely last Sunday. He then stole 60 boxes of medicine.",
            {2: ("2025-06-08", "2025-06-08"), 60: ("2025-06-08", "2025-06-08")},
        ),
        # near misses: a finding told now, and speech
        (_LEAD + " They found that 12 workers had no contracts.", {3: _SATURDAY, 12: None}),
        (_LEAD + " They said 12 more sites were being watched.", {3: _SATURDAY, 12: None}),
        (
            "A review of cases in Ipswich was carried out last Saturday. She found 40% of "
            "victims had waited more than a year.",
            {40: None},
        ),
    ],
)
def test_a_pronoun_going_on_with_an_irregular_past_takes_the_date(
    nlp: Language, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Essex Police has published its figures.\n\nOfficers arrested five men in raids "
            "in Harlow. They brought 22 workers to a reception centre.",
            [(5, "Harlow"), (22, "Harlow")],
        ),
        # near miss: speech is no deed: the issuer's area
        (
            "Essex Police has published its figures.\n\nOfficers arrested five men in raids "
            "in Harlow. They told 22 workers where to get help.",
            [(5, "Harlow"), (22, "Essex")],
        ),
    ],
)
def test_a_pronoun_going_on_with_an_irregular_past_keeps_the_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
